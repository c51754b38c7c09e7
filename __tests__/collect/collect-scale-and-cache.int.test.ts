// 500 runs: at most 1.1 API requests per analysed run (counted by the fake server; blob fetches are not API
// requests), and a second collection with the cache restored downloads nothing.
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jest } from '@jest/globals'
import { zipFromFiles } from '../support/fake-github/index.js'
import { flatPriceBook, jsonl, records, startCollectorHarness, type CollectorHarness } from './collector-harness.js'

jest.setTimeout(60_000)

const RUNS = 500
let h: CollectorHarness
let cacheDir: string
const perRun = records('anthropic', 'claude-sonnet-4-6', 4)

beforeAll(async () => {
  h = await startCollectorHarness()
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'collect-cache-test-'))
  const zip = await zipFromFiles({ 'agent/token_usage.jsonl': jsonl(perRun) })
  const start = Date.now() - 23 * 3_600_000
  for (let i = 0; i < RUNS; i++) {
    const run = h.gh.addRun({
      workflow: i % 3 === 0 ? 'Nightly Fixer' : 'Daily Planner',
      createdAt: new Date(start + i * 150_000),
    })
    h.gh.addArtifactZip(run.id, 'usage', zip)
  }
})

afterAll(async () => {
  await h?.close()
  await rm(cacheDir, { recursive: true, force: true })
})

test('500 runs cost at most 1.1 API requests per analysed run; a second collection downloads nothing', async () => {
  const options = { since: '24h', summarise: { priceBook: flatPriceBook }, logger: h.logger, concurrency: 8 }
  const cache = () => new h.caches.DirectorySummaryCache(cacheDir, 'fingerprint-a', h.logger)

  // Each zip answer held a little, so that downloads running side by side overlap at the server.
  h.gh.setLatency({ blobMs: 20 })
  const first = await h.collect.collectRuns(h.client(), cache(), options)
  h.gh.setLatency({ blobMs: 0 })
  const api = h.gh.requests.filter((entry) => entry.isApi)
  const blobs = h.gh.requests.filter((entry) => !entry.isApi)
  expect(first.stateCounts.analysed).toBe(RUNS)
  expect(first.runs.every((summary) => summary.models[0]?.requests === perRun.length)).toBe(true)
  expect(blobs).toHaveLength(RUNS)
  expect(api.length / first.stateCounts.analysed).toBeLessThanOrEqual(1.1)
  // 5 pages of runs, 5 of `usage` artifacts, one (empty) page for each other name, 500 redirects to the zips.
  expect(api).toHaveLength(5 + 5 + 3 + RUNS)
  expect(first.downloaded).toBe(RUNS)
  // Speed is the benchmark's to measure (npm run bench:collect); here, that the downloads ran side by side.
  const peak = h.gh.stats().peakBlobConcurrency
  expect(peak).toBeGreaterThan(1)
  expect(peak).toBeLessThanOrEqual(8)

  h.gh.clearRequests()
  const second = await h.collect.collectRuns(h.client(), cache(), options)
  expect(second.fromCache).toBe(RUNS)
  expect(second.downloaded).toBe(0)
  expect(h.gh.requests.filter((entry) => !entry.isApi)).toHaveLength(0)
  expect(h.gh.requests.filter((entry) => /\/zip$/.test(entry.path))).toHaveLength(0)
  // Only the runs listing: every run is known, so not even the artifact listings are needed.
  expect(h.gh.requests.map((entry) => entry.route)).toEqual(Array(5).fill('/repos/:owner/:repo/actions/runs'))
  expect(second.runs.map((s) => [s.runId, s.state, s.models[0]?.costUsd])).toEqual(
    first.runs.map((s) => [s.runId, s.state, s.models[0]?.costUsd]),
  )

  // Summaries made under other settings (another fingerprint) are not used.
  h.gh.clearRequests()
  const other = await h.collect.collectRuns(
    h.client(),
    new h.caches.DirectorySummaryCache(cacheDir, 'fingerprint-b', h.logger),
    options,
  )
  expect(other.fromCache).toBe(0)
  expect(other.downloaded).toBe(RUNS)
})
