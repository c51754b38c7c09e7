import { compareSides } from '../../../src/analysis/compare/side-comparison.js'
import { runSummary, SONNET } from '../run-summary-builders.js'

const run = (id: string, requests: number, input: number, price?: typeof SONNET) =>
  runSummary('wf', id, [
    { model: 'claude-sonnet-4.6', requests, input, output: 100, cacheRead: 900, ...(price ? { price } : {}) },
  ])

const metric = (c: ReturnType<typeof compareSides>, id: string) => c.metrics.find((m) => m.metric === id)!

test('runs without usage are found but not compared; per-run values are means over runs with usage', () => {
  const empty = runSummary('wf', 'e', [], { state: 'no-token-file' })
  const c = compareSides(
    { label: 'A', runs: [run('a1', 2, 100, SONNET), run('a2', 4, 300, SONNET), empty] },
    { label: 'B', runs: [run('b1', 3, 100, SONNET)] },
  )
  expect(c.a.runsFound).toBe(3)
  expect(metric(c, 'runs')).toMatchObject({ a: 2, b: 1, change: -1, relative: -0.5 })
  expect(metric(c, 'requestsPerRun')).toMatchObject({ a: 3, b: 3, change: 0, relative: 0 })
  // (100 + 100 + 900) + (300 + 100 + 900) over 2 runs, against 1,100.
  expect(metric(c, 'tokensPerRun')).toMatchObject({ a: 1200, b: 1100 })
  // Rates change in points, with no relative change.
  expect(metric(c, 'cacheHitRate').change).toBeCloseTo(900 / 1000 - 1800 / 2200, 12)
  expect(metric(c, 'cacheHitRate').relative).toBeNull()
  expect(metric(c, 'costPerRunUsd').significance).toMatchObject({ verdict: 'too-few-runs', runs: { a: 2, b: 1 } })
  expect(c.drivers!.drivers.reduce((s, d) => s + d.contribution, 0)).toBeCloseTo(c.drivers!.change, 12)
})

test('a side whose every request lacks a price has no cost (null, not 0) and no drivers', () => {
  const c = compareSides({ label: 'A', runs: [run('a', 2, 100, SONNET)] }, { label: 'B', runs: [run('b', 2, 100)] })
  expect(c.b.unpricedRequests).toBe(2)
  expect(metric(c, 'costUsd')).toMatchObject({ b: null, change: null, relative: null })
  expect(metric(c, 'costPerRunUsd').b).toBeNull()
  expect(c.drivers).toBeNull()
})

test('an empty side: nothing to compare, no drivers', () => {
  const c = compareSides({ label: 'A', runs: [] }, { label: 'B', runs: [run('b', 2, 100, SONNET)] })
  expect(metric(c, 'runs')).toMatchObject({ a: 0, b: 1, change: 1, relative: null })
  expect(metric(c, 'tokensPerRun')).toMatchObject({ a: null, change: null })
  expect(c.drivers).toBeNull()
})

test('a totals-only run (agent_usage.json) counts as in report: runs, tokens, cost, credits; not requests per run', () => {
  // Its rows carry totals but no request count (requests 0), and the recorded credits.
  const totals = runSummary(
    'wf',
    't',
    [{ model: 'claude-sonnet-4.6', requests: 0, input: 5000, output: 2000, cacheRead: 40_000, price: SONNET }],
    { state: 'analysed-totals' },
  )
  totals.models[0]!.aiCredits = 12.5
  const perRequest = run('b1', 4, 300, SONNET)
  const c = compareSides({ label: 'A', runs: [run('a1', 2, 100, SONNET)] }, { label: 'B', runs: [perRequest, totals] })
  const costOf = (input: number, output: number, cacheRead: number) =>
    (input * SONNET[0] + output * SONNET[1] + cacheRead * SONNET[2]) / 1e6
  const totalsTokens = 5000 + 2000 + 40_000
  const perRequestTokens = 300 + 100 + 900
  const totalsCost = costOf(5000, 2000, 40_000)
  const perRequestCost = costOf(300, 100, 900)
  expect(metric(c, 'runs').b).toBe(2)
  expect(metric(c, 'requests').b).toBe(4)
  expect(metric(c, 'totalTokens').b).toBe(totalsTokens + perRequestTokens)
  expect(metric(c, 'costUsd').b).toBeCloseTo(totalsCost + perRequestCost, 12)
  expect(metric(c, 'tokensPerRun').b).toBeCloseTo((totalsTokens + perRequestTokens) / 2, 9)
  expect(metric(c, 'costPerRunUsd').b).toBeCloseTo((totalsCost + perRequestCost) / 2, 12)
  // Requests per run over the runs that counted theirs: 4 requests in the one per-request run.
  expect(metric(c, 'requestsPerRun').b).toBe(4)
  expect(metric(c, 'requestsPerRun').significance!.runs.b).toBe(1)
  expect(metric(c, 'costPerRunUsd').significance!.runs.b).toBe(2)
  expect(c.b.models.find((m) => m.model === 'claude-sonnet-4.6')!.aiCredits).toBe(12.5)
  expect(c.drivers).not.toBeNull()
})

test('a side of an unpriced totals-only run has no cost (null, not 0)', () => {
  const totals = runSummary('wf', 't', [{ model: 'house-model', requests: 0, input: 5000, output: 100 }], {
    state: 'analysed-totals',
  })
  totals.models[0]!.unpricedRuns = 1
  const c = compareSides({ label: 'A', runs: [run('a', 2, 100, SONNET)] }, { label: 'B', runs: [totals] })
  expect(metric(c, 'runs').b).toBe(1)
  expect(metric(c, 'totalTokens').b).toBe(5100)
  expect(metric(c, 'costUsd').b).toBeNull()
  expect(metric(c, 'requestsPerRun').b).toBeNull()
})
