/**
 * The completed run a `workflow_run` event is about, read from the event's payload, and the pull request it ran
 * for: the run's `pull_requests` (of this repository), else by head SHA, else by head label `owner:branch` (a fork's
 * pull request is never in `pull_requests`). Runs still in progress and skipped runs are left alone.
 */
import type { WorkflowRun } from '../github/github-client.js'
import type { PullRequests } from '../github/pull-requests.js'

/** The event the action runs for (GITHUB_EVENT_NAME and the parsed GITHUB_EVENT_PATH). */
export interface ActionEvent {
  name: string
  payload: unknown
}

/** A completed run, with what finding its pull request needs. */
export interface CompletedRun extends WorkflowRun {
  headSha: string
  /** `owner:branch` of the run's head (the fork's owner for a fork's pull request). */
  headLabel: string | null
  /** Numbers of this repository's pull requests the run lists. */
  pullRequests: number[]
}

export type EventReading = { kind: 'run'; run: CompletedRun } | { kind: 'ignored'; reason: string }

type Json = Record<string, unknown>
const record = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** True when an API URL is this repository's (`…/repos/{owner}/{repo}`), compared case-insensitively. */
function isRepository(url: unknown, repository: { owner: string; repo: string }): boolean {
  return text(url)?.toLowerCase().endsWith(`/repos/${repository.owner}/${repository.repo}`.toLowerCase()) ?? false
}

/** The run of a `workflow_run` event, or why the event is left alone; throws when the payload is not one. */
export function completedRunOf(event: ActionEvent, repository: { owner: string; repo: string }): EventReading {
  const payload = record(event.payload)
  const raw = record(payload.workflow_run)
  if (typeof raw.id !== 'number') {
    throw new Error(
      `The ${event.name} event's payload has no workflow_run.id: mode pull-request runs on workflow_run events ` +
        '(types: [completed]) or on workflow_dispatch with the pull-request input.',
    )
  }
  const status = text(raw.status)
  const conclusion = text(raw.conclusion) ?? null
  if (status !== 'completed' || conclusion === null) {
    return { kind: 'ignored', reason: `run ${raw.id} is ${status ?? 'not completed'}` }
  }
  if (conclusion === 'skipped') return { kind: 'ignored', reason: `run ${raw.id} was skipped` }
  const headRepository = record(raw.head_repository)
  const headOwner = text(record(headRepository.owner).login)
  const headBranch = text(raw.head_branch)
  const pulls = Array.isArray(raw.pull_requests) ? raw.pull_requests.map(record) : []
  const run: CompletedRun = {
    id: raw.id,
    attempt: typeof raw.run_attempt === 'number' ? raw.run_attempt : 1,
    workflowName: text(raw.name) ?? text(raw.path) ?? String(raw.id),
    workflowPath: text(raw.path) ?? '',
    ...(headBranch ? { branch: headBranch } : {}),
    createdAt: text(raw.created_at) ?? new Date(0).toISOString(),
    status,
    conclusion,
    url: text(raw.html_url) ?? '',
    headSha: text(raw.head_sha) ?? '',
    headLabel: headOwner && headBranch ? `${headOwner}:${headBranch}` : null,
    pullRequests: pulls
      .filter((pull) => isRepository(record(record(pull.base).repo).url, repository))
      .map((pull) => pull.number)
      .filter((n): n is number => typeof n === 'number'),
  }
  return { kind: 'run', run }
}

export type PullRequestFinding = { number: number; how: string } | { number: null; how: string }

/** The pull request the run was for: by its `pull_requests`, then by head SHA, then by head label. */
export async function pullRequestOfRun(
  run: CompletedRun,
  pulls: Pick<PullRequests, 'ofCommit' | 'ofHead'>,
): Promise<PullRequestFinding> {
  if (run.pullRequests.length > 0) {
    return { number: Math.min(...run.pullRequests), how: "the run's pull_requests" }
  }
  if (run.headSha) {
    // A commit already on the base branch lists the pull request that merged it: only a head that is the run's counts.
    const found = (await pulls.ofCommit(run.headSha)).filter((pull) => pull.headSha === run.headSha)
    const open = found.filter((pull) => pull.state === 'open')
    const chosen = (open.length > 0 ? open : found)[0]
    if (chosen) return { number: chosen.number, how: `head SHA ${run.headSha.slice(0, 12)}` }
  }
  if (run.headLabel) {
    const found = await pulls.ofHead(run.headLabel)
    if (found[0]) return { number: found[0].number, how: `head ${run.headLabel}` }
  }
  return {
    number: null,
    how: `no pull request has the run's head (${run.headLabel ?? 'no branch'}, ${run.headSha.slice(0, 12) || 'no SHA'})`,
  }
}
