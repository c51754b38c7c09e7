/**
 * The report's "Historical Trend" section: the comparison with the previous report, a Mermaid `xychart-beta` of
 * daily cost and of tokens per run per workflow, and a compact history table. Workflow names are untrusted: they are
 * escaped for tables and reduced to a safe alphabet inside Mermaid (where a backtick could end the code fence and
 * `%%{…}%%` is a directive).
 */
import type { HistoryPoint, ReportTrends, TrendValue, WorkflowTrend } from '../analysis/report-data.js'
import { costliestWorkflowsOf, perRunOf, tokensPerRunSeriesOf } from '../analysis/report-history.js'
import { formatPercent, formatPreciseUsd, formatTokens, formatUsd } from '../analysis/value-format.js'
import { escapeMarkdown, escapeTableCell, safeLinkUrl } from './markdown-escape.js'
import { markdownTable } from './markdown-parts.js'

/** Workflows drawn as their own tokens-per-run chart (the most expensive ones); the table lists all totals. */
const MAX_WORKFLOW_CHARTS = 3

/** Text for a quoted Mermaid label: letters, digits and a few harmless marks only, at most 60 characters. */
export function mermaidLabelOf(text: string): string {
  const safe = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N} ._:/()+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return (safe.length > 60 ? `${safe.slice(0, 59)}…` : safe) || 'workflow'
}

const pp = (change: number): string => `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)} pp`
const pct = (change: number): string => `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)}%`

function trendCell(value: TrendValue, format: (n: number | null) => string, change = pct): string {
  if (value.previous === null && value.current === null) return '—'
  const arrow = `${format(value.previous)} → ${format(value.current)}`
  return value.change === null ? arrow : `${arrow} (${change(value.change)})`
}

function noteOf(trend: WorkflowTrend, threshold: number): string {
  const notes: string[] = []
  if (trend.status === 'new') notes.push('🆕 new')
  if (trend.status === 'disappeared') notes.push('no data this time')
  if (trend.caching === 'gained') notes.push('gained prompt caching')
  if (trend.caching === 'lost') notes.push('⚠️ lost prompt caching')
  const rose = [trend.tokensPerRun.change, trend.costPerRunUsd.change].some((c) => c !== null && c > threshold)
  if (rose) notes.push('⚠️ increasing')
  return notes.join(', ') || '—'
}

const formatRequests = (n: number | null): string => (n === null ? '—' : n.toFixed(1))
const formatRate = (n: number | null): string => formatPercent(n)

/** Markdown saying what was compared with; the note can quote an earlier body, so it is escaped. */
function previousLines(trends: ReportTrends): string[] {
  const previous = trends.previous
  const note = trends.note ? [escapeMarkdown(trends.note, { maxLength: 500 })] : []
  if (!previous)
    return note.length > 0 ? note : ['This is the first report of this series; trends start with the next one.']
  const url = safeLinkUrl(previous.url)
  const link = url ? `[#${previous.number}](${url})` : `#${previous.number}`
  const by = previous.source === 'llm-analyzer' ? ' (written by the LLM analyzer; requests per run not available)' : ''
  const window = previous.window.since
    ? `window ${previous.window.since} → ${previous.window.until}`
    : `window ending ${previous.window.until}`
  return [`Compared with the previous report ${link}${by}, ${window}.`, ...note]
}

const COMPARISON_COLUMNS = ['Workflow', 'Tokens/run', 'Cost/run', 'Cache hit rate', 'Requests/run', 'Note']

function comparisonTable(trends: ReportTrends): string[] {
  if (trends.workflows.length === 0) return []
  const rows = trends.workflows.map((t) => [
    escapeTableCell(t.name),
    trendCell(t.tokensPerRun, formatTokens),
    trendCell(t.costPerRunUsd, formatPreciseUsd),
    trendCell(t.cacheHitRate, formatRate, pp),
    trendCell(t.requestsPerRun, formatRequests),
    noteOf(t, trends.threshold),
  ])
  return [
    markdownTable(
      COMPARISON_COLUMNS.map((title) => ({ title })),
      rows,
    ),
  ]
}

const axisLabels = (points: { date: string }[]): string =>
  `[${points.map((p) => `"${p.date.slice(5).replace(/[^0-9-]/g, '')}"`).join(', ')}]`

const chartNumber = (n: number, decimals: number): string => String(Number(n.toFixed(decimals)))

function costChart(history: HistoryPoint[]): string[] {
  const points = history.filter((p) => p.costUsd !== null)
  if (points.length < 2) return []
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Daily cost (USD)"',
    `  x-axis ${axisLabels(points)}`,
    '  y-axis "USD"',
    `  bar [${points.map((p) => chartNumber(p.costUsd ?? 0, 2)).join(', ')}]`,
    '```',
  ]
}

function workflowCharts(history: HistoryPoint[]): string[] {
  const names = costliestWorkflowsOf(history, MAX_WORKFLOW_CHARTS)
  const lines: string[] = []
  for (const name of names) {
    const points = tokensPerRunSeriesOf(history, name)
    if (points.length < 2) continue
    lines.push(
      '```mermaid',
      'xychart-beta',
      `  title "Tokens per run: ${mermaidLabelOf(name)}"`,
      `  x-axis ${axisLabels(points)}`,
      '  y-axis "tokens"',
      `  line [${points.map((p) => chartNumber(p.value, 0)).join(', ')}]`,
      '```',
      '',
    )
  }
  return lines
}

const HISTORY_COLUMNS = ['Date', 'Report', 'Runs with data', 'Tokens', 'Cost', 'Tokens/run', 'Cost/run']

function historyTable(history: HistoryPoint[]): string[] {
  const rows = [...history].reverse().map((p) => {
    const { tokensPerRun, costPerRunUsd } = perRunOf(p)
    return [
      p.date,
      p.report === null ? 'this report' : `#${p.report}`,
      String(p.runsWithData),
      formatTokens(p.totalTokens),
      formatUsd(p.costUsd),
      formatTokens(tokensPerRun),
      formatUsd(costPerRunUsd),
    ]
  })
  return [
    markdownTable(
      HISTORY_COLUMNS.map((title) => ({ title })),
      rows,
    ),
  ]
}

/** The markdown "Historical Trend" section (heading included); `windowNote` says when the window was capped. */
export function trendSectionOf(trends: ReportTrends, windowNote?: string | null): string {
  const lines = ['### 📈 Historical Trend', '', previousLines(trends).join(' '), '']
  if (windowNote) lines.push(`> [!NOTE]\n> ${escapeMarkdown(windowNote, { maxLength: 500 })}`, '')
  const table = comparisonTable(trends)
  if (table.length > 0) lines.push(...table, '')
  if (trends.history.length >= 2) {
    const charts = [...costChart(trends.history), '', ...workflowCharts(trends.history)]
    lines.push(
      ...charts,
      '<details>',
      '<summary>History</summary>',
      '',
      ...historyTable(trends.history),
      '',
      '</details>',
    )
  } else {
    lines.push('History starts with this report: the chart appears once there are two days of data.')
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n')
}
