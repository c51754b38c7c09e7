// Pull requests and their comments: what the pull-request mode reads (the run's pull request, by the run's
// `pull_requests`, by head SHA or by head label) and writes (one comment, edited in place). A pull request is also
// an issue of the same number, as on GitHub, so the issue comment routes serve its comments.
import { commentJson, minimalRepositoryJson, userJson, workflowJson, workflowRunJson } from './github-shapes.js'
import type { ShapeUrls } from './github-shapes.js'
import { linkHeaders, pageOf } from './pagination.js'
import { isFork, minimalPullJson, pullRequestsOf, type FakePullRequest } from './pull-request-state.js'
import type { FakeComment, FakeRun, RepositoryState } from './repository-state.js'
import {
  apiError,
  isThisRepository,
  notFound,
  validationFailed,
  type Route,
  type RouteContext,
  type RouteResult,
} from './route-table.js'

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function headRepositoryJson(pull: FakePullRequest, state: RepositoryState, urls: ShapeUrls) {
  const own = minimalRepositoryJson(state, urls)
  if (!isFork(pull, state)) return own
  return {
    ...own,
    id: state.repositoryId + 1,
    full_name: `${pull.headOwner}/${state.repo}`,
    owner: userJson({ login: pull.headOwner, id: 7_000_000, type: 'User' }, urls),
    fork: true,
    url: `${urls.api}/repos/${pull.headOwner}/${state.repo}`,
    html_url: `${urls.web}/${pull.headOwner}/${state.repo}`,
  }
}

