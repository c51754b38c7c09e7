// Issue 11: no −0.0% in a rollup: a change that rounds to nothing as shown (the period's cost and a mover's) has no
// sign; a real change keeps its sign, written by the one signed-change format of the reports.
import { expect, test } from '@jest/globals'
import type { DailyReportData } from '../../src/analysis/rollups/period-rollup.js'
import { periodContaining, previousPeriod } from '../../src/common/periods.js'
import { rollupReportOf } from '../../src/analysis/rollups/rollup-report.js'
import { rollupSections } from '../../src/report/rollup-markdown.js'

/** A daily report's data with one workflow `A` of one run costing `usd`. */
const daily = (day: string, number: number, usd: number): DailyReportData => ({
  day,
  number,
  url: `https://github.com/o/r/issues/${number}`,
  window: { since: null, until: `${day}T06:00:00Z` },
  workflows: [
    {
      name: 'A',
      runs: 1,
      runsWithData: 1,
      requests: 10,
      inputTokens: 1000,
      outputTokens: 100,
      cacheReadTokens: 0,
      cacheWriteTokens: 0,
      costUsd: usd,
      models: [
        {
          model: 'm',
          provider: 'anthropic',
          requests: 10,
          inputTokens: 1000,
          outputTokens: 100,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          costUsd: usd,
          cost: { input: usd, output: 0, cacheRead: 0, cacheWrite: 0 },
          aiCredits: null,
        },
      ],
    },
  ],
  runs: [{ w: 0, id: `${number}`, state: 'analysed', requests: 10, tokens: 1100, usd, aiCredits: null }],
})

const W19 = periodContaining('week', '2026-05-04')

function rollupText(previousUsd: number, currentUsd: number): string {
  const report = rollupReportOf({
    period: W19,
    previousPeriod: previousPeriod(W19),
    dailies: [daily('2026-04-27', 1, previousUsd), daily('2026-05-04', 2, currentUsd)],
    lastDay: '2026-05-10',
    budgets: [],
    runCreditCap: 1000,
  })
  return rollupSections(report).join('\n\n')
}

test('a fall that rounds to nothing reads 0.0%, never −0.0%', () => {
  // $100.00 → $99.99: −0.01%, to one decimal 0.0.
  const text = rollupText(100, 99.99)
  expect(((99.99 - 100) / 100) * 100).toBeGreaterThan(-0.05)
  expect(text).not.toContain('−0.0%')
  expect(text).toMatch(/- Cost \$99\.99 against \$100\.00 in 2026-W18 \(0\.0%;/)
  expect(text).toMatch(/\| A \| \$100\.00 \| \$99\.99 \| −\$0\.01 \| 0\.0% \|/)
})

test('a real fall keeps its minus', () => {
  const text = rollupText(100, 75)
  const percent = (((100 - 75) / 100) * 100).toFixed(1)
  expect(text).toMatch(new RegExp(`- Cost \\$75\\.00 against \\$100\\.00 in 2026-W18 \\(−${percent}%;`))
})

test('unlike periods compare per day and say the days each side covers; equal ones say so too', () => {
  const report = rollupReportOf({
    period: W19,
    previousPeriod: previousPeriod(W19),
    // $10 a day on 2 days of W18, $10 a day on 3 days of W19.
    dailies: [
      daily('2026-04-27', 1, 10),
      daily('2026-04-28', 2, 10),
      daily('2026-05-04', 3, 10),
      daily('2026-05-05', 4, 10),
      daily('2026-05-06', 5, 10),
    ],
    lastDay: '2026-05-10',
    budgets: [],
    runCreditCap: 1000,
  })
  const text = rollupSections(report).join('\n\n')
  expect(report.change!.costRelative).toBe((30 / 3 - 20 / 2) / (20 / 2))
  expect(text).toContain(
    '- Cost $30.00 against $20.00 in 2026-W18 (0.0% per day; $10.00 a day over 3 days against $10.00 over 2 days;',
  )
  expect(text).toContain('- Tokens 3.3K against 2.2K (0.0% per day).')
  // One day each side: the totals compare, and the line says so.
  expect(rollupText(100, 75)).toContain('(−25.0%; 1 day each;')
})
