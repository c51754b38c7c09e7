// The pieces every route handler shares: how a route is declared, what it receives and what it answers.
import type { FakeArtifact, FakeUser, RepositoryState } from './repository-state.js'
import type { ShapeUrls } from './github-shapes.js'

/** Everything a handler needs to answer one request. */
export interface RouteContext {
  state: RepositoryState
  urls: ShapeUrls
  method: string
  url: URL
  params: Record<string, string>
  /** Parsed JSON request body (undefined when there was none). */
  body: unknown
  now: () => Date
  /** Who the request's token acts as (identities.ts): the author of what it writes. */
  actor: FakeUser
  /** The signed storage URL the artifact's zip is served from. */
  blobUrl: (artifact: FakeArtifact) => string
  /** The request's token (Authorization header), if any: organisation.ts answers by it. */
  token?: string
}

export interface RouteResult {
  status: number
  json?: unknown
  headers?: Record<string, string>
}

export interface Route {
  method: string
  /** e.g. `/repos/:owner/:repo/actions/runs/:run_id` */
  pattern: string
  /** Which rate-limit bucket the request counts against; `none` for endpoints GitHub does not count. */
  resource: 'core' | 'search' | 'none'
  handle: (context: RouteContext) => RouteResult | Promise<RouteResult>
}

export interface CompiledRoute extends Route {
  regex: RegExp
  names: string[]
}

export function compileRoutes(routes: Route[]): CompiledRoute[] {
  return routes.map((route) => {
    const names: string[] = []
    const source = route.pattern
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(segment.slice(1))
        return '([^/]+)'
      })
      .join('/')
    return { ...route, regex: new RegExp(`^${source}/?$`), names }
  })
}

export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  pathname: string,
): { route: CompiledRoute; params: Record<string, string> } | { route: undefined; pathMatched: boolean } {
  let pathMatched = false
  for (const route of routes) {
    const match = route.regex.exec(pathname)
    if (!match) continue
    pathMatched = true
    if (route.method !== method) continue
    const params: Record<string, string> = {}
    route.names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1])))
    return { route, params }
  }
  return { route: undefined, pathMatched }
}

const DOCS = 'https://docs.github.com/rest'

/** An error answer in GitHub's form: `{ message, documentation_url, status }`. */
export function apiError(status: number, message: string, extra: Record<string, unknown> = {}): RouteResult {
  return { status, json: { message, documentation_url: DOCS, status: String(status), ...extra } }
}

export function notFound(): RouteResult {
  return apiError(404, 'Not Found')
}

/** GitHub's 422 with one `errors` entry, as it answers invalid fields. */
export function validationFailed(resource: string, field: string, code: string, message?: string): RouteResult {
  return apiError(422, 'Validation Failed', {
    errors: [{ resource, field, code, ...(message === undefined ? {} : { message }) }],
  })
}

/** Routes are for one repository; another owner/name is a 404 as on GitHub for a repository you cannot see. */
export function isThisRepository(context: RouteContext): boolean {
  const { owner, repo } = context.params
  return (
    owner?.toLowerCase() === context.state.owner.toLowerCase() &&
    repo?.toLowerCase() === context.state.repo.toLowerCase()
  )
}
