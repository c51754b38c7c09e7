// A daily report against its budgets: this day and the period to date with the earlier report days, the forecast
// once 7 report days exist, runs near the per-run cap and workflows near the daily cap (recorded AI credits).
import { analyseRuns } from '../../../src/analysis/runs/analyse-runs.js'
import { parseBudgets } from '../../../src/settings/budget-input.js'
import type { DaySpend } from '../../../src/analysis/budgets/budget-status.js'
import { withBudgets } from '../../../src/analysis/budgets/report-budgets.js'
import { modelUsage, runSummary } from '../run-summary-builders.js'

const PRICE: [number, number, number, number] = [1, 1, 1, 1] // $1 per million tokens of every type

/** A run of `tokens` input tokens ($tokens / 1e6) whose records carried `credits` AI credits (null: none). */
function run(workflow: string, id: string, tokens: number, credits: number | null) {
  const summary = runSummary(workflow, id, [{ model: 'claude-sonnet-4.6', requests: 1, input: tokens, price: PRICE }])
  summary.models = summary.models.map((m) => ({
    ...modelUsage({ model: m.model, requests: 1, input: tokens, price: PRICE }),
    aiCredits: credits,
    aiCreditsRequests: credits === null ? 0 : 1,
  }))
  return summary
}

const earlier = (day: string, costUsd: number): DaySpend => ({
  day,
  costUsd,
  aiCredits: null,
  workflows: [{ name: 'Nightly', costUsd, aiCredits: null }],
})

test('budgets, forecast, guardrails and the credit-cap flag of one report day', () => {
  // Nightly: two runs of 1,900 and 2,700 recorded AIC ($1 and $2 by our prices); Triage: $0.50 without AIC.
  const report = analyseRuns([
    run('Nightly', '1', 1_000_000, 1900),
    run('Nightly', '2', 2_000_000, 2700),
    run('Triage', '3', 500_000, null),
  ])
  const days = ['01', '02', '03', '04', '05', '06', '07'].map((d) => earlier(`2026-05-${d}`, 1))
  const result = withBudgets(report, {
    budgets: parseBudgets('total=$3/day, total=$10/week, Nightly=5000 AIC/day, Triage=100 AIC/day, total=$40/month'),
    runCreditCap: 2000,
    day: '2026-05-08', // a Friday: W19 runs from Monday the 4th
    earlierDays: days,
  })
  expect(result.budgets!.map((b) => [b.periodId, b.spent, b.status])).toEqual([
    ['2026-05-08', 3.5, 'exceeded'],
    ['2026-W19', 4 + 3.5, 'warning'], // 4th–7th at $1, and today
    ['2026-05-08', 4600, 'warning'], // recorded: 1,900 + 2,700
    ['2026-05-08', 50, 'ok'], // no recorded AIC: $0.50 × 100
    ['2026-05', 7 + 3.5, 'ok'],
  ])
  expect(result.budgets![3].aiCreditsEstimated).toBe(true)
  expect(result.budgets![2].aiCreditsEstimated).toBe(false)
  // Within 10% of the 2,000 AIC run cap: run 2 (2,700, over it) and run 1 (1,900).
  expect(result.guardrails!.runsNearCap.map((r) => [r.runId, r.aiCredits])).toEqual([
    ['2', 2700],
    ['1', 1900],
  ])
  // Nightly's 4,600 AIC is within 10% of 5,000: flagged, worded once.
  const nightly = result.workflows.find((w) => w.name === 'Nightly')!
  const flag = nightly.flags.find((f) => f.id === 'near-daily-credit-cap')!
  expect(flag.message).toBe('4,600 AIC in one day, within 10% of the daily cap of 5,000 AIC.')
  expect(result.workflows.find((w) => w.name === 'Triage')!.flags.map((f) => f.id)).not.toContain(
    'near-daily-credit-cap',
  )
  // Eight report days: May to date $10.50, 23 days left drawn from the eight.
  expect(result.forecast).toMatchObject({ month: '2026-05', toDate: 10.5, days: 8, daysLeft: 23 })
  expect(result.forecast!.against).toHaveLength(1)
  expect(result.forecast!.p10).toBeGreaterThanOrEqual(10.5 + 23 * 1)
  expect(result.forecast!.p90).toBeLessThanOrEqual(10.5 + 23 * 3.5)
})

test('no budgets: an empty list; fewer than 7 report days: no forecast', () => {
  const result = withBudgets(analyseRuns([run('Nightly', '1', 1000, null)]), {
    budgets: [],
    runCreditCap: 1000,
    day: '2026-05-08',
    earlierDays: [earlier('2026-05-07', 1)],
  })
  expect(result.budgets).toEqual([])
  expect(result.forecast).toBeNull()
  expect(result.guardrails!.runsNearCap).toEqual([])
})
