/**
 * The comparison of `compare A B` in markdown, as a terminal table and as JSON: one row per metric with A, B, the
 * change and, for the per-run metrics, the rank test's verdict; then the drivers of the change in cost per run.
 */
import Table from 'cli-table3'
import type { ChangeVerdict } from '../analysis/trends/change-significance.js'
import { signedUsd } from '../analysis/trends/driver-sentence.js'
import type { ComparedMetric, MetricComparison, SideComparison } from '../analysis/compare/side-comparison.js'
import {
  formatDecimal,
  formatInteger,
  formatMs,
  formatPercent,
  formatPreciseUsd,
  formatSignedChange,
  formatRatio,
  formatTokens,
} from '../common/value-format.js'
import { terminalText } from './flag-text.js'
import { escapeMarkdown } from './markdown-escape.js'
import { markdownTable, plural, type Column } from './markdown-parts.js'

const LABELS: Record<ComparedMetric, string> = {
  runs: 'Runs with usage',
  requests: 'Requests',
  totalTokens: 'Total tokens',
  fullPriceTokens: 'Full-price tokens',
  cacheHitRate: 'Cache hit rate',
  cacheWriteRate: 'Cache write rate',
  ioRatio: 'I/O ratio',
  avgLatencyMs: 'Average latency',
  costUsd: 'Cost',
  requestsPerRun: 'Requests per run',
  tokensPerRun: 'Tokens per run',
  costPerRunUsd: 'Cost per run',
}

const FORMAT: Record<ComparedMetric, (value: number | null) => string> = {
  runs: formatInteger,
  requests: formatInteger,
  totalTokens: formatTokens,
  fullPriceTokens: formatTokens,
  cacheHitRate: (v) => formatPercent(v),
  cacheWriteRate: (v) => formatPercent(v),
  ioRatio: formatRatio,
  avgLatencyMs: formatMs,
  costUsd: formatPreciseUsd,
  requestsPerRun: formatDecimal,
  tokensPerRun: formatTokens,
  costPerRunUsd: formatPreciseUsd,
}

const RATES: ReadonlySet<ComparedMetric> = new Set(['cacheHitRate', 'cacheWriteRate'])

/** +12K (+30.0%), −$0.15 (−25.0%), +5.0 pts; — when a side has no value. */
function changeText(row: MetricComparison): string {
  const { change, relative, metric } = row
  if (change === null) return '—'
  if (change === 0) return '0'
  // A change that rounds to nothing as shown has no sign: never −0.0 pts or −0.0%.
  const signed = (text: string): string => (/[1-9]/.test(text) ? `${change > 0 ? '+' : '−'}${text}` : text)
  if (RATES.has(metric)) return `${signed((Math.abs(change) * 100).toFixed(1))} pts`
  // A ratio's change is a plain number (+8.2), not a ratio.
  const format = metric === 'ioRatio' ? formatDecimal : FORMAT[metric]
  const amount =
    metric === 'costUsd' || metric === 'costPerRunUsd' ? signedUsd(change) : signed(format(Math.abs(change)))
  return relative === null ? amount : `${amount} (${formatSignedChange(relative)})`
}

const VERDICT_WORDS: Record<ChangeVerdict, string> = {
  significant: 'significant',
  'not-significant': 'not significant',
  'too-few-runs': 'too few runs',
}

function significanceText(row: MetricComparison): string {
  const s = row.significance
  if (!s) return ''
  const p = s.pValue === null ? '' : ` (p ${s.pValue < 0.001 ? '< 0.001' : `= ${s.pValue.toFixed(3)}`})`
  const runs = s.verdict === 'too-few-runs' ? ` (${formatInteger(s.runs.a)} and ${formatInteger(s.runs.b)} runs)` : ''
  return `${VERDICT_WORDS[s.verdict]}${p}${runs}`
}

const COLUMNS: readonly Column[] = [
  { title: 'Metric' },
  { title: 'A', numeric: true },
  { title: 'B', numeric: true },
  { title: 'Change (B − A)', numeric: true },
  { title: 'Significance' },
]

/** Cells are numbers formatted here, never text from a run: nothing to escape. */
function rowsOf(comparison: SideComparison): string[][] {
  return comparison.metrics.map((row) => [
    LABELS[row.metric],
    FORMAT[row.metric](row.a),
    FORMAT[row.metric](row.b),
    changeText(row),
    significanceText(row),
  ])
}

/** Lines under the table: unpriced requests, the drivers, how to read significance; `text` escapes model names. */
function notes(comparison: SideComparison, text: (s: string) => string): string[] {
  const lines: string[] = []
  for (const [name, side] of [
    ['A', comparison.a],
    ['B', comparison.b],
  ] as const) {
    if (side.unpricedRequests > 0) {
      lines.push(`${name} has ${plural(side.unpricedRequests, 'request')} without a known price, not in its cost.`)
    }
    if (side.values.runs === 0) lines.push(`${name} has no run with usage (${plural(side.runsFound, 'run')} found).`)
  }
  const d = comparison.drivers
  if (d) {
    const drivers = d.sentence ? `: ${text(d.sentence)}` : ' (no driver of a cent or more per run)'
    lines.push(
      `Cost per run ${formatPreciseUsd(d.baseline)} → ${formatPreciseUsd(d.current)} (${signedUsd(d.change)})${drivers}.`,
    )
  }
  lines.push(
    'Significance: a two-sided Mann–Whitney rank test on the per-run values; significant needs p < 0.01 (exact for few runs: the test says when there are too few) and a change of 20% or more.',
  )
  return lines
}

export function renderCompareMarkdown(comparison: SideComparison): string {
  const sides = `**A:** ${escapeMarkdown(comparison.a.label)}  \n**B:** ${escapeMarkdown(comparison.b.label)}`
  const table = markdownTable(COLUMNS, rowsOf(comparison))
  const lines = notes(comparison, (t) => escapeMarkdown(t))
  return `## Token usage: A compared with B\n\n${sides}\n\n${table}\n\n${lines.join('\n\n')}\n`
}

export function renderCompareTable(comparison: SideComparison): string {
  const table = new Table({
    head: COLUMNS.map((c) => c.title),
    colAligns: COLUMNS.map((c) => (c.numeric ? 'right' : 'left')),
    style: { head: [], border: [], compact: true },
  })
  table.push(...rowsOf(comparison))
  const head = [`A: ${terminalText(comparison.a.label)}`, `B: ${terminalText(comparison.b.label)}`]
  return [...head, table.toString(), ...notes(comparison, terminalText)].join('\n') + '\n'
}

/** The comparison as JSON (`kind: "comparison"`), per-model rows included, with a final newline. */
export function renderCompareJson(comparison: SideComparison): string {
  return `${JSON.stringify({ kind: 'comparison', ...comparison }, null, 2)}\n`
}
