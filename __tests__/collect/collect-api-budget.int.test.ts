// A repository with more runs than the API budget allows: the collection ends early with the rest named as not
// reached, keeps the reserve for the issue operations, and does not fail.
import { jest } from '@jest/globals'
import { NullSummaryCache } from '../../src/collect/summary-cache.js'
import { zipFromFiles } from '../support/fake-github/index.js'
import { flatPriceBook, jsonl, records, startCollectorHarness, type CollectorHarness } from './collector-harness.js'

jest.setTimeout(60_000)

const RUNS = 100
const RESERVE = 50
let h: CollectorHarness

beforeAll(async () => {
  // 130 requests left: a few listings, then about 75 downloads before only the reserve is left.
  h = await startCollectorHarness({ rateLimit: { limit: 1000, remaining: 130 } })
  const zip = await zipFromFiles({ 'agent/token_usage.jsonl': jsonl(records('copilot', 'gpt-5', 2)) })
  for (let i = 0; i < RUNS; i++) {
    const run = h.gh.addRun({ workflow: 'Daily Planner', createdAt: new Date(Date.now() - (i + 1) * 60_000) })
    h.gh.addArtifactZip(run.id, 'usage', zip)
  }
})

afterAll(async () => {
  await h?.close()
})

test('runs beyond the budget end as not reached, with the reason, and the reserve is kept', async () => {
  const result = await h.collect.collectRuns(h.client(), new NullSummaryCache(), {
    since: '24h',
    apiReserve: RESERVE,
    summarise: { priceBook: flatPriceBook },
    logger: h.logger,
  })
  const notReached = result.runs.filter((summary) => summary.state === 'not-reached')
  const analysed = result.runs.filter((summary) => summary.state === 'analysed')
  expect(result.runs).toHaveLength(RUNS)
  expect(analysed.length + notReached.length).toBe(RUNS)
  expect(notReached.length).toBeGreaterThan(0)
  expect(analysed.length).toBeGreaterThan(0)
  for (const summary of notReached) expect(summary.stateDetail).toMatch(/API budget: \d+ requests left until .*50 kept/)
  // The server's own count: what is left is at least the reserve, and nothing was refused.
  expect(h.gh.rateLimit.remaining).toBeGreaterThanOrEqual(RESERVE)
  expect(h.gh.requests.filter((entry) => entry.status === 403)).toHaveLength(0)
  // Every request the server counted was an analysed run's download or a listing: nothing wasted.
  const api = h.gh.requests.filter((entry) => entry.isApi)
  expect(api.filter((entry) => entry.path.endsWith('/zip'))).toHaveLength(analysed.length)
  expect(h.logger.lines.some((line) => line.startsWith('warning: Stopping downloads: API budget'))).toBe(true)
  expect(h.logger.lines.some((line) => line.startsWith(`warning: ${notReached.length} runs not reached`))).toBe(true)
})

test('a rate limit that runs out under the collector (another job spent it) ends as not reached, not a failure', async () => {
  // The server says 200 left, then the budget is gone after the listings: the first downloads get 403s.
  h.gh.setRateLimit({ remaining: 200 })
  h.gh.clearRequests()
  const client = h.client()
  const collect = h.collect.collectRuns(client, new NullSummaryCache(), {
    since: '24h',
    apiReserve: 0,
    concurrency: 2,
    summarise: { priceBook: flatPriceBook },
    logger: h.logger,
    readArtifact: async () => {
      h.gh.setRateLimit({ remaining: 0 })
      return []
    },
  })
  const result = await collect
  const states = new Set(result.runs.map((summary) => summary.state))
  expect(states).toEqual(new Set(['no-token-file', 'not-reached']))
  const notReached = result.runs.filter((summary) => summary.state === 'not-reached')
  expect(notReached.length).toBeGreaterThan(RUNS - 10)
  expect(notReached[0].stateDetail).toMatch(/rate limit|API budget/i)
})
