/**
 * What the pull-request mode asks of GitHub: the pull request of a run (by head SHA, by head label, by number), a
 * pull request's comments with their authors, one comment created or edited, the runs and artifacts of one run or
 * commit, and who the token is. Small local types, not Octokit responses, so the mode is tested with plain fakes.
 */
import { ACTION_TOKEN, explainApiFailure, type CredentialSource } from './api-failure.js'
import type { RunArtifact, WorkflowRun } from './github-client.js'
import type { Octokit } from './octokit-client.js'

export interface PullRequestRef {
  number: number
  state: 'open' | 'closed'
  headSha: string
  /** `owner:branch` */
  headLabel: string
  url: string
}

export interface PullRequestComment {
  id: number
  body: string
  /** The author's login; null when GitHub gives none (a deleted user). */
  author: string | null
  url: string
  createdAt: string
}

export interface PullRequests {
  /** Pull requests whose commits include the SHA (a fork's too: its head is fetched into the base repository). */
  ofCommit(sha: string): Promise<PullRequestRef[]>
  /** Open pull requests whose head is `owner:branch`. */
  ofHead(label: string): Promise<PullRequestRef[]>
  get(number: number): Promise<PullRequestRef>
  /** Every comment of the pull request, oldest first. */
  comments(number: number): Promise<PullRequestComment[]>
  createComment(number: number, body: string): Promise<PullRequestComment>
  updateComment(id: number, body: string): Promise<PullRequestComment>
  deleteComment(id: number): Promise<void>
  /**
   * The token's login, or null when GitHub does not say (an installation token such as GITHUB_TOKEN answers 403):
   * the caller then takes github-actions[bot].
   */
  identity(): Promise<string | null>
  /** Completed runs of a commit, newest first (the manual refresh of a pull request). */
  runsOfCommit(sha: string): Promise<(WorkflowRun & { event: string })[]>
  /** The artifacts of one run. */
  artifactsOfRun(runId: number): Promise<RunArtifact[]>
}

interface RawPull {
  number: number
  state: string
  html_url: string
  head: { sha: string; label?: string; ref: string; user?: { login: string } | null }
}

interface RawComment {
  id: number
  body?: string | null
  user?: { login: string } | null
  html_url: string
  created_at: string
}

function pullOf(raw: RawPull): PullRequestRef {
  return {
    number: raw.number,
    state: raw.state === 'closed' ? 'closed' : 'open',
    headSha: raw.head.sha,
    headLabel: raw.head.label ?? `${raw.head.user?.login ?? ''}:${raw.head.ref}`,
    url: raw.html_url,
  }
}

function commentOf(raw: RawComment): PullRequestComment {
  return {
    id: raw.id,
    body: raw.body ?? '',
    author: raw.user?.login ?? null,
    url: raw.html_url,
    createdAt: raw.created_at,
  }
}

const PULL_REQUESTS_WRITE = 'pull-requests: write'
const ACTIONS_READ = 'actions: read'

type Call = <T>(doing: string, permission: string, work: () => Promise<T>) => Promise<T>

/** The Octokit implementation for owner/repo; every failure is worded with the operation and the permission. */
export function createPullRequests(
  octokit: Octokit,
  options: { owner: string; repo: string; credentials?: CredentialSource },
): PullRequests {
  const { owner, repo } = options
  const call: Call = async (doing, permission, work) => {
    try {
      return await work()
    } catch (error) {
      const credentials = options.credentials ?? ACTION_TOKEN
      throw explainApiFailure(error, { doing, repository: `${owner}/${repo}`, permission, credentials })
    }
  }
  return {
    ...pullRequestReads(octokit, options, call),
    ...commentWrites(octokit, options, call),
    ...runReads(octokit, options, call),
  }
}

function pullRequestReads(octokit: Octokit, { owner, repo }: { owner: string; repo: string }, call: Call) {
  return {
    ofCommit: (sha: string) =>
      call(`Finding the pull requests of commit ${sha}`, PULL_REQUESTS_WRITE, async () => {
        const response = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha })
        return (response.data as unknown as RawPull[]).map(pullOf)
      }),
    ofHead: (label: string) =>
      call(`Finding the pull requests of '${label}'`, PULL_REQUESTS_WRITE, async () => {
        const response = await octokit.rest.pulls.list({ owner, repo, head: label, state: 'open', per_page: 10 })
        return (response.data as unknown as RawPull[]).map(pullOf)
      }),
    get: (number: number) =>
      call(`Reading pull request #${number}`, PULL_REQUESTS_WRITE, async () => {
        const response = await octokit.rest.pulls.get({ owner, repo, pull_number: number })
        return pullOf(response.data as unknown as RawPull)
      }),
    async identity() {
      try {
        const response = await octokit.rest.users.getAuthenticated()
        return response.data.login
      } catch (error) {
        const status = (error as { status?: number }).status
        if (status === 403 || status === 404) return null
        throw error
      }
    },
  }
}

function commentWrites(octokit: Octokit, { owner, repo }: { owner: string; repo: string }, call: Call) {
  return {
    comments: (number: number) =>
      call(`Listing the comments of pull request #${number}`, PULL_REQUESTS_WRITE, async () => {
        const raw = await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: number,
          per_page: 100,
        })
        return (raw as unknown as RawComment[]).map(commentOf)
      }),
    createComment: (number: number, body: string) =>
      call(`Commenting on pull request #${number}`, PULL_REQUESTS_WRITE, async () => {
        const response = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
        return commentOf(response.data as unknown as RawComment)
      }),
    updateComment: (id: number, body: string) =>
      call(`Updating comment ${id}`, PULL_REQUESTS_WRITE, async () => {
        const response = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
        return commentOf(response.data as unknown as RawComment)
      }),
    deleteComment: (id: number) =>
      call(`Deleting comment ${id}`, PULL_REQUESTS_WRITE, async () => {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id })
      }),
  }
}

function runReads(octokit: Octokit, { owner, repo }: { owner: string; repo: string }, call: Call) {
  return {
    runsOfCommit: (sha: string) =>
      call(`Listing the runs of commit ${sha}`, ACTIONS_READ, async () => {
        const response = await octokit.rest.actions.listWorkflowRunsForRepo({
          owner,
          repo,
          head_sha: sha,
          status: 'completed',
          exclude_pull_requests: true,
          per_page: 100,
        })
        return response.data.workflow_runs.map((raw) => ({
          id: raw.id,
          attempt: raw.run_attempt ?? 1,
          workflowName: raw.name ?? raw.path,
          workflowPath: raw.path,
          ...(raw.head_branch ? { branch: raw.head_branch } : {}),
          createdAt: raw.created_at,
          status: raw.status,
          conclusion: raw.conclusion,
          url: raw.html_url,
          event: raw.event,
        }))
      }),
    artifactsOfRun: (runId: number) =>
      call(`Listing the artifacts of run ${runId}`, ACTIONS_READ, async () => {
        const raw = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
          owner,
          repo,
          run_id: runId,
          per_page: 100,
        })
        return raw.map((artifact) => ({
          id: artifact.id,
          name: artifact.name,
          runId,
          expired: artifact.expired,
          sizeInBytes: artifact.size_in_bytes,
          ...(artifact.digest ? { digest: artifact.digest } : {}),
          ...(artifact.created_at ? { createdAt: artifact.created_at } : {}),
        }))
      }),
  }
}