function pullJson(pull: FakePullRequest, state: RepositoryState, urls: ShapeUrls) {
  const api = `${urls.api}/repos/${state.owner}/${state.repo}`
  const web = `${urls.web}/${state.owner}/${state.repo}`
  const repository = minimalRepositoryJson(state, urls)
  return {
    ...minimalPullJson(pull, state, urls),
    node_id: `PR_${Buffer.from(String(pull.id)).toString('base64url')}`,
    html_url: `${web}/pull/${pull.number}`,
    diff_url: `${web}/pull/${pull.number}.diff`,
    patch_url: `${web}/pull/${pull.number}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: null,
    user: userJson(pull.user, urls),
    labels: [],
    draft: false,
    created_at: pull.createdAt,
    updated_at: pull.createdAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    head: {
      label: `${pull.headOwner}:${pull.headRef}`,
      ref: pull.headRef,
      sha: pull.headSha,
      user: userJson({ login: pull.headOwner, id: 7_000_000, type: 'User' }, urls),
      repo: headRepositoryJson(pull, state, urls),
    },
    base: {
      label: `${state.owner}:${pull.baseRef}`,
      ref: pull.baseRef,
      sha: 'b'.repeat(40),
      user: repository.owner,
      repo: repository,
    },
    author_association: 'CONTRIBUTOR',
  }
}

/**
 * The payload of a `workflow_run` event for a run (`completed` by default), as the companion workflow receives it
 * in GITHUB_EVENT_PATH. A run of a fork's pull request carries the fork as its head repository.
 */
export function workflowRunEventOf(
  gh: { state: RepositoryState; url: string },
  run: FakeRun,
  action: 'completed' | 'requested' | 'in_progress' = 'completed',
  webUrl = 'http://github.localhost',
) {
  const { state } = gh
  const urls: ShapeUrls = { api: gh.url, web: webUrl }
  const workflowRun = workflowRunJson(run, state, urls)
  const fork = pullRequestsOf(state).find((pull) => isFork(pull, state) && pull.headSha === run.headSha)
  const workflow = state.workflows.find((w) => w.id === run.workflowId)
  return {
    action,
    workflow_run: { ...workflowRun, ...(fork ? { head_repository: headRepositoryJson(fork, state, urls) } : {}) },
    ...(workflow ? { workflow: workflowJson(workflow, state, urls) } : {}),
    repository: minimalRepositoryJson(state, urls),
    sender: userJson(state.actor, urls),
  }
}

function findPull(context: RouteContext): FakePullRequest | undefined {
  return pullRequestsOf(context.state).find((pull) => String(pull.number) === context.params.pull_number)
}

function listPulls(context: RouteContext): RouteResult {
  const query = context.url.searchParams
  const state = query.get('state') ?? 'open'
  if (!['open', 'closed', 'all'].includes(state)) return validationFailed('PullRequest', 'state', 'invalid')
  const head = query.get('head')
  const base = query.get('base')
  const pulls = pullRequestsOf(context.state)
    .filter((pull) => state === 'all' || pull.state === state)
    .filter((pull) => {
      if (!head) return true
      // `owner:branch`, or `owner` alone; a bare branch name without an owner matches nothing on GitHub.
      const [owner, ref] = head.includes(':') ? head.split(':', 2) : [head, undefined]
      return pull.headOwner.toLowerCase() === owner.toLowerCase() && (ref === undefined || pull.headRef === ref)
    })
    .filter((pull) => !base || pull.baseRef === base)
    .sort((a, b) => b.number - a.number)
  const page = pageOf(pulls, context.url, context.urls.api)
  return {
    status: 200,
    json: page.items.map((pull) => pullJson(pull, context.state, context.urls)),
    headers: linkHeaders(page),
  }
}

function findComment(context: RouteContext): FakeComment | undefined {
  for (const issue of context.state.issues) {
    const comment = issue.comments.find((c) => String(c.id) === context.params.comment_id)
    if (comment) return comment
  }
  return undefined
}

function updateComment(context: RouteContext): RouteResult {
  const comment = findComment(context)
  if (!comment) return notFound()
  const body = (context.body as { body?: unknown } | undefined)?.body
  if (typeof body !== 'string' || body === '') return validationFailed('IssueComment', 'body', 'missing_field')
  if (Array.from(body).length > 65_536) {
    return validationFailed('IssueComment', 'body', 'custom', 'body is too long (maximum is 65536 characters)')
  }
  comment.body = body
  comment.updatedAt = isoSeconds(context.now())
  return { status: 200, json: commentJson(comment, context.state, context.urls) }
}

function deleteComment(context: RouteContext): RouteResult {
  for (const issue of context.state.issues) {
    const index = issue.comments.findIndex((c) => String(c.id) === context.params.comment_id)
    if (index >= 0) {
      issue.comments.splice(index, 1)
      return { status: 204 }
    }
  }
  return notFound()
}

function repositoryRoute(method: string, pattern: string, handle: Route['handle']): Route {
  return {
    method,
    pattern,
    resource: 'core',
    handle: (context) => (isThisRepository(context) ? handle(context) : notFound()),
  }
}

export const pullRequestRoutes: Route[] = [
  repositoryRoute('GET', '/repos/:owner/:repo/pulls', listPulls),
  repositoryRoute('GET', '/repos/:owner/:repo/pulls/:pull_number', (context) => {
    const pull = findPull(context)
    return pull ? { status: 200, json: pullJson(pull, context.state, context.urls) } : notFound()
  }),
  // Open and merged pull requests whose commits include the SHA; a fork's too, as its head is fetched into the base.
  repositoryRoute('GET', '/repos/:owner/:repo/commits/:commit_sha/pulls', (context) => {
    const pulls = pullRequestsOf(context.state).filter((pull) => pull.headSha === context.params.commit_sha)
    const page = pageOf(pulls, context.url, context.urls.api)
    return {
      status: 200,
      json: page.items.map((pull) => pullJson(pull, context.state, context.urls)),
      headers: linkHeaders(page),
    }
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/issues/comments/:comment_id', (context) => {
    const comment = findComment(context)
    return comment ? { status: 200, json: commentJson(comment, context.state, context.urls) } : notFound()
  }),
  repositoryRoute('PATCH', '/repos/:owner/:repo/issues/comments/:comment_id', updateComment),
  repositoryRoute('DELETE', '/repos/:owner/:repo/issues/comments/:comment_id', deleteComment),
  // Who the token is: a user's token answers; an installation token (GITHUB_TOKEN, an app) is refused, as on GitHub.
  {
    method: 'GET',
    pattern: '/user',
    resource: 'core',
    handle: (context) =>
      context.state.actor.type === 'Bot'
        ? apiError(403, 'Resource not accessible by integration')
        : { status: 200, json: userJson(context.state.actor, context.urls) },
  },
]
