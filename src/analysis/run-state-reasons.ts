/** Human reasons for runs that produced no token data, one per final run state. */
import type { RunState, RunSummary } from '../usage/run-summary.js'

const REASONS: Record<RunState, string> = {
  analysed: 'no token usage records',
  'no-artifact': 'no artifact with token usage (the workflow may not use the api-proxy)',
  'artifact-expired': 'artifact expired before it could be downloaded',
  'no-token-file': 'artifact holds no token-usage.jsonl / token_usage.jsonl',
  'empty-token-file': 'token usage file is empty',
  'download-failed': 'artifact could not be downloaded or read',
  'integrity-failed': 'artifact failed an integrity or safety check',
  'not-reached': 'not analysed: the time or request budget ran out first',
}

/** Why a run has no agent token data, with the run's own detail (error message, artifact name) when it has one. */
export function noDataReasonOf(run: RunSummary): string {
  let reason = REASONS[run.state] ?? `unknown state '${run.state}'`
  if (run.state === 'analysed') {
    const { invalidLines, filteredRecords } = run.skipped
    const parts: string[] = []
    if (filteredRecords > 0) parts.push(`${filteredRecords} filtered out by provider/date options`)
    if (invalidLines > 0) parts.push(`${invalidLines} invalid lines`)
    if (run.detection.some((m) => m.requests > 0)) parts.push('threat-detection usage only')
    if (parts.length > 0) reason = `${reason} (${parts.join(', ')})`
  }
  return run.stateDetail ? `${reason}: ${run.stateDetail}` : reason
}
