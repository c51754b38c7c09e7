/** report.json of the pull-request mode: the pull request's totals and its run rows. */
import type { PullRequestBudgetStatus } from './comment-policy.js'
import { totalsOf, type PullRequestRecord, type PullRequestRun } from './pull-request-runs.js'

export interface PullRequestJson {
  pullRequest: {
    number: number
    runs: number
    runsWithData: number
    requests: number
    totalTokens: number
    costUsd: number
    aiCredits: number | null
    failedCostUsd: number
    /** `ok`, `warning` or `exceeded`; null without a pr-budget. */
    budgetStatus: string | null
  }
  runs: PullRequestRun[]
}

export function pullRequestJsonOf(record: PullRequestRecord, budget: PullRequestBudgetStatus | null): PullRequestJson {
  const totals = totalsOf(record)
  return {
    pullRequest: {
      number: totals.number,
      runs: totals.runs,
      runsWithData: totals.runsWithData,
      requests: totals.requests,
      totalTokens: totals.totalTokens,
      costUsd: totals.costUsd,
      aiCredits: totals.aiCredits,
      failedCostUsd: totals.failedCostUsd,
      budgetStatus: budget?.status ?? null,
    },
    runs: record.runs,
  }
}
