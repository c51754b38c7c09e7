/**
 * The CSV report: one row per workflow and model with the raw numbers (no rounding, no shortening), agent and
 * threat-detection usage in separate rows told apart by the `usage` column.
 */
import { stringify } from 'csv-stringify/sync'
import type { ModelMetrics, ReportData } from '../analysis/report-data.js'
import { totalTokensOf } from '../analysis/token-metrics.js'

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
] as const

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; names come from untrusted runs,
 * so such text cells get a leading apostrophe (the OWASP CSV-injection advice).
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function modelRow(workflow: ReportData['workflows'][number], usage: 'agent' | 'detection', m: ModelMetrics): unknown[] {
  return [
    spreadsheetSafe(workflow.name),
    usage,
    spreadsheetSafe(m.provider),
    spreadsheetSafe(m.model),
    workflow.runs,
    workflow.runsWithData,
    m.requests,
    m.inputTokens,
    m.outputTokens,
    m.cacheReadTokens,
    m.cacheWriteTokens,
    totalTokensOf(m),
    m.costUsd,
    m.cost.input,
    m.cost.output,
    m.cost.cacheRead,
    m.cost.cacheWrite,
    m.unpricedRequests,
    m.avgLatencyMs ?? '',
  ]
}

/** Workflows without any usage get one row with empty model columns, so every workflow appears. */
export function renderCsvReport(data: ReportData): string {
  const rows: unknown[][] = []
  for (const w of data.workflows) {
    for (const m of w.models) rows.push(modelRow(w, 'agent', m))
    for (const m of w.detection) rows.push(modelRow(w, 'detection', m))
    if (w.models.length === 0 && w.detection.length === 0) {
      rows.push([
        spreadsheetSafe(w.name),
        'agent',
        '',
        '',
        w.runs,
        w.runsWithData,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        '',
      ])
    }
  }
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' })
}
