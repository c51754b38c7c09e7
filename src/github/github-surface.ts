/**
 * Everything the action asks of GitHub, built from one Octokit and one API budget: the runs and artifacts the
 * collector reads and the report issues the report's life writes. One budget means the request count in the log
 * and the reserve kept for the issue operations both see every request, issue reads included.
 */
import { ApiBudget, type ApiBudgetSnapshot } from './api-budget.js'
import { ACTION_TOKEN, explainApiFailure, type ApiOperation } from './api-failure.js'
import { OctokitGitHubClient, type GitHubClient, type GitHubClientOptions } from './github-client.js'
import { createOctokit } from './octokit-client.js'
import { listOwnerRepositories, type OwnedRepository } from './repository-listing.js'
import { createPullRequests, type PullRequests } from './pull-requests.js'
import {
  createReportIssues,
  type FindReportsQuery,
  type ReportIssues,
  type ReportIssuesOptions,
} from './report-issues.js'

export interface GitHubSurface {
  /** Workflow runs, artifacts and their downloads (`actions: read`). */
  runs: GitHubClient
  /** The report issues of the same repository (`issues: write`). */
  issues: ReportIssues
  /** Pull requests and their comments (`pull-requests: write`), for the pull-request mode. */
  pulls: PullRequests
  /** The one budget both spend from. */
  apiBudget(): ApiBudgetSnapshot
  /** Runs and artifacts of another repository (an organisation report's), on the same token and budget. */
  runsOf(repository: string): GitHubClient
  /** The report issues of another repository (a federated organisation report reads them), same token and budget. */
  issuesOf(repository: string): ReportIssues
  /** The owner's repositories the token can see (`owner/*`), archived ones included. */
  listRepositories(owner: string): Promise<OwnedRepository[]>
}

export interface GitHubSurfaceOptions extends GitHubClientOptions {
  /** Spacing of issue writes, and the clock and sleep behind it (tests shorten them). */
  issueWrites?: ReportIssuesOptions
}

/**
 * The report issues with each method's failure worded: the operation, the repository, GitHub's answer and what to
 * check (the runs client words its own).
 */
function withWordedFailures(issues: ReportIssues, options: GitHubSurfaceOptions): ReportIssues {
  const operation = (doing: string, permission: string): ApiOperation => ({
    doing,
    repository: `${options.owner}/${options.repo}`,
    permission,
    credentials: options.credentials ?? ACTION_TOKEN,
  })
  // Every method is wrapped, so one added to ReportIssues later is worded too (by the generic description).
  const wrapped = Object.entries(issues).map(([name, method]) => {
    if (typeof method !== 'function') return [name, method]
    const call = async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args)
      } catch (error) {
        // Listing needs only `issues: read` (all a dry run has, as the README says); writing needs `issues: write`.
        const permission = name === 'findReports' ? 'issues: read' : 'issues: write'
        throw explainApiFailure(error, operation(describeIssueCall(name, args[0]), permission))
      }
    }
    return [name, call]
  })
  return Object.fromEntries(wrapped) as ReportIssues
}

/** What a ReportIssues call was doing, from its name and first argument. */
function describeIssueCall(name: string, first: unknown): string {
  if (name === 'findReports') return `Listing issues labelled '${(first as FindReportsQuery).label}'`
  if (name === 'ensureLabel') return `Checking the label '${String(first)}'`
  if (name === 'viewer') return 'Asking who the token acts as'
  if (name === 'createIssue') return 'Publishing the report issue'
  if (name === 'updateIssue') return `Updating report #${String(first)}`
  if (name === 'closeIssue') return `Closing report #${String(first)}`
  return `Working on report issues (${name})`
}

/** The GitHub surface of one repository. */
export function createGitHubSurface(options: GitHubSurfaceOptions): GitHubSurface {
  const budget = options.budget ?? new ApiBudget()
  const octokit = createOctokit(options.token, { ...options, budget })
  return {
    runs: new OctokitGitHubClient(options, { octokit, budget }),
    issues: withWordedFailures(createReportIssues(octokit, options, options.issueWrites), options),
    pulls: createPullRequests(octokit, options),
    apiBudget: () => budget.snapshot(),
    issuesOf: (repository) => {
      const [owner = '', repo = ''] = repository.split('/')
      const other = { ...options, owner, repo }
      return withWordedFailures(createReportIssues(octokit, other, options.issueWrites), other)
    },
    runsOf: (repository) => {
      const [owner = '', repo = ''] = repository.split('/')
      return new OctokitGitHubClient({ ...options, owner, repo }, { octokit, budget })
    },
    listRepositories: async (owner) => {
      try {
        return await listOwnerRepositories(octokit, owner)
      } catch (error) {
        throw explainApiFailure(error, {
          doing: `Listing the repositories of '${owner}' (repositories: ${owner}/*)`,
          repository: owner,
          permission: 'metadata: read',
          credentials: options.credentials ?? ACTION_TOKEN,
        })
      }
    },
  }
}
