// A fake GitHub REST API on 127.0.0.1 for tests, benchmarks and the demo. The real Octokit and the real
// @actions/artifact talk to it through GITHUB_API_URL. No jest imports here: scripts import this file too.
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { actionsRoutes } from './actions-routes.js'
import { defaultFaultMessage, takeFault, type FaultRule, type FaultSpec } from './faults.js'
import type { ShapeUrls } from './github-shapes.js'
import { ensureLabel, issueRoutes } from './issue-routes.js'
import {
  GITHUB_ACTIONS_BOT,
  newRepositoryState,
  type BlobSource,
  type FakeArtifact,
  type FakeComment,
  type FakeIssue,
  type FakeLabel,
  type FakeRun,
  type FakeUser,
  type FakeWorkflow,
  type IssueStateReason,
  type RepositoryState,
  type RunConclusion,
  type RunStatus,
} from './repository-state.js'
import {
  newBucket,
  rateLimitHeaders,
  SecondaryLimits,
  spend,
  type PrimaryLimitOptions,
  type RateLimitBucket,
  type SecondaryLimitOptions,
} from './rate-limits.js'
import { repositoryRoutes } from './repository-routes.js'
import { apiError, compileRoutes, matchRoute, type RouteResult } from './route-table.js'
import { sha256Digest, zipFromFiles, type ArtifactFiles } from './zip-archive.js'

export interface FakeGitHubOptions {
  /** Default `octo-org`. */
  owner?: string
  /** Default `agent-repo`. */
  repo?: string
  /** Port on 127.0.0.1; default 0 (a free one). */
  port?: number
  /** Delay before answering each API request, ms (default 0). */
  latencyMs?: number
  /** Delay before serving each artifact blob, ms (default 0). */
  blobLatencyMs?: number
  /** The `core` REST budget (default limit 5000, all remaining, reset in an hour; refilled when reset passes). */
  rateLimit?: PrimaryLimitOptions
  /** Secondary limits to enforce (all off by default). */
  secondaryLimits?: SecondaryLimitOptions
  /** When set, API requests must send `Authorization: token <token>` (or Bearer); blob downloads never need it. */
  token?: string
  /** The server's clock for created_at/updated_at/closed_at of things created through the API. */
  now?: () => Date
  /** Who the token acts as (creator of issues and comments); default github-actions[bot]. */
  actor?: FakeUser
  /** Base of html_url values and GITHUB_SERVER_URL; default `http://github.localhost` (accepted by @actions/artifact). */
  webUrl?: string
}

/** One request as the server saw it. */
export interface RequestLogEntry {
  method: string
  path: string
  query: Record<string, string>
  status: number
  /** False for blob downloads from the storage URL (not REST API requests, not rate limited). */
  isApi: boolean
  /** The route pattern that answered, e.g. `/repos/:owner/:repo/actions/runs`. */
  route: string | undefined
  /** True when an injected fault changed the answer (status, delay or truncation). */
  faulted: boolean
  startedAt: number
  durationMs: number
}

export interface FakeGitHubStats {
  apiRequests: number
  blobRequests: number
  peakApiConcurrency: number
  peakBlobConcurrency: number
}

export interface AddWorkflowOptions {
  id?: number
  state?: FakeWorkflow['state']
}

export interface AddRunSpec {
  id?: number
  /** Workflow name or file path; an unknown one is added (path `.github/workflows/<slug>.lock.yml`). */
  workflow: string
  createdAt: string | Date
  /** Default `success`; `null` means the run has not finished (status `in_progress`). */
  conclusion?: RunConclusion | null
  status?: RunStatus
  headBranch?: string | null
  /** Default `schedule`. */
  event?: string
  headSha?: string
  displayTitle?: string
  actor?: string
  runNumber?: number
  runAttempt?: number
  updatedAt?: string | Date
}

/** An artifact's content: files to zip, a ready zip (may be shared between artifacts), or a zip file on disk. */
export type ArtifactContent = { files: ArtifactFiles } | { zip: Buffer } | { zipFile: string }

