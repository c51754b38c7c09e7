/**
 * The report for a terminal (`--format table`): box-drawn tables (cli-table3) and plain lines, no markdown. It lays
 * out the same view model as the markdown report; text from runs goes through terminalText, so a name cannot move
 * the cursor or break a row. Per-run rows stay in the JSON report.
 */
import type { ReportData } from '../analysis/report-data.js'
import { reportViewOf, type ReportView } from '../analysis/report-view.js'
import { formatInteger, formatMs, formatPercent, formatRatio, formatTokens, formatUsd } from '../common/value-format.js'
import { aiCreditsText, formatAic, repricedText, reportHasAiCredits } from './ai-credits-text.js'
import { flagTextLineOf, terminalText } from './flag-text.js'
import { costText, failedRunsText, plural, shareText, unpricedUsageText } from './markdown-parts.js'
import { titledTable, type TableColumn } from './terminal-table.js'
import { workflowCells } from './workflow-cells.js'

/** Rows of the runs-without-data table; the rest are counted. */
const RUNS_WITHOUT_DATA_ROWS = 20
const SKIP_EXAMPLES_SHOWN = 3

function instant(iso: string | null | undefined): string | null {
  if (!iso) return null
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return terminalText(iso)
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

function periodText(data: ReportData): string {
  const since = instant(data.window.since)
  const until = instant(data.window.until)
  if (since && until) return `${since} to ${until}`
  if (since) return `since ${since}`
  if (until) return `until ${until}`
  const first = instant(data.dataRange?.first)
  const last = instant(data.dataRange?.last)
  return first && last ? `all records (${first} to ${last})` : 'all records'
}

const TOKEN_TYPE_NAMES = { input: 'input', output: 'output', cacheRead: 'cache read', cacheWrite: 'cache write' }

function overview(view: ReportView): string {
  const { data } = view
  const t = data.totals
  const lines = [
    `Token usage, ${periodText(data)}`,
    `${plural(t.runs, 'run')} in ${plural(data.workflows.length, 'workflow')} (${formatInteger(t.runsWithData)} with token data), ` +
      `${view.requests === null ? 'requests not counted (totals only)' : plural(view.requests, 'request')}${view.uncountedRuns > 0 && view.requests !== null ? ` (not counting ${plural(view.uncountedRuns, 'totals-only run')})` : ''}, ${formatTokens(t.totalTokens)} tokens, ${costText(t.costUsd, view.totalPricing)}` +
      (t.aiCredits !== null && t.aiCredits !== undefined
        ? ` · ${aiCreditsText(t.aiCredits, t.aiCreditsCoverage)} recorded (repriced ${t.repricedAiCredits === undefined ? formatAic(t.costUsd * 100) : repricedText(t)})`
        : ''),
    `Tokens: input ${formatTokens(t.inputTokens)}, output ${formatTokens(t.outputTokens)}, ` +
      `cache read ${formatTokens(t.cacheReadTokens)}, cache write ${formatTokens(t.cacheWriteTokens)}` +
      ((t.reasoningTokens ?? 0) > 0 ? `; reasoning ${formatTokens(t.reasoningTokens ?? 0)} (part of output)` : ''),
    `Cache hit rate ${formatPercent(t.cacheHitRate)}, cache write rate ${formatPercent(t.cacheWriteRate)}, I/O ratio ${formatRatio(t.ioRatio)}`,
  ]
  const failed = failedRunsText(t.failedRuns, t.costUsd)
  if (failed) lines.push(`Spent on failed runs: ${failed}`)
  const driver = view.largestCostDriver
  if (driver) {
    lines.push(
      `Largest cost: ${TOKEN_TYPE_NAMES[driver.type]} tokens, ${formatUsd(driver.costUsd)} (${shareText(driver.share)} of the total)`,
    )
  }
  if (view.unpricedRequests > 0 || view.unpricedRuns > 0) {
    lines.push(
      `${unpricedUsageText(view.unpricedRequests, view.unpricedRuns)} of ${plural(data.unpricedModels.length, 'model')} without a known price ${view.unpricedRequests + view.unpricedRuns === 1 ? 'is' : 'are'} in no cost (see Unpriced models).`,
    )
  }
  return lines.join('\n')
}

function workflowsTable(view: ReportView, width: number): string {
  if (view.workflows.length === 0) return 'Workflows\nNo workflow runs in this period.'
  const withCredits = reportHasAiCredits(view.data)
  const rows = view.workflows.map((w) => workflowCells(w, withCredits, terminalText))
  // `drop`: the order columns are left out in on a narrow terminal, the first dropped highest.
  const columns: TableColumn[] = [
    { title: 'Workflow' },
    { title: 'Runs', numeric: true },
    { title: 'With data', numeric: true, drop: 4 },
    { title: 'Requests', numeric: true, drop: 5 },
    { title: 'Tokens', numeric: true, drop: 3 },
    { title: 'Cost', numeric: true },
    ...(withCredits ? [{ title: 'AIC', numeric: true, drop: 2 }] : []),
    { title: 'Cost/run', numeric: true, drop: 1 },
    { title: 'Cache hit rate', numeric: true, drop: 6 },
    { title: 'I/O ratio', numeric: true, drop: 7 },
  ]
  return titledTable('Workflows', columns, rows, width)
}

function modelsTable(view: ReportView, width: number): string | null {
  if (view.models.length === 0) return null
  const withCredits = reportHasAiCredits(view.data)
  const rows = view.models.map(({ metrics: m, pricing, costShare, requests }) => [
    terminalText(m.model),
    terminalText(m.provider),
    formatInteger(requests),
    formatTokens(m.inputTokens),
    formatTokens(m.outputTokens),
    formatTokens(m.cacheReadTokens),
    formatTokens(m.cacheWriteTokens),
    formatMs(m.avgLatencyMs),
    costText(m.costUsd, pricing),
    ...(withCredits ? [aiCreditsText(m.aiCredits, m.aiCreditsCoverage)] : []),
    pricing === 'unpriced' ? '—' : shareText(costShare),
  ])
  const columns: TableColumn[] = [
    { title: 'Model' },
    { title: 'Provider', drop: 3 },
    { title: 'Requests', numeric: true, drop: 2 },
    { title: 'Input', numeric: true, drop: 6 },
    { title: 'Output', numeric: true, drop: 7 },
    { title: 'Cache read', numeric: true, drop: 8 },
    { title: 'Cache write', numeric: true, drop: 9 },
    { title: 'Latency', numeric: true, drop: 10 },
    { title: 'Cost', numeric: true },
    ...(withCredits ? [{ title: 'AIC', numeric: true, drop: 4 }] : []),
    { title: 'Share', numeric: true, drop: 1 },
  ]
  return titledTable('Models', columns, rows, width)
}

function flagLines(view: ReportView): string | null {
  const flags = view.workflows.flatMap((w) => w.flags)
  if (flags.length === 0) return null
  return ['Flags', ...flags.map((flag) => `  ${flagTextLineOf(flag)}`)].join('\n')
}

function runsWithoutDataTable(view: ReportView, width: number): string | null {
  const runs = view.runsWithoutData
  if (runs.length === 0) return null
  const rows = runs
    .slice(0, RUNS_WITHOUT_DATA_ROWS)
    .map((r) => [terminalText(r.workflow), terminalText(r.runId), terminalText(r.reason)])
  const lines = [
    titledTable(
      `Runs without token data (${formatInteger(runs.length)})`,
      [{ title: 'Workflow' }, { title: 'Run' }, { title: 'Reason' }],
      rows,
      width,
    ),
  ]
  if (runs.length > RUNS_WITHOUT_DATA_ROWS) {
    lines.push(`…and ${plural(runs.length - RUNS_WITHOUT_DATA_ROWS, 'more run')} (see --format json).`)
  }
  return lines.join('\n')
}

function unpricedLines(view: ReportView): string | null {
  const models = view.data.unpricedModels
  if (models.length === 0) return null
  const list = models
    .map((m) => `${terminalText(m.model)} (${terminalText(m.provider)}, ${unpricedUsageText(m.requests, m.runs)})`)
    .join(', ')
  return `Unpriced models: ${list}. Add their prices with --pricing.`
}

function detectionLine(view: ReportView): string | null {
  const d = view.data.detection
  if (!d || d.requests === 0) return null
  return (
    `Threat detection (not in the totals): ${plural(d.runs, 'run')}, ${plural(d.requests, 'request')}, ` +
    `${formatTokens(d.totalTokens)} tokens, ${formatUsd(d.costUsd)}`
  )
}

/** How the firewall priced its credits, when some of it was its fallback pricing. */
function creditPricingLine(view: ReportView): string | null {
  const pricing = view.data.aiCreditsPricing
  if (!pricing || pricing.fallbackPricingRequests === 0) return null
  return `AI credits: ${plural(pricing.fallbackPricingRequests, 'request')} charged at the firewall's fallback prices (their recorded credits may be off).`
}

function routingLine(view: ReportView): string | null {
  const r = view.data.routing
  if (!r || r.requests === 0) return null
  return (
    `Firewall routing calls (not in the totals): ${plural(r.requests, 'request')}, ` +
    `${formatTokens(r.totalTokens)} tokens, ${formatUsd(r.costUsd)}` +
    (r.aiCredits !== null ? `, ${formatAic(r.aiCredits)}` : '')
  )
}

function fallbackLines(view: ReportView): string | null {
  const f = view.data.fallbacks
  if (!f || f.requests === 0) return null
  const lines = [`Model fallbacks: ${plural(f.requests, 'request')} served by a fallback model`]
  for (const { metrics: w } of view.workflows) {
    for (const p of w.fallbacks?.models ?? []) {
      lines.push(
        `  ${terminalText(w.name)}: ${terminalText(p.requested)} → ${terminalText(p.served)}, ${plural(p.requests, 'request')}`,
      )
    }
  }
  return lines.join('\n')
}

function skippedLines(view: ReportView): string | null {
  const s = view.data.skipped
  if (s.invalidLines === 0 && s.duplicateRecords === 0 && s.filteredRecords === 0) return null
  const parts: string[] = []
  if (s.invalidLines > 0) {
    const reasons = Object.entries(s.byReason)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => `${terminalText(reason)}: ${formatInteger(n)}`)
      .join(', ')
    parts.push(`${plural(s.invalidLines, 'invalid line')} skipped${reasons ? ` (${reasons})` : ''}`)
  }
  if (s.duplicateRecords > 0) parts.push(`${plural(s.duplicateRecords, 'duplicate record')} removed`)
  if (s.filteredRecords > 0) parts.push(`${plural(s.filteredRecords, 'record')} left out by the filters`)
  const lines = [`Skipped: ${parts.join(', ')}`]
  for (const e of s.examples.slice(0, SKIP_EXAMPLES_SHOWN)) {
    lines.push(`  ${terminalText(e.file)}:${e.line} ${terminalText(e.reason)}: ${terminalText(e.detail)}`)
  }
  return lines.join('\n')
}

export interface TableReportOptions {
  /** The terminal's width in characters (terminalWidthOf): tables leave columns out to fit it. Default: no limit. */
  width?: number
}

/** The terminal report: see the file comment. */
export function renderTableReport(report: ReportData | ReportView, options: TableReportOptions = {}): string {
  const view = 'data' in report ? report : reportViewOf(report)
  const width = options.width ?? Infinity
  const sections = [
    overview(view),
    workflowsTable(view, width),
    modelsTable(view, width),
    flagLines(view),
    runsWithoutDataTable(view, width),
    unpricedLines(view),
    detectionLine(view),
    creditPricingLine(view),
    routingLine(view),
    fallbackLines(view),
    skippedLines(view),
  ]
  return sections.filter((s): s is string => s !== null).join('\n\n') + '\n'
}
