/**
 * The pull requests whose agent runs cost the most in a window: runs counted by the pull requests they list
 * (`pull_requests`), and a fork's pull request's runs (which list none) by their head commit. The numbers come from
 * the runs already read: nothing is downloaded for them.
 */
import { percentileOf } from './distribution.js'
import { summaryHasUsageData, type RunSummary } from '../../usage/run-summary.js'
import { runUsageOf } from './analyse-runs.js'
import { addCredits } from './usage-sums.js'

/** One pull request's agent runs in the window. */
export interface PullRequestCost {
  number: number
  runs: number
  runsWithData: number
  costUsd: number
  /** Recorded AI credits; null when none was recorded. */
  aiCredits: number | null
  /** Its runs' workflows, as the report names them. */
  workflows: string[]
}

export interface PullRequestCosts {
  /** Costliest first. */
  pullRequests: PullRequestCost[]
  /** Median agent cost per pull request; null without pull requests. */
  medianUsd: number | null
}

/** The pull requests of the runs; `pullRequestOfCommit` answers for runs that list none (a fork's). */
export function pullRequestCostsOf(
  runs: readonly RunSummary[],
  pullRequestOfCommit: ReadonlyMap<string, number> = new Map(),
): PullRequestCosts {
  const rows = new Map<number, PullRequestCost>()
  for (const run of runs) {
    const numbers = run.pullRequests?.length
      ? run.pullRequests
      : [run.headSha ? pullRequestOfCommit.get(run.headSha) : undefined].filter((n): n is number => n !== undefined)
    const usage = runUsageOf(run.models)
    for (const number of numbers) {
      const row = rows.get(number) ?? { number, runs: 0, runsWithData: 0, costUsd: 0, aiCredits: null, workflows: [] }
      row.runs++
      if (summaryHasUsageData(run)) row.runsWithData++
      row.costUsd += usage.costUsd
      for (const model of run.models) row.aiCredits = addCredits(row.aiCredits, model.aiCredits)
      if (!row.workflows.includes(run.workflow)) row.workflows.push(run.workflow)
      rows.set(number, row)
    }
  }
  const pullRequests = [...rows.values()].sort((a, b) => b.costUsd - a.costUsd || a.number - b.number)
  return {
    pullRequests,
    medianUsd: percentileOf(
      pullRequests.map((row) => row.costUsd),
      0.5,
    ),
  }
}