export interface AddArtifactOptions {
  id?: number
  /** Listed with `expired: true`; its /zip answers 410 "Artifact has expired". */
  expired?: boolean
  /** The `digest` the API reports instead of the served bytes' sha256 (a string) or no digest at all (null). */
  digestOverride?: string | null
  /**
   * Store only the first part of the zip (`true`: half, a number: that many bytes), a corrupt archive. The digest
   * is that of the stored (truncated) bytes, so the download fails in unzipping, not on the digest check.
   */
  truncate?: boolean | number
  createdAt?: string | Date
  expiresAt?: string | Date
}

export interface AddIssueSpec {
  title: string
  body?: string | null
  labels?: string[]
  state?: 'open' | 'closed'
  stateReason?: IssueStateReason
  /** Default: the server's actor (github-actions[bot]). */
  user?: FakeUser
  createdAt?: string | Date
  closedAt?: string | Date
  comments?: string[]
}

export interface ActionEnvOptions {
  /** Sets GITHUB_TOKEN when given. */
  token?: string
  /** GITHUB_RUN_ID of the action's own run (default 1). */
  runId?: number
  /** GITHUB_WORKFLOW (default `Token usage report`). */
  workflow?: string
  /** GITHUB_EVENT_NAME (default `schedule`). */
  eventName?: string
}

export interface FakeGitHub {
  /** API base URL (`http://127.0.0.1:<port>`), for GITHUB_API_URL and Octokit's `baseUrl`. */
  readonly url: string
  readonly owner: string
  readonly repo: string
  /** The whole mutable state (runs, artifacts, issues, labels, ...). */
  readonly state: RepositoryState
  readonly workflows: FakeWorkflow[]
  readonly runs: FakeRun[]
  readonly artifacts: FakeArtifact[]
  readonly issues: FakeIssue[]
  readonly labels: FakeLabel[]
  /** Every request so far, in arrival order (entries complete when answered). */
  readonly requests: RequestLogEntry[]
  /** Requests to the REST API (blob downloads excluded). */
  apiRequestCount(): number
  /** Counts and the highest number of requests in flight at once, since start or the last clearRequests(). */
  stats(): FakeGitHubStats
  clearRequests(): void
  /** The live `core` bucket. */
  readonly rateLimit: RateLimitBucket
  setRateLimit(change: PrimaryLimitOptions): void
  setLatency(change: { apiMs?: number; blobMs?: number }): void
  setNow(now: () => Date): void
  addWorkflow(name: string, path?: string, options?: AddWorkflowOptions): FakeWorkflow
  addRun(spec: AddRunSpec): FakeRun
  addArtifact(
    runId: number,
    name: string,
    content: ArtifactContent,
    options?: AddArtifactOptions,
  ): Promise<FakeArtifact>
  /** Synchronous variant for ready zips (bench seeding): the digest of a shared Buffer is computed once. */
  addArtifactZip(
    runId: number,
    name: string,
    zip: Buffer | { zipFile: string },
    options?: AddArtifactOptions,
  ): FakeArtifact
  addLabel(name: string, color?: string, description?: string | null): FakeLabel
  addIssue(spec: AddIssueSpec): FakeIssue
  addComment(issueNumber: number, body: string, user?: FakeUser): FakeComment
  /** Injects a fault; the returned rule's `hits` counts the requests it applied to. */
  inject(spec: FaultSpec): FaultRule
  clearFaults(): void
  /** Environment for a child process running the action against this server. */
  actionEnv(options?: ActionEnvOptions): Record<string, string>
  close(): Promise<void>
}

