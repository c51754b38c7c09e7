/** A run's comment row from the engine's reading and analysis of it. */
import type { ReportData } from '../analysis/report-data.js'
import type { WorkflowRun } from '../github/github-client.js'
import { summaryHasUsageData, type RunSummary } from '../usage/run-summary.js'
import type { PullRequestRun } from './pull-request-runs.js'

export function pullRequestRunOf(run: WorkflowRun, summary: RunSummary, report: ReportData): PullRequestRun {
  const metrics = report.workflows[0]?.runDetails.find((details) => details.runId === summary.runId)
  return {
    runId: String(run.id),
    attempt: run.attempt,
    workflow: run.workflowName,
    url: run.url,
    conclusion: run.conclusion ?? 'unknown',
    state: summary.state,
    hasData: summaryHasUsageData(summary),
    requests: metrics?.requests ?? 0,
    totalTokens: metrics?.totalTokens ?? 0,
    costUsd: metrics?.costUsd ?? 0,
    aiCredits: metrics?.aiCredits ?? null,
    createdAt: run.createdAt,
  }
}
