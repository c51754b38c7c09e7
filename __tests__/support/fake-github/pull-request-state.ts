// The fake server's pull requests: kept beside the repository state (one list per server), each also an issue of
// the same number as on GitHub. The run JSON's `pull_requests` comes from here.
import type { ShapeUrls } from './github-shapes.js'
import type { FakeIssue, FakeRun, FakeUser, RepositoryState } from './repository-state.js'

/** A pull request of the repository; `headOwner` other than the repository's owner makes it a fork's. */
export interface FakePullRequest {
  id: number
  number: number
  title: string
  state: 'open' | 'closed'
  headOwner: string
  headRef: string
  headSha: string
  baseRef: string
  user: FakeUser
  createdAt: string
}

export interface AddPullRequestSpec {
  title?: string
  headRef: string
  headSha: string
  /** The fork's owner; default the repository's owner (a branch of the repository itself). */
  headOwner?: string
  baseRef?: string
  state?: 'open' | 'closed'
  user?: FakeUser
  createdAt?: string
}

const pullsByState = new WeakMap<RepositoryState, FakePullRequest[]>()

/** The pull requests of a fake server's repository (live). */
export function pullRequestsOf(state: RepositoryState): FakePullRequest[] {
  let pulls = pullsByState.get(state)
  if (!pulls) pullsByState.set(state, (pulls = []))
  return pulls
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Adds a pull request and the issue of the same number that carries its conversation. */
export function addPullRequest(gh: { state: RepositoryState }, spec: AddPullRequestSpec): FakePullRequest {
  const { state } = gh
  const createdAt = spec.createdAt ?? isoSeconds(new Date())
  const number = state.nextId.issue++
  const pull: FakePullRequest = {
    id: 2_000_000_000 + number,
    number,
    title: spec.title ?? `Pull request ${number}`,
    state: spec.state ?? 'open',
    headOwner: spec.headOwner ?? state.owner,
    headRef: spec.headRef,
    headSha: spec.headSha,
    baseRef: spec.baseRef ?? 'main',
    user: spec.user ?? { login: 'octocat', id: 583231, type: 'User' },
    createdAt,
  }
  pullRequestsOf(state).push(pull)
  const issue: FakeIssue = {
    id: 1_000_000_000 + number,
    number,
    title: pull.title,
    body: null,
    state: pull.state,
    stateReason: null,
    labels: [],
    user: pull.user,
    comments: [],
    createdAt,
    updatedAt: createdAt,
    closedAt: null,
    closedBy: null,
  }
  state.issues.push(issue)
  return pull
}

export const isFork = (pull: FakePullRequest, state: RepositoryState) =>
  pull.headOwner.toLowerCase() !== state.owner.toLowerCase()

/** `pull-request-minimal`, the shape of a workflow run's `pull_requests` entries. */
export function minimalPullJson(pull: FakePullRequest, state: RepositoryState, urls: ShapeUrls) {
  const repo = { id: state.repositoryId, url: `${urls.api}/repos/${state.owner}/${state.repo}`, name: state.repo }
  return {
    id: pull.id,
    number: pull.number,
    url: `${urls.api}/repos/${state.owner}/${state.repo}/pulls/${pull.number}`,
    head: { ref: pull.headRef, sha: pull.headSha, repo },
    base: { ref: pull.baseRef, sha: 'b'.repeat(40), repo },
  }
}

/**
 * A run's `pull_requests` as GitHub fills it: the open pull requests whose head is the run's branch and commit in
 * this repository. A fork's pull request is never in it.
 */
export function pullRequestsOfRun(run: FakeRun, state: RepositoryState, urls: ShapeUrls): unknown[] {
  return pullRequestsOf(state)
    .filter((pull) => !isFork(pull, state) && pull.state === 'open')
    .filter((pull) => pull.headRef === run.headBranch && pull.headSha === run.headSha)
    .map((pull) => minimalPullJson(pull, state, urls))
}
