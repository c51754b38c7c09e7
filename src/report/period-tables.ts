/**
 * The period tables of `report --by day|week|month` in markdown, in a terminal table and as CSV rows: one row per
 * period, and with `breakdown` one row per model under it. The numbers arrive summed (analysis/period-metrics.ts).
 */
import Table from 'cli-table3'
import type { PeriodMetrics, PeriodSplit, PeriodUsage } from '../analysis/rollups/period-metrics.js'
import { pricingOfRow } from '../analysis/report-view.js'
import type { ReportData } from '../analysis/report-data.js'
import { formatInteger, formatTokens } from '../common/value-format.js'
import { stringify } from 'csv-stringify/sync'
import { formatAic } from './ai-credits-text.js'
import { CSV_COLUMNS, csvRowsOf, csvUsd, spreadsheetSafe } from './csv-report.js'
import { terminalText } from './flag-text.js'
import { escapeTableCell } from './markdown-escape.js'
import { costText, markdownTable, type Column } from './markdown-parts.js'

export interface PeriodTableOptions {
  /** A row per model under each period. */
  breakdown?: boolean
}

const UNIT_NAMES = { day: 'day', week: 'ISO week', month: 'month' } as const

/** `Usage by ISO week (UTC)`. */
function titleOf(split: PeriodSplit): string {
  return `Usage by ${UNIT_NAMES[split.by]} (${split.timeZone})`
}

function columnsOf(periods: readonly PeriodMetrics[]): { columns: Column[]; credits: boolean } {
  // The AI-credit column only when some record carried credits.
  const credits = periods.some((p) => p.aiCredits !== null)
  const columns: Column[] = [
    { title: 'Period' },
    { title: 'Runs', numeric: true },
    { title: 'Requests', numeric: true },
    { title: 'Input', numeric: true },
    { title: 'Output', numeric: true },
    { title: 'Cache read', numeric: true },
    { title: 'Cache write', numeric: true },
    { title: 'Total tokens', numeric: true },
    { title: 'Cost', numeric: true },
  ]
  if (credits) columns.push({ title: 'AI credits', numeric: true })
  return { columns, credits }
}

/** The number cells of a period or model row, as plain text. */
function numberCells(usage: PeriodUsage, credits: boolean): string[] {
  const cells = [
    formatInteger(usage.runs),
    formatInteger(usage.requests),
    formatTokens(usage.inputTokens),
    formatTokens(usage.outputTokens),
    formatTokens(usage.cacheReadTokens),
    formatTokens(usage.cacheWriteTokens),
    formatTokens(usage.totalTokens),
    costText(usage.costUsd, pricingOfRow(usage)),
  ]
  // As every other AIC figure reads: two decimals and the unit (ai-credits-text.ts).
  if (credits) cells.push(formatAic(usage.aiCredits))
  return cells
}

/** Rows as plain text; `label` escapes a name for the target. */
function rowsOf(
  periods: readonly PeriodMetrics[],
  credits: boolean,
  options: PeriodTableOptions,
  label: (text: string) => string,
  modelPrefix: string,
): string[][] {
  const rows: string[][] = []
  for (const period of periods) {
    rows.push([label(period.period), ...numberCells(period, credits)])
    if (!options.breakdown) continue
    for (const m of period.models)
      rows.push([`${modelPrefix}${label(`${m.provider}/${m.model}`)}`, ...numberCells(m, credits)])
  }
  return rows
}

/** The markdown section, or null without periods. */
export function periodMarkdownSection(data: ReportData, options: PeriodTableOptions = {}): string | null {
  const { periods, periodSplit } = data
  if (!periods || !periodSplit) return null
  const heading = `### ${titleOf(periodSplit)}`
  const note =
    'Each record counts in the period of its own timestamp, so a run that crosses a period boundary appears in both.'
  if (periods.length === 0) return `${heading}\n\nNo usage in any period.`
  const { columns, credits } = columnsOf(periods)
  // Model rows are indented with non-breaking spaces: GFM trims ordinary ones.
  const rows = rowsOf(periods, credits, options, (t) => escapeTableCell(t), '\u00a0\u00a0↳ ')
  return `${heading}\n\n${note}\n\n${markdownTable(columns, rows)}`
}

/** The terminal table (`--format table`), or null without periods. */
export function periodTerminalSection(data: ReportData, options: PeriodTableOptions = {}): string | null {
  const { periods, periodSplit } = data
  if (!periods || !periodSplit) return null
  if (periods.length === 0) return `${titleOf(periodSplit)}: no usage in any period`
  const { columns, credits } = columnsOf(periods)
  const table = new Table({
    head: columns.map((c) => c.title),
    colAligns: columns.map((c) => (c.numeric ? 'right' : 'left')),
    style: { head: [], border: [], compact: true },
  })
  table.push(...rowsOf(periods, credits, options, terminalText, '  '))
  return `${titleOf(periodSplit)}\n${table.toString()}`
}

/**
 * Columns the CSV report adds when it has periods; other rows leave them empty. A period row fills the report's own
 * columns (requests, tokens, cost, `ai_credits`) where one exists: one column per name.
 */
export const PERIOD_CSV_COLUMNS = ['period', 'period_start', 'period_end', 'runs'] as const

/**
 * CSV rows of the periods, raw numbers: `usage` is `period` for a period's total and `period-model` for a model's
 * row under it (with breakdown), so a spreadsheet can sum either kind without counting twice.
 */
function periodCsvRows(data: ReportData, options: PeriodTableOptions = {}): Record<string, string | number>[] {
  const rows: Record<string, string | number>[] = []
  const cells = (usage: PeriodUsage) => ({
    runs: usage.runs,
    requests: usage.requests,
    input_tokens: usage.inputTokens,
    output_tokens: usage.outputTokens,
    cache_read_tokens: usage.cacheReadTokens,
    cache_write_tokens: usage.cacheWriteTokens,
    total_tokens: usage.totalTokens,
    cost_usd: pricingOfRow(usage) === 'unpriced' ? '' : csvUsd(usage.costUsd),
    unpriced_requests: usage.unpricedRequests,
    ai_credits: usage.aiCredits ?? '',
  })
  for (const p of data.periods ?? []) {
    const period = { period: p.period, period_start: p.start ?? '', period_end: p.end ?? '' }
    rows.push({ usage: 'period', ...period, ...cells(p) })
    if (!options.breakdown) continue
    for (const m of p.models) {
      rows.push({
        usage: 'period-model',
        ...period,
        provider: spreadsheetSafe(m.provider),
        model: spreadsheetSafe(m.model),
        ...cells(m),
      })
    }
  }
  return rows
}

/** The CSV report with the period rows after the workflow rows, and the period columns after the others. */
export function renderCsvWithPeriods(data: ReportData, options: PeriodTableOptions = {}): string {
  const rows: Record<string, string | number>[] = [...csvRowsOf(data), ...periodCsvRows(data, options)]
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS, ...PERIOD_CSV_COLUMNS],
    record_delimiter: 'unix',
  })
}
