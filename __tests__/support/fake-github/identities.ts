// Who a request acts as: each token is one identity (github-actions[bot] for GITHUB_TOKEN, `<app>[bot]` for a GitHub
// App's token, a person for a personal token). Issues and comments are written by the identity of the token that
// sent the request, and GraphQL `viewer { login }` answers it, as on GitHub.
import type { FakeUser, RepositoryState } from './repository-state.js'
import type { Route, RouteContext, RouteResult } from './route-table.js'

/** The token of an `Authorization: token <t>` or `Bearer <t>` header, if any. */
export function tokenOf(authorization: string | undefined): string | undefined {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(authorization ?? '')?.[1]
}

/** The identity of a request: its token's, else the server's actor (the default token). */
export function actorOf(state: RepositoryState, authorization: string | undefined): FakeUser {
  const token = tokenOf(authorization)
  return (token !== undefined ? state.identities.get(token) : undefined) ?? state.actor
}

/** A person's account, for a token that is not the action's (`identities` option, `gh.addIdentity`). */
export function personNamed(login: string, id = 5_000_000 + login.length): FakeUser {
  return { login, id, type: 'User' }
}

/** Enough of GitHub's GraphQL endpoint for `query { viewer { login } }`; anything else answers a GraphQL error. */
function graphql(context: RouteContext): RouteResult {
  const query = (context.body as { query?: unknown } | undefined)?.query
  if (typeof query !== 'string' || !/\bviewer\s*\{/.test(query)) {
    return { status: 200, json: { errors: [{ message: 'The fake GitHub answers only `viewer { login }`.' }] } }
  }
  const { login, id, type } = context.actor
  return {
    status: 200,
    json: { data: { viewer: { login, databaseId: id, __typename: type === 'Bot' ? 'Bot' : 'User' } } },
  }
}

export const identityRoutes: Route[] = [{ method: 'POST', pattern: '/graphql', resource: 'core', handle: graphql }]
