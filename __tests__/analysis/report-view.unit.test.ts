import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { pricingOf, reportViewOf } from '../../src/analysis/report-view.js'
import { runSummary, SONNET } from './run-summary-builders.js'

// alpha: one priced run and one run of an unpriced model; beta: priced only; gamma: no data (two states).
const runs = [
  runSummary('alpha', '1', [{ model: 'claude-sonnet-4.6', requests: 4, input: 1000, output: 2000, price: SONNET }], {
    url: 'https://github.com/o/r/actions/runs/1',
  }),
  runSummary('alpha', '2', [{ model: 'mystery', requests: 2, input: 50, output: 50 }]),
  runSummary('beta', '3', [{ model: 'claude-sonnet-4.6', requests: 1, cacheWrite: 100_000, price: SONNET }]),
  runSummary('gamma', '4', [], { state: 'artifact-expired', url: 'https://github.com/o/r/actions/runs/4' }),
  runSummary('gamma', '5', [], { state: 'artifact-expired' }),
  runSummary('gamma', '6', [], { state: 'no-artifact' }),
]
const view = reportViewOf(analyseRuns(runs))

test('pricing says whether a cost covers every request, some, or none', () => {
  expect([pricingOf(3, 0), pricingOf(3, 1), pricingOf(3, 3)]).toEqual(['priced', 'partly-priced', 'unpriced'])
  const byName = Object.fromEntries(view.workflows.map((w) => [w.metrics.name, w.pricing]))
  expect(byName).toEqual({ alpha: 'partly-priced', beta: 'priced', gamma: 'priced' })
  expect(view.unpricedRequests).toBe(2)
  const alpha = view.workflows.find((w) => w.metrics.name === 'alpha')!
  expect(alpha.runsWithData.map((r) => [r.metrics.runId, r.pricing])).toEqual([
    ['1', 'priced'],
    ['2', 'unpriced'],
  ])
})

test('runs without data: grouped by their state, most common first, with the URL of their run', () => {
  expect(view.runsWithoutDataByReason).toEqual([
    { reason: 'artifact expired before it could be downloaded', runs: 2 },
    { reason: 'no artifact with token usage (the workflow may not use the api-proxy)', runs: 1 },
  ])
  expect(view.runsWithoutData.map((r) => [r.runId, r.url])).toEqual([
    ['4', 'https://github.com/o/r/actions/runs/4'],
    ['5', undefined],
    ['6', undefined],
  ])
})

test('the largest cost driver and the shares of each model', () => {
  // Sonnet $3/$15/$0.30/$3.75 per million: input 1000 → $0.003, output 2000 → $0.03, cache write 100K → $0.375.
  const total = 0.003 + 0.03 + 0.375
  expect(view.largestCostDriver?.type).toBe('cacheWrite')
  expect(view.largestCostDriver?.costUsd).toBeCloseTo(0.375, 12)
  expect(view.largestCostDriver?.share).toBeCloseTo(0.375 / total, 12)
  const sonnet = view.models.find((m) => m.metrics.model === 'claude-sonnet-4.6')!
  expect(sonnet.requestShare).toBeCloseTo(5 / 7, 12)
  expect(sonnet.costShare).toBeCloseTo(1, 12)
  expect(reportViewOf(analyseRuns([])).largestCostDriver).toBeNull()
})
