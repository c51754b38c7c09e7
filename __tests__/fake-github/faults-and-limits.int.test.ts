// Rate-limit headers, the exhausted budget, injected faults and latency, seen through the real Octokit with
// @octokit/plugin-retry and @octokit/plugin-throttling.
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'

type GitHubModule = typeof import('@actions/github')

let gh: FakeGitHub
let github: GitHubModule
const owner = 'octo-org'
const repo = 'agent-repo'

beforeAll(async () => {
  gh = await startFakeGitHub({ rateLimit: { limit: 1000 } })
  process.env.GITHUB_API_URL = gh.url
  github = await import('@actions/github')
  for (let i = 0; i < 5; i++) gh.addRun({ workflow: 'Agent', createdAt: new Date(Date.UTC(2026, 3, 1, i)) })
})

afterAll(() => gh.close())

beforeEach(() => {
  gh.clearRequests()
  gh.clearFaults()
  gh.setRateLimit({ limit: 1000, remaining: 1000 })
  gh.setLatency({ apiMs: 0, blobMs: 0 })
})

/** Octokit as the collector builds it, with waits shortened so the suite stays fast. */
function resilientOctokit(events: string[] = [], doNotRetry?: number[]) {
  return github.getOctokit(
    'fake-token',
    {
      baseUrl: gh.url,
      retry: { retryAfterBaseValue: 1, ...(doNotRetry ? { doNotRetry } : {}) },
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: (retryAfter: number) => {
          events.push(`rate-limit ${retryAfter}`)
          return false
        },
        onSecondaryRateLimit: (retryAfter: number) => {
          events.push(`secondary ${retryAfter}`)
          return true
        },
      },
    },
    retry,
    throttling,
  )
}

const listRuns = (octokit: ReturnType<typeof resilientOctokit>) =>
  octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo })

describe('rate limit', () => {
  it('counts down x-ratelimit-remaining per API request and reports used, reset and resource', async () => {
    const octokit = resilientOctokit()
    const seen: { remaining: number; used: number }[] = []
    for (let i = 0; i < 3; i++) {
      const { headers } = await listRuns(octokit)
      seen.push({ remaining: Number(headers['x-ratelimit-remaining']), used: Number(headers['x-ratelimit-used']) })
      expect(headers['x-ratelimit-limit']).toBe('1000')
      expect(headers['x-ratelimit-resource']).toBe('core')
      expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    }
    expect(seen).toEqual([
      { remaining: 999, used: 1 },
      { remaining: 998, used: 2 },
      { remaining: 997, used: 3 },
    ])
    const { data } = await octokit.rest.rateLimit.get()
    // /rate_limit itself is free, as on GitHub.
    expect(data.resources.core).toMatchObject({ limit: 1000, remaining: 997, used: 3 })
    expect(gh.rateLimit.remaining).toBe(997)
  })

  it('answers 403 "API rate limit exceeded" with remaining 0 once the budget is spent', async () => {
    gh.setRateLimit({ remaining: 2 })
    const events: string[] = []
    const octokit = resilientOctokit(events)
    await listRuns(octokit)
    await listRuns(octokit)
    const error = await listRuns(octokit).catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 403, message: expect.stringContaining('API rate limit exceeded') })
    expect((error as { response: { headers: Record<string, string> } }).response.headers['x-ratelimit-remaining']).toBe(
      '0',
    )
    // plugin-throttling recognised the primary limit and asked; onRateLimit said no.
    expect(events).toHaveLength(1)
    expect(events[0]).toMatch(/^rate-limit \d+$/)
    expect(gh.requests.map((r) => r.status)).toEqual([200, 200, 403])
  })
})

describe('secondary limits and concurrency', () => {
  let strict: FakeGitHub
  // The server's clock, which its write limits read: the test moves it instead of waiting.
  let clock = Date.parse('2026-04-01T06:00:00Z')
  const wait = (ms: number) => void (clock += ms)
  beforeAll(async () => {
    strict = await startFakeGitHub({
      now: () => new Date(clock),
      latencyMs: 50,
      secondaryLimits: { maxConcurrent: 3, minWriteIntervalMs: 200, contentCreationPerMinute: 2 },
    })
  })
  afterAll(() => strict.close())

  const plain = (path: string, init?: RequestInit) => fetch(strict.url + path, init)
  const r = '/repos/octo-org/agent-repo'

  it('refuses the request over the concurrency limit with a secondary-limit 403 and reports the peak', async () => {
    const statuses = await Promise.all(
      [1, 2, 3, 4].map((n) => plain(`${r}/actions/runs?n=${n}`).then((res) => res.status)),
    )
    expect(statuses.sort()).toEqual([200, 200, 200, 403])
    expect(strict.stats()).toMatchObject({ apiRequests: 4, blobRequests: 0, peakApiConcurrency: 4 })
    // The one that arrived while three were in flight is refused, as GitHub refuses the request over the limit.
    const byArrival = strict.requests.map((entry) => entry.status)
    expect(byArrival).toEqual([200, 200, 200, 403])
  })

  it('refuses writes closer than the minimum interval and content creation over the per-minute cap', async () => {
    const post = (title: string) =>
      plain(`${r}/issues`, { method: 'POST', body: JSON.stringify({ title }) }).then(async (res) => ({
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        message: ((await res.json()) as { message: string }).message,
      }))
    expect((await post('a')).status).toBe(201)
    const tooSoon = await post('b')
    expect(tooSoon).toMatchObject({ status: 403, retryAfter: '1' })
    expect(tooSoon.message).toMatch(/secondary rate limit \(a write \d+ ms after the previous one \(minimum 200 ms\)\)/)
    wait(210)
    expect((await post('c')).status).toBe(201)
    wait(210)
    const third = await post('d')
    expect(third.status).toBe(403)
    expect(third.message).toContain('more than 2 content-creating requests in a minute')
    expect(strict.issues.map((issue) => issue.title)).toEqual(['a', 'c'])
  })
})

