// GitHub's JSON for the fake server's records. Field sets follow the `required` lists of GitHub's OpenAPI
// description (checked in __tests__/fake-github/openapi-shapes.int.test.ts), values are plausible placeholders.
import { pullRequestsOfRun } from './pull-request-state.js'
import type {
  FakeArtifact,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeRun,
  FakeUser,
  FakeWorkflow,
  RepositoryState,
} from './repository-state.js'

/** Where the JSON points to: the API base (the fake server) and the web base (html_url). */
export interface ShapeUrls {
  api: string
  web: string
}

type Json = Record<string, unknown>

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`
}

export function userJson(user: FakeUser, urls: ShapeUrls): Json {
  const api = `${urls.api}/users/${encodeURIComponent(user.login)}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('U', user.id),
    avatar_url: `${urls.web}/avatars/${user.id}`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.web}/${encodeURIComponent(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  }
}

function repoApi(state: RepositoryState, urls: ShapeUrls): string {
  return `${urls.api}/repos/${state.owner}/${state.repo}`
}

function repoWeb(state: RepositoryState, urls: ShapeUrls): string {
  return `${urls.web}/${state.owner}/${state.repo}`
}

export function minimalRepositoryJson(state: RepositoryState, urls: ShapeUrls): Json {
  const api = repoApi(state, urls)
  const owner: FakeUser = { login: state.owner, id: 9919, type: 'User' }
  return {
    id: state.repositoryId,
    node_id: nodeId('R', state.repositoryId),
    name: state.repo,
    full_name: `${state.owner}/${state.repo}`,
    owner: userJson(owner, urls),
    private: false,
    html_url: repoWeb(state, urls),
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
  }
}

export function fullRepositoryJson(state: RepositoryState, urls: ShapeUrls, now: string): Json {
  const minimal = minimalRepositoryJson(state, urls)
  const openIssues = state.issues.filter((issue) => issue.state === 'open').length
  return {
    ...minimal,
    git_url: `git://github.localhost/${state.owner}/${state.repo}.git`,
    ssh_url: `git@github.localhost:${state.owner}/${state.repo}.git`,
    clone_url: `${repoWeb(state, urls)}.git`,
    svn_url: repoWeb(state, urls),
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1024,
    default_branch: 'main',
    open_issues: openIssues,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    license: null,
    pushed_at: now,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: now,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    network_count: 0,
    subscribers_count: 0,
  }
}

export function workflowJson(workflow: FakeWorkflow, state: RepositoryState, urls: ShapeUrls): Json {
  const file = workflow.path.split('/').pop() ?? workflow.path
  return {
    id: workflow.id,
    node_id: nodeId('W', workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    created_at: workflow.createdAt,
    updated_at: workflow.createdAt,
    url: `${repoApi(state, urls)}/actions/workflows/${workflow.id}`,
    html_url: `${repoWeb(state, urls)}/blob/main/${workflow.path}`,
    badge_url: `${repoWeb(state, urls)}/workflows/${encodeURIComponent(file)}/badge.svg`,
  }
}

export function workflowRunJson(run: FakeRun, state: RepositoryState, urls: ShapeUrls): Json {
  const api = `${repoApi(state, urls)}/actions/runs/${run.id}`
  const actor = userJson({ login: run.actor, id: 100000 + (run.actor.length % 7), type: 'User' }, urls)
  const repository = minimalRepositoryJson(state, urls)
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WFR', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CS', run.id + 1),
    url: api,
    html_url: `${repoWeb(state, urls)}/actions/runs/${run.id}`,
    pull_requests: pullRequestsOfRun(run, state, urls),
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor,
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    run_started_at: run.createdAt,
    triggering_actor: actor,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApi(state, urls)}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoApi(state, urls)}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: run.displayTitle,
      timestamp: run.createdAt,
      author: { name: run.actor, email: `${run.actor}@users.noreply.github.localhost` },
      committer: { name: 'GitHub', email: 'noreply@github.localhost' },
    },
    repository,
    head_repository: repository,
  }
}

export function artifactJson(
  artifact: FakeArtifact,
  run: FakeRun | undefined,
  state: RepositoryState,
  urls: ShapeUrls,
): Json {
  const api = `${repoApi(state, urls)}/actions/artifacts/${artifact.id}`
  return {
    id: artifact.id,
    node_id: nodeId('MDg6QXJ0aWZhY3Q', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: artifact.expired,
    digest: artifact.digest,
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    workflow_run: {
      id: artifact.runId,
      repository_id: state.repositoryId,
      head_repository_id: state.repositoryId,
      head_branch: run?.headBranch ?? 'main',
      head_sha: run?.headSha ?? '0'.repeat(40),
    },
  }
}

export function labelJson(label: FakeLabel, state: RepositoryState, urls: ShapeUrls): Json {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoApi(state, urls)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default,
  }
}

export function issueJson(issue: FakeIssue, state: RepositoryState, urls: ShapeUrls): Json {
  const api = `${repoApi(state, urls)}/issues/${issue.number}`
  const labels = issue.labels
    .map((name) => state.labels.find((label) => label.name === name))
    .filter((label): label is FakeLabel => label !== undefined)
    .map((label) => labelJson(label, state, urls))
  return {
    id: issue.id,
    node_id: nodeId('I', issue.id),
    url: api,
    repository_url: repoApi(state, urls),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoWeb(state, urls)}/issues/${issue.number}`,
    timeline_url: `${api}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userJson(issue.user, urls),
    labels,
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: issue.comments.length,
    closed_at: issue.closedAt,
    closed_by: issue.closedBy ? userJson(issue.closedBy, urls) : null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: issue.user.type === 'Bot' ? 'NONE' : 'OWNER',
    performed_via_github_app: null,
    reactions: {
      url: `${api}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
  }
}

export function commentJson(comment: FakeComment, state: RepositoryState, urls: ShapeUrls): Json {
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${repoApi(state, urls)}/issues/comments/${comment.id}`,
    html_url: `${repoWeb(state, urls)}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(state, urls)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.user, urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'OWNER',
    performed_via_github_app: null,
  }
}
