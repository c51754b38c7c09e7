// Workflows, runs and artifacts: the read side the collector uses, and the 302 that @actions/artifact follows.
import { isInRange, parseCreatedFilter, type TimeRange } from './created-filter.js'
import { artifactJson, workflowJson, workflowRunJson } from './github-shapes.js'
import { linkHeaders, pageOf } from './pagination.js'
import type { FakeArtifact, FakeRun } from './repository-state.js'
import {
  apiError,
  isThisRepository,
  notFound,
  validationFailed,
  type Route,
  type RouteContext,
  type RouteResult,
} from './route-table.js'

/** GitHub answers at most this many results to a runs listing with any search filter (total_count may say more). */
export const SEARCH_RESULT_CAP = 1000

const RUN_SEARCH_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status']
const RUN_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']

/** One page of `items` as `{ total_count, [key]: page }`; only the page's items are turned into JSON. */
function paged<T>(
  context: RouteContext,
  key: string,
  items: T[],
  totalCount: number,
  toJson: (item: T) => unknown,
): RouteResult {
  const page = pageOf(items, context.url, context.urls.api)
  return {
    status: 200,
    json: { total_count: totalCount, [key]: page.items.map(toJson) },
    headers: linkHeaders(page),
  }
}

function byNewest<T extends { createdAt: string; id: number }>(a: T, b: T): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id
}

function listRuns(context: RouteContext, workflowId?: number): RouteResult {
  const query = context.url.searchParams
  let range: TimeRange | undefined
  const created = query.get('created')
  if (created) {
    try {
      range = parseCreatedFilter(created)
    } catch (error) {
      return validationFailed('WorkflowRun', 'created', 'invalid', (error as Error).message)
    }
  }
  const status = query.get('status')
  const runs = context.state.runs
    .filter((run) => workflowId === undefined || run.workflowId === workflowId)
    .filter((run) => range === undefined || isInRange(run.createdAt, range))
    .filter((run) => !status || (RUN_STATUSES.includes(status) ? run.status === status : run.conclusion === status))
    .filter((run) => !query.get('branch') || run.headBranch === query.get('branch'))
    .filter((run) => !query.get('event') || run.event === query.get('event'))
    .filter((run) => !query.get('actor') || run.actor === query.get('actor'))
    .filter((run) => !query.get('head_sha') || run.headSha === query.get('head_sha'))
    .sort(byNewest)
  const searched = RUN_SEARCH_FILTERS.some((name) => query.has(name))
  const reachable = searched ? runs.slice(0, SEARCH_RESULT_CAP) : runs
  return paged(context, 'workflow_runs', reachable, runs.length, (run) =>
    workflowRunJson(run, context.state, context.urls),
  )
}

function findRun(context: RouteContext): FakeRun | undefined {
  return context.state.runs.find((run) => String(run.id) === context.params.run_id)
}

function findArtifact(context: RouteContext): FakeArtifact | undefined {
  return context.state.artifacts.find((artifact) => String(artifact.id) === context.params.artifact_id)
}

function listArtifacts(context: RouteContext, artifacts: FakeArtifact[]): RouteResult {
  const name = context.url.searchParams.get('name')
  const selected = artifacts.filter((artifact) => !name || artifact.name === name).sort(byNewest)
  return paged(context, 'artifacts', selected, selected.length, (artifact) =>
    artifactJson(
      artifact,
      context.state.runs.find((run) => run.id === artifact.runId),
      context.state,
      context.urls,
    ),
  )
}

function repositoryRoute(method: string, pattern: string, handle: Route['handle']): Route {
  return {
    method,
    pattern,
    resource: 'core',
    handle: (context) => (isThisRepository(context) ? handle(context) : notFound()),
  }
}

export const actionsRoutes: Route[] = [
  repositoryRoute('GET', '/repos/:owner/:repo/actions/workflows', (context) =>
    paged(context, 'workflows', context.state.workflows, context.state.workflows.length, (workflow) =>
      workflowJson(workflow, context.state, context.urls),
    ),
  ),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id', (context) => {
    const id = context.params.workflow_id
    const workflow = context.state.workflows.find((w) => String(w.id) === id || w.path.split('/').pop() === id)
    return workflow ? { status: 200, json: workflowJson(workflow, context.state, context.urls) } : notFound()
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id/runs', (context) => {
    const id = context.params.workflow_id
    const workflow = context.state.workflows.find((w) => String(w.id) === id || w.path.split('/').pop() === id)
    return workflow ? listRuns(context, workflow.id) : notFound()
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/runs', (context) => listRuns(context)),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/runs/:run_id', (context) => {
    const run = findRun(context)
    return run ? { status: 200, json: workflowRunJson(run, context.state, context.urls) } : notFound()
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/runs/:run_id/artifacts', (context) => {
    const run = findRun(context)
    if (!run) return notFound()
    return listArtifacts(
      context,
      context.state.artifacts.filter((artifact) => artifact.runId === run.id),
    )
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/artifacts', (context) =>
    listArtifacts(context, context.state.artifacts),
  ),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/artifacts/:artifact_id', (context) => {
    const artifact = findArtifact(context)
    if (!artifact) return notFound()
    const run = context.state.runs.find((r) => r.id === artifact.runId)
    return { status: 200, json: artifactJson(artifact, run, context.state, context.urls) }
  }),
  repositoryRoute('GET', '/repos/:owner/:repo/actions/artifacts/:artifact_id/:archive_format', (context) => {
    if (context.params.archive_format !== 'zip') return notFound()
    const artifact = findArtifact(context)
    if (!artifact) return notFound()
    if (artifact.expired) return apiError(410, 'Artifact has expired')
    return { status: 302, headers: { location: context.blobUrl(artifact) } }
  }),
]