describe('rate limit reset', () => {
  it('refills the budget once the reset time has passed', async () => {
    gh.setRateLimit({ remaining: 0, resetAt: new Date(Date.now() - 1000) })
    const { headers } = await listRuns(resilientOctokit())
    expect(headers['x-ratelimit-remaining']).toBe('999')
    expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000 + 3500)
  })
})

describe('faults', () => {
  it('a 429 with retry-after is retried by plugin-retry by default (retry-after ignored)', async () => {
    const events: string[] = []
    const rule = gh.inject({ path: '/repos/*/*/actions/runs', status: 429, retryAfter: 2 })
    const { data } = await listRuns(resilientOctokit(events))
    expect(data.total_count).toBe(5)
    // plugin-retry sits inside plugin-throttling and does not list 429 in its doNotRetry: it retries first.
    expect(events).toEqual([])
    expect(rule.hits).toBe(1)
    expect(gh.requests.map((r) => [r.status, r.faulted])).toEqual([
      [429, true],
      [200, false],
    ])
  })

  it('a 429 with retry-after reaches plugin-throttling when 429 is in doNotRetry', async () => {
    const events: string[] = []
    gh.inject({ path: '/repos/*/*/actions/runs', status: 429, retryAfter: 2 })
    const { data } = await listRuns(resilientOctokit(events, [400, 401, 403, 404, 410, 422, 429, 451]))
    expect(data.total_count).toBe(5)
    expect(events).toEqual(['secondary 2'])
    expect(gh.requests.map((r) => r.status)).toEqual([429, 200])
  })

  it('a 403 secondary limit is retried too; 500 and 502 are retried by plugin-retry', async () => {
    const events: string[] = []
    gh.inject({ path: '/repos/**', status: 403, retryAfter: 1 })
    gh.inject({ method: 'GET', path: /\/actions\/runs$/, status: 500, times: 2 })
    gh.inject({ path: '/repos/**', status: 502 })
    const { data } = await listRuns(resilientOctokit(events))
    expect(data.total_count).toBe(5)
    expect(events).toEqual(['secondary 1'])
    expect(gh.requests.map((r) => r.status)).toEqual([403, 500, 500, 502, 200])
  })

  it('gives up after the retries are used when a fault persists', async () => {
    gh.inject({ path: '/repos/**', status: 500, times: Infinity, message: 'boom' })
    await expect(listRuns(resilientOctokit())).rejects.toMatchObject({
      status: 500,
      message: 'boom - https://docs.github.com/rest',
    })
    expect(gh.apiRequestCount()).toBe(4) // the request and plugin-retry's 3 retries
  })

  it('a custom message names a missing permission', async () => {
    gh.inject({
      method: 'POST',
      path: '/repos/*/*/issues',
      status: 403,
      message: 'Resource not accessible by integration',
    })
    await expect(resilientOctokit().rest.issues.create({ owner, repo, title: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    })
    expect(gh.issues).toHaveLength(0)
  })

  it('a truncated JSON body reaches Octokit as data "" with status 200 (callers must check the shape)', async () => {
    gh.inject({ path: '/repos/*/*/actions/runs', truncate: true })
    const response = await listRuns(resilientOctokit()).catch((e: unknown) => e)
    // Octokit swallows the broken body: this documents what a collector must guard against.
    expect(response).toMatchObject({ status: 200, data: '' })
  })

  it('slows down matching requests and all API requests by the global latency', async () => {
    // Behaviour, not the wall clock: the server holds each answer for at least its delay (its own timer), and
    // concurrent requests are held side by side rather than queued (they are all in flight at once).
    gh.inject({ path: '/repos/*/*/actions/runs', delayMs: 150 })
    const octokit = resilientOctokit()
    await listRuns(octokit)
    expect(gh.requests[0]).toMatchObject({ faulted: true, durationMs: expect.any(Number) })
    expect(gh.requests[0]!.durationMs).toBeGreaterThanOrEqual(150)
    gh.setLatency({ apiMs: 80 })
    gh.clearRequests()
    // Plain fetches, as Octokit's throttling queues requests on its own side.
    const list = () => fetch(`${gh.url}/repos/${owner}/${repo}/actions/runs`, { headers: { authorization: 'token t' } })
    await Promise.all([list(), list(), list()])
    // Latency is per request, not a queue: the three were answered concurrently.
    expect(gh.stats().peakApiConcurrency).toBe(3)
    expect(gh.requests).toHaveLength(3)
    expect(gh.requests.every((r) => r.durationMs >= 80)).toBe(true)
  })
})