function isoSeconds(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid time '${String(value)}'`)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workflow'
  )
}

const digestOfBuffer = new WeakMap<Buffer, string>()
const digestOfFile = new Map<string, string>()

function digestOf(blob: BlobSource): string {
  if ('bytes' in blob) {
    const known = digestOfBuffer.get(blob.bytes)
    if (known) return known
    const digest = sha256Digest(blob.bytes)
    digestOfBuffer.set(blob.bytes, digest)
    return digest
  }
  const key = `${blob.file}:${blob.size}`
  const known = digestOfFile.get(key)
  if (known) return known
  const digest = `sha256:${createHash('sha256').update(readFileSync(blob.file)).digest('hex')}`
  digestOfFile.set(key, digest)
  return digest
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Sends `body`, or with `truncate` only its start: either announcing the full length and then dropping the socket,
 * or (`short-body`) as a complete chunked answer that is simply too short.
 */
function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  fault?: Pick<FaultSpec, 'truncate' | 'truncateMode'>,
) {
  const truncate = fault?.truncate
  if (truncate === undefined || truncate === false) {
    response.writeHead(status, { ...headers, 'content-length': String(body.length) })
    response.end(body)
    return
  }
  const keep = truncate === true ? Math.floor(body.length / 2) : Math.min(truncate, Math.max(0, body.length - 1))
  if (fault?.truncateMode === 'short-body') {
    response.writeHead(status, headers)
    response.end(body.subarray(0, keep))
    return
  }
  response.writeHead(status, { ...headers, 'content-length': String(body.length) })
  response.write(body.subarray(0, keep), () => response.socket?.destroy())
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'agent-repo'
  const webUrl = options.webUrl ?? 'http://github.localhost'
  const state = newRepositoryState(owner, repo, options.actor ?? GITHUB_ACTIONS_BOT)
  let now = options.now ?? (() => new Date())
  let apiLatencyMs = options.latencyMs ?? 0
  let blobLatencyMs = options.blobLatencyMs ?? 0
  const signature = randomBytes(12).toString('hex')
  const requests: RequestLogEntry[] = []
  const faults: FaultRule[] = []

  const core = newBucket(5000, 3600, options.rateLimit)
  const search = newBucket(30, 60)
  const buckets: Record<string, RateLimitBucket> = { core, search }
  const secondary = new SecondaryLimits(options.secondaryLimits ?? {})
  const inFlight = { api: 0, blob: 0 }
  const peak = { api: 0, blob: 0 }

  const routes = compileRoutes([...actionsRoutes, ...issueRoutes, ...repositoryRoutes(() => buckets)])
  let url = ''
  const urls: ShapeUrls = { api: '', web: webUrl }
  const blobUrl = (artifact: FakeArtifact) =>
    `${url}/_blob/${artifact.id}/${encodeURIComponent(artifact.name)}?sig=${signature}`

  function rateHeaders(resource: string): Record<string, string> {
    return rateLimitHeaders(buckets[resource] ?? core, resource === 'none' ? 'core' : resource)
  }

  async function serveBlob(
    response: ServerResponse,
    requestUrl: URL,
    entry: RequestLogEntry,
    fault: FaultRule | undefined,
  ) {
    await sleep(blobLatencyMs + (fault?.delayMs ?? 0))
    const match = /^\/_blob\/(\d+)\/[^/]+$/.exec(requestUrl.pathname)
    const artifact = match ? state.artifacts.find((a) => String(a.id) === match[1]) : undefined
    const xml = (status: number, code: string) => {
      entry.status = status
      send(response, status, { 'content-type': 'application/xml' }, Buffer.from(`<Error><Code>${code}</Code></Error>`))
    }
    if (fault?.status !== undefined) return xml(fault.status, 'InjectedFault')
    if (requestUrl.searchParams.get('sig') !== signature) return xml(403, 'AuthenticationFailed')
    if (!artifact) return xml(404, 'BlobNotFound')
    const fileName = `${artifact.name}.zip`
    const headers = {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename=${fileName.replace(/[^\x20-\x7e]|[";\\]/g, '_')}; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'x-ms-blob-type': 'BlockBlob',
    }
    entry.status = 200
    if ('bytes' in artifact.blob) return send(response, 200, headers, artifact.blob.bytes, fault)
    if (fault?.truncate !== undefined && fault.truncate !== false) {
      return send(response, 200, headers, readFileSync(artifact.blob.file), fault)
    }
    response.writeHead(200, { ...headers, 'content-length': String(artifact.blob.size) })
    createReadStream(artifact.blob.file).pipe(response)
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const method = (request.method ?? 'GET').toUpperCase()
    const requestUrl = new URL(request.url ?? '/', url)
    const isApi = !requestUrl.pathname.startsWith('/_blob/')
    const entry: RequestLogEntry = {
      method,
      path: requestUrl.pathname,
      query: Object.fromEntries(requestUrl.searchParams),
      status: 0,
      isApi,
      route: undefined,
      faulted: false,
      startedAt: Date.now(),
      durationMs: 0,
    }
    requests.push(entry)
    const kind = isApi ? 'api' : 'blob'
    peak[kind] = Math.max(peak[kind], ++inFlight[kind])
    response.on('close', () => {
      inFlight[kind]--
      entry.durationMs = Date.now() - entry.startedAt
    })
    const fault = takeFault(faults, method, requestUrl.pathname)
    entry.faulted = fault !== undefined
    const crowded = isApi ? secondary.concurrencyBreach(inFlight.api) : undefined
    if (!isApi) return serveBlob(response, requestUrl, entry, fault)

    const bodyText = await readBody(request)
    await sleep(apiLatencyMs + (fault?.delayMs ?? 0))
    const matched = matchRoute(routes, method, requestUrl.pathname)
    entry.route = matched.route?.pattern
    const resource = matched.route?.resource ?? 'core'
    const bucket = buckets[resource]
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    }
    const answer = (result: RouteResult, fault?: FaultRule) => {
      entry.status = result.status
      const body = result.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(result.json))
      const allHeaders = { ...headers, ...rateHeaders(resource), ...(result.headers ?? {}) }
      if (result.json === undefined) delete allHeaders['content-type']
      send(response, result.status, allHeaders, body, fault)
    }

    if (bucket && !spend(bucket)) {
      return answer(
        apiError(
          403,
          `API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID ${headers['x-github-request-id']}.`,
        ),
      )
    }
    const breach = crowded ?? secondary.writeBreach(method)
    if (breach) {
      const result = apiError(
        403,
        `You have exceeded a secondary rate limit (${breach}). Please wait a few minutes before you try again.`,
      )
      result.headers = { 'retry-after': String(secondary.retryAfter) }
      return answer(result)
    }
    if (fault?.status !== undefined) {
      const result = apiError(fault.status, fault.message ?? defaultFaultMessage(fault.status))
      if (fault.retryAfter !== undefined) result.headers = { 'retry-after': String(fault.retryAfter) }
      return answer(result)
    }
    if (options.token !== undefined) {
      const auth = request.headers.authorization ?? ''
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
        return answer(apiError(401, 'Bad credentials'))
      }
    }
    if (!matched.route) return answer(apiError(404, 'Not Found'))
    let body: unknown
    if (bodyText.trim() !== '') {
      try {
        body = JSON.parse(bodyText)
      } catch {
        return answer(apiError(400, 'Problems parsing JSON'))
      }
    }
    const result = await matched.route.handle({
      state,
      urls,
      method,
      url: requestUrl,
      params: matched.params,
      body,
      now,
      blobUrl,
    })
    answer(result, fault)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A bug in the fake itself: answer 500 with the reason rather than hang the client.
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ message: `Fake GitHub failed: ${String(error)}` }))
      } else response.destroy()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  urls.api = url

  function workflowFor(nameOrPath: string): FakeWorkflow {
    const found = state.workflows.find(
      (w) => w.name === nameOrPath || w.path === nameOrPath || w.path.split('/').pop() === nameOrPath,
    )
    return found ?? gh.addWorkflow(nameOrPath)
  }

  function storeArtifact(runId: number, name: string, blob: BlobSource, opts: AddArtifactOptions): FakeArtifact {
    const run = state.runs.find((r) => r.id === runId)
    if (!run) throw new Error(`addArtifact: no run ${runId} in the fake repository`)
    if (opts.truncate !== undefined && opts.truncate !== false) {
      const bytes = 'bytes' in blob ? blob.bytes : readFileSync(blob.file)
      const keep = opts.truncate === true ? Math.floor(bytes.length / 2) : Math.min(opts.truncate, bytes.length)
      blob = { bytes: Buffer.from(bytes.subarray(0, keep)) }
    }
    const createdAt = isoSeconds(opts.createdAt ?? run.updatedAt)
    const id = opts.id ?? state.nextId.artifact++
    if (state.artifacts.some((a) => a.id === id)) throw new Error(`addArtifact: artifact id ${id} already exists`)
    const artifact: FakeArtifact = {
      id,
      runId,
      name,
      sizeInBytes: 'bytes' in blob ? blob.bytes.length : blob.size,
      digest: opts.digestOverride === undefined ? digestOf(blob) : opts.digestOverride,
      expired: opts.expired ?? false,
      createdAt,
      expiresAt: isoSeconds(opts.expiresAt ?? new Date(Date.parse(createdAt) + 90 * 86_400_000)),
      blob,
    }
    state.artifacts.push(artifact)
    return artifact
  }

  const gh: FakeGitHub = {
    get url() {
      return url
    },
    owner,
    repo,
    state,
    get workflows() {
      return state.workflows
    },
    get runs() {
      return state.runs
    },
    get artifacts() {
      return state.artifacts
    },
    get issues() {
      return state.issues
    },
    get labels() {
      return state.labels
    },
    requests,
    apiRequestCount: () => requests.filter((entry) => entry.isApi).length,
    clearRequests: () => {
      requests.splice(0)
      peak.api = inFlight.api
      peak.blob = inFlight.blob
    },
    stats: () => ({
      apiRequests: requests.filter((entry) => entry.isApi).length,
      blobRequests: requests.filter((entry) => !entry.isApi).length,
      peakApiConcurrency: peak.api,
      peakBlobConcurrency: peak.blob,
    }),
    rateLimit: core,
    setRateLimit(change) {
      if (change.limit !== undefined) core.limit = change.limit
      if (change.remaining !== undefined) core.remaining = change.remaining
      if (change.resetAt !== undefined) core.reset = Math.floor(change.resetAt.getTime() / 1000)
      core.used = Math.max(0, core.limit - core.remaining)
    },
    setLatency(change) {
      if (change.apiMs !== undefined) apiLatencyMs = change.apiMs
      if (change.blobMs !== undefined) blobLatencyMs = change.blobMs
    },
    setNow(clock) {
      now = clock
    },
    addWorkflow(name, path, opts = {}) {
      const workflow: FakeWorkflow = {
        id: opts.id ?? state.nextId.workflow++,
        name,
        path: path ?? `.github/workflows/${slug(name)}.lock.yml`,
        state: opts.state ?? 'active',
        createdAt: '2025-06-01T00:00:00Z',
      }
      state.workflows.push(workflow)
      return workflow
    },
    addRun(spec) {
      const workflow = workflowFor(spec.workflow)
      const createdAt = isoSeconds(spec.createdAt)
      const conclusion = spec.conclusion === undefined ? 'success' : spec.conclusion
      const id = spec.id ?? state.nextId.run++
      if (state.runs.some((r) => r.id === id)) throw new Error(`addRun: run id ${id} already exists`)
      const runNumber = spec.runNumber ?? state.runs.filter((r) => r.workflowId === workflow.id).length + 1
      const run: FakeRun = {
        id,
        workflowId: workflow.id,
        name: workflow.name,
        path: workflow.path,
        displayTitle: spec.displayTitle ?? workflow.name,
        runNumber,
        runAttempt: spec.runAttempt ?? 1,
        event: spec.event ?? 'schedule',
        status: spec.status ?? (conclusion === null ? 'in_progress' : 'completed'),
        conclusion,
        headBranch: spec.headBranch === undefined ? 'main' : spec.headBranch,
        headSha: spec.headSha ?? createHash('sha1').update(String(id)).digest('hex'),
        actor: spec.actor ?? 'octocat',
        createdAt,
        updatedAt: isoSeconds(spec.updatedAt ?? new Date(Date.parse(createdAt) + 5 * 60_000)),
      }
      state.runs.push(run)
      return run
    },
    async addArtifact(runId, name, content, opts = {}) {
      if ('files' in content) return storeArtifact(runId, name, { bytes: await zipFromFiles(content.files) }, opts)
      if ('zip' in content) return storeArtifact(runId, name, { bytes: content.zip }, opts)
      return storeArtifact(runId, name, { file: content.zipFile, size: statSync(content.zipFile).size }, opts)
    },
    addArtifactZip(runId, name, zip, opts = {}) {
      if (Buffer.isBuffer(zip)) return storeArtifact(runId, name, { bytes: zip }, opts)
      return storeArtifact(runId, name, { file: zip.zipFile, size: statSync(zip.zipFile).size }, opts)
    },
    addLabel(name, color = 'ededed', description = null) {
      return ensureLabel(state, name, color, description)
    },
    addIssue(spec) {
      const createdAt = isoSeconds(spec.createdAt ?? now())
      const closed = spec.state === 'closed'
      const issue: FakeIssue = {
        id: 1_000_000_000 + state.nextId.issue,
        number: state.nextId.issue++,
        title: spec.title,
        body: spec.body ?? null,
        state: closed ? 'closed' : 'open',
        stateReason: spec.stateReason ?? (closed ? 'completed' : null),
        labels: (spec.labels ?? []).map((label) => ensureLabel(state, label).name),
        user: spec.user ?? state.actor,
        comments: [],
        createdAt,
        updatedAt: createdAt,
        closedAt: closed ? isoSeconds(spec.closedAt ?? createdAt) : null,
        closedBy: closed ? (spec.user ?? state.actor) : null,
      }
      state.issues.push(issue)
      for (const body of spec.comments ?? []) gh.addComment(issue.number, body)
      return issue
    },
    addComment(issueNumber, body, user) {
      const issue = state.issues.find((i) => i.number === issueNumber)
      if (!issue) throw new Error(`addComment: no issue #${issueNumber} in the fake repository`)
      const at = isoSeconds(now())
      const comment: FakeComment = {
        id: state.nextId.comment++,
        issueNumber,
        body,
        user: user ?? state.actor,
        createdAt: at,
        updatedAt: at,
      }
      issue.comments.push(comment)
      return comment
    },
    inject(spec) {
      const rule: FaultRule = { ...spec, hits: 0 }
      faults.push(rule)
      return rule
    },
    clearFaults: () => void faults.splice(0),
    actionEnv(opts = {}) {
      return {
        GITHUB_API_URL: url,
        GITHUB_SERVER_URL: webUrl,
        GITHUB_GRAPHQL_URL: `${url}/graphql`,
        GITHUB_REPOSITORY: `${owner}/${repo}`,
        GITHUB_REPOSITORY_OWNER: owner,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: opts.eventName ?? 'schedule',
        GITHUB_RUN_ID: String(opts.runId ?? 1),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_RUN_NUMBER: '1',
        GITHUB_WORKFLOW: opts.workflow ?? 'Token usage report',
        GITHUB_ACTOR: 'github-actions[bot]',
        GITHUB_SHA: '0'.repeat(40),
        GITHUB_REF: 'refs/heads/main',
        // A proxy configured on the host must not divert requests meant for the fake server.
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        ...(opts.token === undefined ? {} : { GITHUB_TOKEN: opts.token }),
      }
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
  return gh
}
