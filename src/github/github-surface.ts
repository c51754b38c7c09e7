/**
 * Everything the action asks of GitHub, built from one Octokit and one API budget: the runs and artifacts the
 * collector reads and the report issues the report's life writes. One budget means the request count in the log
 * and the reserve kept for the issue operations both see every request, issue reads included.
 */
import { ApiBudget, type ApiBudgetSnapshot } from './api-budget.js'
import { OctokitGitHubClient, type GitHubClient, type GitHubClientOptions } from './github-client.js'
import { createOctokit } from './octokit-client.js'
import { createReportIssues, type ReportIssues, type ReportIssuesOptions } from './report-issues.js'

export interface GitHubSurface {
  /** Workflow runs, artifacts and their downloads (`actions: read`). */
  runs: GitHubClient
  /** The report issues of the same repository (`issues: write`). */
  issues: ReportIssues
  /** The one budget both spend from. */
  apiBudget(): ApiBudgetSnapshot
}

export interface GitHubSurfaceOptions extends GitHubClientOptions {
  /** Spacing of issue writes, and the clock and sleep behind it (tests shorten them). */
  issueWrites?: ReportIssuesOptions
}

/** The GitHub surface of one repository. */
export function createGitHubSurface(options: GitHubSurfaceOptions): GitHubSurface {
  const budget = options.budget ?? new ApiBudget()
  const octokit = createOctokit(options.token, { ...options, budget })
  return {
    runs: new OctokitGitHubClient(options, { octokit, budget }),
    issues: createReportIssues(octokit, options, options.issueWrites),
    apiBudget: () => budget.snapshot(),
  }
}
