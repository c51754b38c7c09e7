/**
 * The CSV report: one row per workflow and model with the raw numbers (no shortening), agent, threat-detection and
 * the firewall's routing usage in separate rows told apart by the `usage` column; recorded AI credits (empty where
 * no request carried any) beside the cost. Costs are rounded to 6 decimals (a millionth of a dollar,
 * far below any price step) so that sums of binary fractions do not print as 0.30000000000000004; a model none of
 * whose requests has a price has empty cost cells, not 0, as its JSON cost is null.
 */
import { stringify } from 'csv-stringify/sync'
import type { ModelMetrics, ReportData } from '../analysis/report-data.js'
import { totalTokensOf } from '../analysis/runs/token-metrics.js'
import { pricingOfRow, requestCountOf } from '../analysis/report-view.js'

export const CSV_COLUMNS = [
  'workflow',
  'usage',
  'provider',
  'model',
  'workflow_runs',
  'workflow_runs_with_data',
  'requests',
  'input_tokens',
  'output_tokens',
  'cache_read_tokens',
  'cache_write_tokens',
  'total_tokens',
  'cost_usd',
  'cost_input_usd',
  'cost_output_usd',
  'cost_cache_read_usd',
  'cost_cache_write_usd',
  'unpriced_requests',
  'avg_latency_ms',
  'reasoning_tokens',
  'ai_credits',
  'ai_credits_requests',
] as const

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; names come from untrusted runs,
 * so such text cells get a leading apostrophe (the OWASP CSV-injection advice).
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** One CSV row, keyed by column name: a reordered or added column cannot shift the values of the others. */
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>

type WorkflowRow = ReportData['workflows'][number]

/** `routing`: the firewall's own routing calls, never part of the agent's rows. */
type Usage = 'agent' | 'detection' | 'routing'

function workflowCells(workflow: WorkflowRow, usage: Usage) {
  return {
    workflow: spreadsheetSafe(workflow.name),
    usage,
    workflow_runs: workflow.runs,
    workflow_runs_with_data: workflow.runsWithData,
  }
}

/** USD to 6 decimals. */
export function csvUsd(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6
  return rounded === 0 ? 0 : rounded
}

function modelRow(workflow: WorkflowRow, usage: Usage, m: ModelMetrics): CsvRow {
  const unknown = pricingOfRow(m) === 'unpriced'
  const usd = (value: number): number | string => (unknown ? '' : csvUsd(value))
  return {
    ...workflowCells(workflow, usage),
    provider: spreadsheetSafe(m.provider),
    model: spreadsheetSafe(m.model),
    // Empty for a model only totals-only runs used: they have no request count.
    requests: requestCountOf(m.requests, totalTokensOf(m)) ?? '',
    input_tokens: m.inputTokens,
    output_tokens: m.outputTokens,
    cache_read_tokens: m.cacheReadTokens,
    cache_write_tokens: m.cacheWriteTokens,
    total_tokens: totalTokensOf(m),
    cost_usd: usd(m.costUsd),
    cost_input_usd: usd(m.cost.input),
    cost_output_usd: usd(m.cost.output),
    cost_cache_read_usd: usd(m.cost.cacheRead),
    cost_cache_write_usd: usd(m.cost.cacheWrite),
    unpriced_requests: m.unpricedRequests,
    // Whole milliseconds: an average of durations has no meaningful fraction of a millisecond.
    avg_latency_ms: m.avgLatencyMs === null ? '' : Math.round(m.avgLatencyMs),
    reasoning_tokens: m.reasoningTokens ?? 0,
    // Empty when no request of the row carried credits (the JSON's null).
    ai_credits: m.aiCredits === null || m.aiCredits === undefined ? '' : csvUsd(m.aiCredits),
    ai_credits_requests: m.aiCreditsRequests ?? 0,
  }
}

/** A workflow without any usage: empty model columns, every count 0. */
function emptyRow(workflow: WorkflowRow): CsvRow {
  return {
    ...workflowCells(workflow, 'agent'),
    provider: '',
    model: '',
    requests: 0,
    input_tokens: 0,
    output_tokens: 0,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
    total_tokens: 0,
    cost_usd: 0,
    cost_input_usd: 0,
    cost_output_usd: 0,
    cost_cache_read_usd: 0,
    cost_cache_write_usd: 0,
    unpriced_requests: 0,
    avg_latency_ms: '',
    reasoning_tokens: 0,
    ai_credits: '',
    ai_credits_requests: 0,
  }
}

/** Workflows without any usage get one row with empty model columns, so every workflow appears. */
export function csvRowsOf(data: ReportData): CsvRow[] {
  const rows: CsvRow[] = []
  for (const w of data.workflows) {
    for (const m of w.models) rows.push(modelRow(w, 'agent', m))
    for (const m of w.detection) rows.push(modelRow(w, 'detection', m))
    for (const m of w.routing?.models ?? []) rows.push(modelRow(w, 'routing', m))
    if (w.models.length === 0 && w.detection.length === 0) rows.push(emptyRow(w))
  }
  return rows
}

export function renderCsvReport(data: ReportData): string {
  return stringify(csvRowsOf(data), { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' })
}
