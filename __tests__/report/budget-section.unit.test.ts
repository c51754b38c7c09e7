// The budgets section and the rollup's markdown: numbers laid out as given, names from runs escaped.
import { budgetSection } from '../../src/report/sections/budget-section.js'
import { rollupSections } from '../../src/report/rollup-markdown.js'
import { rollupReportOf } from '../../src/analysis/rollups/rollup-report.js'
import { periodContaining, previousPeriod } from '../../src/common/periods.js'

test('budgets, an estimated AIC spend, the forecast against a monthly budget, runs near the cap', () => {
  const text = budgetSection({
    budgets: [
      {
        scope: 'total',
        period: 'day',
        limit: 25,
        unit: 'USD',
        spent: 50,
        share: 2,
        status: 'exceeded',
        periodId: '2026-05-05',
        days: 1,
      },
      {
        scope: 'Smoke | @octo',
        period: 'month',
        limit: 5000,
        unit: 'AIC',
        spent: 3900,
        share: 0.78,
        status: 'warning',
        periodId: '2026-05',
        days: 5,
        aiCreditsEstimated: true,
      },
    ],
    forecast: {
      month: '2026-05',
      toDate: 100,
      p10: 300,
      p50: 350,
      p90: 420,
      days: 9,
      daysLeft: 22,
      against: [{ limit: 400, unit: 'USD', exceedChance: 0.15 }],
    },
    guardrails: {
      runCreditCap: 1000,
      dailyWorkflowCreditCap: 5000,
      runsNearCap: [
        {
          workflow: 'Nightly',
          runId: '42',
          url: 'https://github.com/o/r/actions/runs/42',
          aiCredits: 950,
          share: 0.95,
          estimated: false,
        },
      ],
    },
  })!
  expect(text).toContain('| **total** | day 2026-05-05 | $50.00 | $25.00 | 200% | 🔴 exceeded |')
  // The pipe cannot split the row, the mention cannot ping.
  expect(text).toContain('Smoke \\| ')
  expect(text).not.toMatch(/(^|[^`\\])@octo/)
  expect(text).toContain('| 3,900 AIC\\* | 5,000 AIC | 78% | ⚠️ warning |')
  expect(text).toContain('USD × 100 is counted')
  expect(text).toContain(
    '**Month-end forecast for 2026-05:** $350.00 (P10 $300.00 – P90 $420.00); $100.00 to date, 22 days left',
  )
  expect(text).toContain('Against the monthly budget of $400.00: 15% of the simulated months end above it.')
  expect(text).toContain('- Nightly run [42](https://github.com/o/r/actions/runs/42): 950 AIC (95% of the cap)')
  expect(
    budgetSection({
      budgets: [],
      forecast: null,
      guardrails: { runCreditCap: 1000, dailyWorkflowCreditCap: 5000, runsNearCap: [] },
    }),
  ).toBeNull()
})

test('a rollup without any daily report says there is nothing to sum and has no change section numbers', () => {
  const week = periodContaining('week', '2026-05-04')
  const report = rollupReportOf({
    period: week,
    previousPeriod: previousPeriod(week),
    dailies: [],
    lastDay: '2026-05-10',
    budgets: [],
    runCreditCap: 1000,
  })
  const text = rollupSections(report).join('\n\n')
  expect(text).toContain('No daily report ended in this period')
  expect(text).toContain(
    'No daily report for 2026-05-04, 2026-05-05, 2026-05-06, 2026-05-07, 2026-05-08, 2026-05-09, 2026-05-10',
  )
  expect(text).toContain('No daily report ended in the previous period')
})
