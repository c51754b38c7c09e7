/**
 * What a new report is compared with: per-workflow per-run numbers of an earlier report, whether they came from our
 * own data block, from the report being built or from the LLM analyzer's "Workflow Summary" table.
 */
import type { TokenCounts } from '../../usage/run-summary.js'
import { cacheHitRateOf, totalTokensOf } from '../runs/token-metrics.js'

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

/** A workflow's sums, as a report's metrics and the hidden data block both hold them. */
export interface WorkflowTotals extends TokenCounts {
  name: string
  runsWithData: number
  requests: number
  costUsd: number
}

/** Per-run numbers of each workflow with data, from its sums (a data block's rows or a report's workflows). */
export function baselinesOf(workflows: readonly WorkflowTotals[]): WorkflowBaseline[] {
  return workflows
    .filter((w) => w.runsWithData > 0)
    .map((w) => ({
      name: w.name,
      runsWithData: w.runsWithData,
      tokensPerRun: totalTokensOf(w) / w.runsWithData,
      costPerRunUsd: w.costUsd / w.runsWithData,
      cacheHitRate: cacheHitRateOf(w),
      requestsPerRun: w.requests / w.runsWithData,
    }))
}
