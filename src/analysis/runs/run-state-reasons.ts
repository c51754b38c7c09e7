/** Human reasons for runs that produced no token data, one per final run state. */
import type { RunState, RunSummary } from '../../usage/run-summary.js'

const REASONS: Record<RunState, string> = {
  analysed: 'no token usage records',
  'analysed-totals': 'per-run totals only (agent_usage.json), no per-request records',
  'no-artifact': 'no artifact with token usage (the workflow may not use the api-proxy)',
  'artifact-expired': 'artifact expired before it could be downloaded',
  'no-token-file': 'artifact holds no token-usage.jsonl / token_usage.jsonl',
  'empty-token-file': 'token usage file holds no valid record',
  'download-failed': 'artifact could not be downloaded or read',
  'integrity-failed': 'artifact failed an integrity or safety check',
  'not-reached': 'not analysed: the time or request budget ran out first',
}

/** The reason a run in this state has no token data, the same for every such run (a report groups runs by it). */
export function runStateReason(state: RunState): string {
  return REASONS[state] ?? `unknown state '${state}'`
}

/**
 * Why a run has no agent token data, with what the run itself adds: its detail (error message, artifact name) and
 * the lines it skipped or filtered, which explain an analysed run without records or a file without a valid one.
 */
export function noDataReasonOf(run: RunSummary): string {
  let reason = runStateReason(run.state)
  const { invalidLines, filteredRecords } = run.skipped
  const parts: string[] = []
  if (filteredRecords > 0) parts.push(`${filteredRecords} filtered out by provider/date options`)
  if (invalidLines > 0) parts.push(`${invalidLines} invalid lines`)
  if (run.detection.some((m) => m.requests > 0)) parts.push('threat-detection usage only')
  if (parts.length > 0) reason = `${reason} (${parts.join(', ')})`
  return run.stateDetail ? `${reason}: ${run.stateDetail}` : reason
}
