/**
 * What a new report is compared with: per-workflow per-run numbers of an earlier report, whether they came from our
 * own data block or were read from the LLM analyzer's "Workflow Summary" table.
 */
import type { ReportSnapshot } from './report-snapshot.js'

export interface WorkflowBaseline {
  name: string
  /** Runs that had token data; per-run numbers are divided by it. */
  runsWithData: number
  tokensPerRun: number | null
  costPerRunUsd: number | null
  /** 0–1, null when unknown. */
  cacheHitRate: number | null
  /** Null when the earlier report did not say (the LLM analyzer's table has no request counts). */
  requestsPerRun: number | null
}

/** Per-run numbers of each workflow with data in one of our snapshots. */
export function baselinesOfSnapshot(snapshot: ReportSnapshot): WorkflowBaseline[] {
  return snapshot.workflows
    .filter((w) => w.runsWithData > 0)
    .map((w) => {
      const total = w.inputTokens + w.outputTokens + w.cacheReadTokens + w.cacheWriteTokens
      const cacheable = w.cacheReadTokens + w.inputTokens
      return {
        name: w.name,
        runsWithData: w.runsWithData,
        tokensPerRun: total / w.runsWithData,
        costPerRunUsd: w.costUsd / w.runsWithData,
        cacheHitRate: cacheable > 0 ? w.cacheReadTokens / cacheable : null,
        requestsPerRun: w.requests / w.runsWithData,
      }
    })
}
