// JSON money has no float noise: costs are written to 12 decimals and AI credits to 10, however
// the sums that made them came out (0.1 + 0.2 is 0.30000000000000004 in binary).
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderJsonReport } from '../../src/report/json-report.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'

// Token counts whose costs at Sonnet's prices ($3, $15, $0.30, $3.75 per million) are inexact binary fractions.
const runs = [1, 2, 3].map((i) =>
  runSummary('Noisy', String(i), [
    {
      model: 'claude-sonnet-4.6',
      requests: 7,
      input: 1_111 * i,
      output: 333 * i,
      cacheRead: 77_777,
      cacheWrite: 999,
      price: SONNET,
    },
  ]),
)
const data = analyseRuns(runs, {})
const json = JSON.parse(renderJsonReport(data))

/** Every number under a key that names money, with its path. */
function moneyOf(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return /Usd|\.cost\b|costPerRun/.test(path) ? [[path, value]] : []
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => moneyOf(v, `${path}.${k}`))
}

test('every cost has at most 12 decimals and is the exact cost rounded', () => {
  const money = moneyOf(json)
  expect(money.length).toBeGreaterThan(10)
  for (const [path, n] of money) expect([path, n]).toEqual([path, Number(n.toFixed(12))])
  // The noise was there before rounding: the raw total differs from its 6-decimal rounding.
  const exact = runs.reduce(
    (n, _r, i) => n + (1_111 * (i + 1) * 3 + 333 * (i + 1) * 15 + 77_777 * 0.3 + 999 * 3.75) / 1e6,
    0,
  )
  expect(json.totals.costUsd).toBe(Number(exact.toFixed(12)))
  expect(json.workflows[0].costUsd).toBe(Number(exact.toFixed(12)))
  expect(json.workflows[0].costPerRunUsd).toBe(Number((exact / 3).toFixed(12)))
})

test('AI credits to 10 decimals; counts and rates are left alone', () => {
  expect(json.models[0].repricedAiCredits).toBe(Number((data.models[0].costUsd * 100).toFixed(10)))
  expect(json.totals.cacheHitRate).toBe(data.totals.cacheHitRate)
  expect(json.totals.totalTokens).toBe(data.totals.totalTokens)
})
