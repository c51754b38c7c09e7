// The Octokit-based client against the fake server: split windows over the 1,000-result cap, artifact listings
// that stop at the window, retries of transient failures, and rate limits that are not waited out for an hour.
import * as os from 'node:os'
import { jest } from '@jest/globals'
import { startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'

jest.setTimeout(60_000)

const DAY = 86_400_000
let h: CollectorHarness
const now = Date.now()

beforeAll(async () => {
  h = await startCollectorHarness()
  // 2,600 runs over 5 days, more than twice the cap of one listing.
  for (let i = 0; i < 2600; i++) {
    h.gh.addRun({
      workflow: i % 2 ? 'Daily Planner' : 'Copilot Triage',
      createdAt: new Date(now - 5 * DAY + i * 166_000),
    })
  }
})

afterAll(async () => {
  await h?.close()
})

beforeEach(() => {
  h.gh.clearRequests()
  h.gh.clearFaults()
})

test('a window over 1,000 runs is split so that every run is listed once', async () => {
  const runs = await h.client().listRuns({ since: new Date(now - 6 * DAY), until: new Date(now) })
  const expectedIds = h.gh.runs.map((run) => run.id).sort((a, b) => a - b)
  expect(runs.map((run) => run.id).sort((a, b) => a - b)).toEqual(expectedIds)
  expect(new Set(runs.map((run) => run.id)).size).toBe(runs.length)
  // Oldest first, with local fields filled from GitHub's shape.
  expect(Date.parse(runs[0].createdAt)).toBeLessThan(Date.parse(runs[runs.length - 1].createdAt))
  expect(runs[0]).toMatchObject({ workflowName: 'Copilot Triage', conclusion: 'success', attempt: 1, branch: 'main' })
  expect(runs[0].workflowPath).toMatch(/^\.github\/workflows\/.+\.ya?ml$/)
  // Pages of 100 plus one first page per split: far fewer than one request per run.
  expect(h.gh.apiRequestCount()).toBeLessThan(2600 / 100 + 12)
  const created = h.gh.requests.map((entry) => entry.query.created)
  expect(
    created.every((value) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\.\.\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(value)),
  ).toBe(true)
})

test('a small window is one listing', async () => {
  const runs = await h.client().listRuns({ since: new Date(now - DAY / 2), until: new Date(now) })
  const expected = h.gh.runs.filter((run) => Date.parse(run.createdAt) >= now - DAY / 2 - 1000).length
  expect(runs.length).toBe(expected)
  expect(h.gh.apiRequestCount()).toBe(Math.ceil(expected / 100))
})

test('the artifact listing stops at the first page older than the window', async () => {
  const recent = h.gh.runs.slice(-150)
  const older = h.gh.runs.slice(0, 400)
  for (const run of [...older, ...recent]) {
    h.gh.addArtifactZip(run.id, 'usage', Buffer.from('zip'), { createdAt: run.updatedAt })
  }
  h.gh.clearRequests()
  const since = new Date(Date.parse(recent[0].createdAt))
  const artifacts = await h.client().listArtifacts('usage', { createdAfter: since })
  const recentIds = new Set(recent.map((run) => run.id))
  expect(artifacts.filter((artifact) => recentIds.has(artifact.runId))).toHaveLength(150)
  // 550 artifacts newest first: pages 1–2 hold the 150 recent ones, page 3 is all older, and the listing stops.
  expect(h.gh.apiRequestCount()).toBe(3)
  expect(artifacts[0]).toMatchObject({ name: 'usage', expired: false, sizeInBytes: 3 })
  expect(artifacts[0].digest).toMatch(/^sha256:[0-9a-f]{64}$/)
})

test('transient 500/502/429 answers are retried; the budget follows the x-ratelimit headers', async () => {
  h.gh.inject({ path: '/repos/*/*/actions/runs', status: 500 })
  h.gh.inject({ path: '/repos/*/*/actions/runs', status: 502 })
  h.gh.inject({ path: '/repos/*/*/actions/runs', status: 429, retryAfter: 1 })
  const client = h.client()
  const runs = await client.listRuns({ since: new Date(now - DAY / 4), until: new Date(now) })
  expect(runs.length).toBeGreaterThan(0)
  expect(h.gh.requests.map((entry) => entry.status)).toEqual([
    500,
    502,
    429,
    ...Array(h.gh.apiRequestCount() - 3).fill(200),
  ])
  const budget = client.apiBudget()
  expect(budget.remaining).toBe(h.gh.rateLimit.remaining)
  expect(budget.limit).toBe(h.gh.rateLimit.limit)
  expect(budget.requests).toBe(h.gh.apiRequestCount())
})

test('an exhausted budget that resets in an hour fails at once instead of sleeping', async () => {
  h.gh.setRateLimit({ remaining: 0, resetAt: new Date(Date.now() + 3_600_000) })
  const started = Date.now()
  try {
    await expect(h.client().listRuns({ since: new Date(now - DAY), until: new Date(now) })).rejects.toMatchObject({
      status: 403,
    })
  } finally {
    h.gh.setRateLimit({ remaining: 5000 })
  }
  expect(Date.now() - started).toBeLessThan(2000)
  expect(h.gh.apiRequestCount()).toBe(1)
})

test('a 404 is not retried', async () => {
  const client = (await import('../../src/github/octokit-client.js')).createOctokit('test-token', {
    baseUrl: h.gh.url,
    retryBaseMs: 5,
  })
  await expect(
    client.rest.actions.getWorkflowRun({ owner: h.gh.owner, repo: h.gh.repo, run_id: 1 }),
  ).rejects.toMatchObject({ status: 404 })
  expect(h.gh.apiRequestCount()).toBe(1)
})

test('a download through a baseUrl other than the one @actions/artifact uses is refused; listing is not', async () => {
  // @actions/artifact's Octokit fixed its URL from GITHUB_API_URL when @actions/github loaded. The client is made
  // (its listings say first when their server cannot be reached), and its downloads are refused.
  const { createGitHubClient } = await import('../../src/github/github-client.js')
  expect(() => createGitHubClient({ token: 't', owner: 'o', repo: 'r', baseUrl: 'http://127.0.0.1:1' })).not.toThrow()
  expect(() => createGitHubClient({ token: 't', owner: 'o', repo: 'r', baseUrl: `${h.gh.url}/` })).not.toThrow()
  const other = createGitHubClient({ token: 't', owner: 'o', repo: 'r', baseUrl: 'http://127.0.0.1:1' })
  const artifact = { id: 1, name: 'usage', runId: 1, expired: false, sizeInBytes: 1 }
  const downloads = () => h.gh.requests.filter((r) => /\/_blob\/|\/zip$/.test(r.path)).length
  const before = downloads()
  await expect(other.downloadArtifact(artifact, os.tmpdir())).rejects.toThrow(
    /'http:\/\/127.0.0.1:1' differs from 'http:\/\/127.0.0.1:\d+', which artifact downloads use/,
  )
  expect(downloads()).toBe(before)
})

test("downloads keep @actions/artifact's per-download lines out of the log, and nothing else", async () => {
  const run = h.gh.addRun({ workflow: 'Daily Planner', createdAt: new Date(now - 1000) })
  const stored = await h.gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': '{}\n' } })
  const artifact = {
    id: stored.id,
    name: 'usage',
    runId: run.id,
    expired: false,
    sizeInBytes: stored.sizeInBytes,
    digest: stored.digest ?? undefined,
  }
  const { mkdtemp } = await import('node:fs/promises')
  const os = await import('node:os')
  const path = await import('node:path')
  const written: string[] = []
  const previous = process.stdout.write
  const recorder = ((chunk: unknown) => {
    written.push(String(chunk))
    return true
  }) as typeof process.stdout.write
  process.stdout.write = recorder
  try {
    const download = h.client().downloadArtifact(artifact, await mkdtemp(path.join(os.tmpdir(), 'quiet-')))
    process.stdout.write('our own progress line\n')
    await download
    expect(process.stdout.write).toBe(recorder)
  } finally {
    process.stdout.write = previous
  }
  expect(written).toContain('our own progress line\n')
  expect(written.filter((line) => /SHA256 digest|Downloading artifact|Artifact download completed/.test(line))).toEqual(
    [],
  )
})
