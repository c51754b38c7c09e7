/**
 * The daily report's pull requests: the runs' own `pull_requests`, and for runs of a fork's pull request (which
 * list none) one lookup of their head commit each, at most MAX_COMMIT_LOOKUPS. Nothing is downloaded; a lookup that
 * fails leaves those runs out with a warning, never the report.
 */
import type { ReportData } from '../analysis/report-data.js'
import { pullRequestCostsOf } from '../analysis/runs/pull-request-costs.js'
import type { PullRequests } from '../github/pull-requests.js'
import { summaryHasUsageData, type RunSummary } from '../usage/run-summary.js'
import type { ActionLog } from './run-action.js'

/** Head commits looked up per report: a day with more fork pull request runs counts the first ones. */
const MAX_COMMIT_LOOKUPS = 20

/** The report with its pull requests (unchanged when no run is on one). */
export async function withPullRequestCosts(
  report: ReportData,
  collected: { runs: readonly RunSummary[] },
  deps: { github: { pulls: Pick<PullRequests, 'ofCommit'> }; log: Pick<ActionLog, 'warning'> },
): Promise<ReportData> {
  const { runs } = collected
  const { github, log } = deps
  const commits = [
    ...new Set(
      runs
        .filter((run) => !run.pullRequests?.length && run.event?.startsWith('pull_request') && summaryHasUsageData(run))
        .map((run) => run.headSha)
        .filter((sha): sha is string => sha !== undefined),
    ),
  ].slice(0, MAX_COMMIT_LOOKUPS)
  const ofCommit = new Map<string, number>()
  try {
    for (const sha of commits) {
      const found = (await github.pulls.ofCommit(sha)).find((pull) => pull.headSha === sha)
      if (found) ofCommit.set(sha, found.number)
    }
  } catch (error) {
    log.warning(`Pull requests of fork runs not looked up: ${(error as Error).message}`)
  }
  const costs = pullRequestCostsOf(runs, ofCommit)
  if (costs.pullRequests.length === 0) return report
  return { ...report, pullRequests: costs.pullRequests, pullRequestMedianUsd: costs.medianUsd }
}
