// A fake GitHub REST API on 127.0.0.1 for tests, benchmarks and the demo. The real Octokit and the real
// @actions/artifact talk to it through GITHUB_API_URL. No jest imports here: scripts import this file too.
import { randomBytes } from 'node:crypto'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { actionsRoutes } from './actions-routes.js'
import type { FakeGitHub, FakeGitHubOptions, RequestLogEntry } from './fake-github-types.js'
import { defaultFaultMessage, takeFault, type FaultRule } from './faults.js'
import type { ShapeUrls } from './github-shapes.js'
import { readBody, send, sleep } from './http-answers.js'
import { stallAnswer } from './stall.js'
import { actorOf, identityRoutes } from './identities.js'
import { ensureLabel, issueRoutes } from './issue-routes.js'
import { newBucket, rateLimitHeaders, SecondaryLimits, spend, type RateLimitBucket } from './rate-limits.js'
import { GITHUB_ACTIONS_BOT, newRepositoryState, type FakeArtifact } from './repository-state.js'
import { pullRequestRoutes } from './pull-request-routes.js'
import { repositoryRoutes } from './repository-routes.js'
import { Organisation, repositoryHandle, tokenOfHeader } from './organisation.js'
import { apiError, compileRoutes, matchRoute, type RouteResult } from './route-table.js'
import { addArtifact, addComment, addIssue, addRun, addWorkflow } from './seed-records.js'
import { zipFromFiles } from './zip-archive.js'

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'agent-repo'
  const webUrl = options.webUrl ?? 'http://github.localhost'
  const state = newRepositoryState(owner, repo, options.actor ?? GITHUB_ACTIONS_BOT)
  for (const [token, user] of Object.entries(options.identities ?? {})) state.identities.set(token, user)
  state.listingLag.ms = options.issueListingLagMs ?? 0
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

  let url = ''
  const urls: ShapeUrls = { api: '', web: webUrl }
  const organisation = new Organisation(state)
  const routes = compileRoutes([
    ...actionsRoutes,
    ...issueRoutes,
    ...identityRoutes,
    ...pullRequestRoutes,
    ...repositoryRoutes(() => buckets),
    ...organisation.routes(() => urls),
  ])
  const blobUrl = (artifact: FakeArtifact) =>
    `${url}/_blob/${artifact.id}/${encodeURIComponent(artifact.name)}?sig=${signature}`

  /** The bucket a request spends from: the token's own `core` bucket when it has one (organisation.ts). */
  function bucketFor(resource: string, token: string | undefined): RateLimitBucket | undefined {
    return resource === 'core' ? (organisation.bucketOf(token) ?? core) : buckets[resource]
  }

  function rateHeaders(resource: string, token: string | undefined): Record<string, string> {
    return rateLimitHeaders(bucketFor(resource, token) ?? core, resource === 'none' ? 'core' : resource)
  }

  async function serveBlob(
    response: ServerResponse,
    requestUrl: URL,
    entry: RequestLogEntry,
    fault: FaultRule | undefined,
  ) {
    await sleep(blobLatencyMs + (fault?.delayMs ?? 0))
    const match = /^\/_blob\/(\d+)\/[^/]+$/.exec(requestUrl.pathname)
    const artifact = match ? organisation.findArtifact(match[1]!) : undefined
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
    if (fault?.stall) {
      const body = 'bytes' in artifact.blob ? artifact.blob.bytes : readFileSync(artifact.blob.file)
      return stallAnswer(response, fault.stall, { status: 200, headers: { ...headers }, body })
    }
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
    const token = tokenOfHeader(request.headers.authorization)
    const bucket = resource === 'none' ? undefined : bucketFor(resource, token)
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    }
    const answer = (result: RouteResult, fault?: FaultRule) => {
      entry.status = result.status
      const body = result.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(result.json))
      const allHeaders = { ...headers, ...rateHeaders(resource, token), ...(result.headers ?? {}) }
      if (result.json === undefined) delete allHeaders['content-type']
      if (fault?.stall) return stallAnswer(response, fault.stall, { status: result.status, headers: allHeaders, body })
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
    const breach = crowded ?? secondary.writeBreach(method, now().getTime())
    if (breach) {
      const result = apiError(
        403,
        `You have exceeded a secondary rate limit (${breach}). Please wait a few minutes before you try again.`,
      )
      result.headers = { 'retry-after': String(secondary.retryAfter) }
      return answer(result)
    }
    const faultAnswer = (rule: FaultRule & { status: number }) => {
      const result = apiError(rule.status, rule.message ?? defaultFaultMessage(rule.status))
      if (rule.retryAfter !== undefined) result.headers = { 'retry-after': String(rule.retryAfter) }
      return answer(result)
    }
    if (fault?.body !== undefined) {
      entry.status = fault.status ?? 200
      return send(response, entry.status, { ...headers, ...rateHeaders(resource, token) }, Buffer.from(fault.body))
    }
    if (fault?.status !== undefined && !fault.afterEffect) return faultAnswer({ ...fault, status: fault.status })
    if (options.token !== undefined) {
      const auth = request.headers.authorization ?? ''
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
        return answer(apiError(401, 'Bad credentials'))
      }
    }
    if (!matched.route) return answer(apiError(404, 'Not Found'))
    const routeState = organisation.stateFor(matched.params, token)
    if (!routeState) return answer(apiError(404, 'Not Found'))
    let body: unknown
    if (bodyText.trim() !== '') {
      try {
        body = JSON.parse(bodyText)
      } catch {
        return answer(apiError(400, 'Problems parsing JSON'))
      }
    }
    const result = await matched.route.handle({
      state: routeState,
      ...(token === undefined ? {} : { token }),
      urls,
      method,
      url: requestUrl,
      params: matched.params,
      body,
      now,
      actor: actorOf(state, request.headers.authorization),
      blobUrl,
    })
    if (fault?.status !== undefined && fault.afterEffect) return faultAnswer({ ...fault, status: fault.status })
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
  if (options.keepAliveTimeoutMs !== undefined) server.keepAliveTimeout = options.keepAliveTimeoutMs
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  urls.api = url

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
    addRepository(fullName, opts) {
      const [owner, repo] = fullName.split('/')
      return repositoryHandle(organisation.addRepository(owner!, repo!, opts), now)
    },
    setToken: (token, spec) => organisation.setToken(token, spec),
    addWorkflow: (name, path, opts) => addWorkflow(state, name, path, opts),
    addRun: (spec) => addRun(state, spec),
    async addArtifact(runId, name, content, opts = {}) {
      if ('files' in content) return addArtifact(state, runId, name, { bytes: await zipFromFiles(content.files) }, opts)
      if ('zip' in content) return addArtifact(state, runId, name, { bytes: content.zip }, opts)
      return addArtifact(state, runId, name, { file: content.zipFile, size: statSync(content.zipFile).size }, opts)
    },
    addArtifactZip(runId, name, zip, opts = {}) {
      if (Buffer.isBuffer(zip)) return addArtifact(state, runId, name, { bytes: zip }, opts)
      return addArtifact(state, runId, name, { file: zip.zipFile, size: statSync(zip.zipFile).size }, opts)
    },
    addLabel: (name, color = 'ededed', description = null) => ensureLabel(state, name, color, description),
    addIssue: (spec) => addIssue(state, spec, now()),
    addComment: (issueNumber, body, user) => addComment(state, issueNumber, body, now(), user),
    addIdentity: (token, user) => void state.identities.set(token, user),
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
