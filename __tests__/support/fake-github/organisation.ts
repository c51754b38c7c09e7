// Several repositories on one fake server, an App installation's repository listing, the organisation and user
// repository listings, and tokens with their own rate-limit bucket and their own view of the repositories.
// start-fake-github.ts asks it which repository state a request is for and which bucket it spends from.
import { minimalRepositoryJson, type ShapeUrls } from './github-shapes.js'
import { linkHeaders, pageOf } from './pagination.js'
import { newBucket, type PrimaryLimitOptions, type RateLimitBucket } from './rate-limits.js'
import type { AddArtifactOptions, AddIssueSpec, AddRunSpec } from './fake-github-types.js'
import {
  newRepositoryState,
  type FakeArtifact,
  type FakeIssue,
  type FakeRun,
  type RepositoryState,
} from './repository-state.js'
import { addArtifact, addIssue, addRun } from './seed-records.js'
import { zipFromFiles, type ArtifactFiles } from './zip-archive.js'
import { apiError, type Route, type RouteContext } from './route-table.js'

export interface AddRepositoryOptions {
  /** Listed with `archived: true`. */
  archived?: boolean
}

/** What one token may see and spend. */
export interface TokenSpec {
  /** `owner/name` of the repositories it can see; absent = every one. Others answer 404, as on GitHub. */
  repositories?: string[]
  /** An App installation token: `GET /installation/repositories` lists `repositories` (else every one). */
  installation?: boolean
  /** Its own `core` bucket (GitHub's limits are per token, or per installation). */
  rateLimit?: PrimaryLimitOptions
}

interface TokenState extends TokenSpec {
  core?: RateLimitBucket
}

type Json = Record<string, unknown>

const keyOf = (owner: string, repo: string): string => `${owner}/${repo}`.toLowerCase()

/** The token of an `Authorization: token X` / `Bearer X` header. */
export function tokenOfHeader(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')
  return match?.[1]
}

export class Organisation {
  private readonly states = new Map<string, RepositoryState>()
  private readonly archived = new Set<string>()
  private readonly tokens = new Map<string, TokenState>()

  constructor(private readonly main: RepositoryState) {
    this.states.set(keyOf(main.owner, main.repo), main)
  }

  /** A second (third, …) repository; ids stay unique across repositories, as on GitHub. */
  addRepository(owner: string, repo: string, options: AddRepositoryOptions = {}): RepositoryState {
    const key = keyOf(owner, repo)
    const known = this.states.get(key)
    if (known) return known
    const state = newRepositoryState(owner, repo, this.main.actor)
    state.nextId = this.main.nextId
    state.identities = this.main.identities
    state.repositoryId = this.main.repositoryId + this.states.size
    this.states.set(key, state)
    if (options.archived) this.archived.add(key)
    return state
  }

  setToken(token: string, spec: TokenSpec): void {
    this.tokens.set(token, { ...spec, ...(spec.rateLimit ? { core: newBucket(5000, 3600, spec.rateLimit) } : {}) })
  }

  /** The token's own `core` bucket, if it has one. */
  bucketOf(token: string | undefined): RateLimitBucket | undefined {
    return token === undefined ? undefined : this.tokens.get(token)?.core
  }

  /** The state a `/repos/{owner}/{repo}/…` request is for; undefined for one the token cannot see (or none). */
  stateFor(params: Record<string, string>, token: string | undefined): RepositoryState | undefined {
    if (params.owner === undefined || params.repo === undefined) return this.main
    const key = keyOf(params.owner, params.repo)
    return this.visible(key, token) ? this.states.get(key) : undefined
  }

  findArtifact(id: string): FakeArtifact | undefined {
    for (const state of this.states.values()) {
      const artifact = state.artifacts.find((a) => String(a.id) === id)
      if (artifact) return artifact
    }
    return undefined
  }

  private visible(key: string, token: string | undefined): boolean {
    const allowed = token === undefined ? undefined : this.tokens.get(token)?.repositories
    return allowed === undefined || allowed.some((name) => name.toLowerCase() === key)
  }

  private listed(context: RouteContext, filter: (state: RepositoryState) => boolean): Json[] {
    return [...this.states.entries()]
      .filter(([key, state]) => this.visible(key, context.token) && filter(state))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, state]) => ({ ...minimalRepositoryJson(state, context.urls), archived: this.archived.has(key) }))
  }

  routes(urls: () => ShapeUrls): Route[] {
    const ownerList = (context: RouteContext, owner: string) => {
      const all = this.listed(context, (s) => s.owner.toLowerCase() === owner.toLowerCase())
      if (all.length === 0) return apiError(404, 'Not Found')
      const page = pageOf(all, context.url, urls().api)
      return { status: 200, json: page.items, headers: linkHeaders(page) }
    }
    return [
      {
        method: 'GET',
        pattern: '/installation/repositories',
        resource: 'core',
        handle: (context) => {
          const spec = context.token === undefined ? undefined : this.tokens.get(context.token)
          if (!spec?.installation) {
            return apiError(403, 'This endpoint requires you to be authenticated as a GitHub App installation.')
          }
          const all = this.listed(context, () => true)
          const page = pageOf(all, context.url, urls().api)
          return {
            status: 200,
            json: { total_count: all.length, repositories: page.items },
            headers: linkHeaders(page),
          }
        },
      },
      { method: 'GET', pattern: '/orgs/:org/repos', resource: 'core', handle: (c) => ownerList(c, c.params.org!) },
      {
        method: 'GET',
        pattern: '/users/:username/repos',
        resource: 'core',
        handle: (c) => ownerList(c, c.params.username!),
      },
    ]
  }
}

/** A repository beside the main one, with the seeding half of the FakeGitHub handle. */
export interface FakeRepository {
  readonly owner: string
  readonly repo: string
  readonly state: RepositoryState
  addRun(spec: AddRunSpec): FakeRun
  addArtifact(
    runId: number,
    name: string,
    content: { files: ArtifactFiles },
    options?: AddArtifactOptions,
  ): Promise<FakeArtifact>
  addIssue(spec: AddIssueSpec): FakeIssue
}

export function repositoryHandle(state: RepositoryState, now: () => Date): FakeRepository {
  return {
    owner: state.owner,
    repo: state.repo,
    state,
    addRun: (spec) => addRun(state, spec),
    addArtifact: async (runId, name, content, options = {}) =>
      addArtifact(state, runId, name, { bytes: await zipFromFiles(content.files) }, options),
    addIssue: (spec) => addIssue(state, spec, now()),
  }
}
