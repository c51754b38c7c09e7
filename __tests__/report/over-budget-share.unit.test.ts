// A budget exceeded by a third of a percent reads as over (100.3%), never "100%": in the report's budget table and in
// the step's failure message alike. A share that rounds to 100 from above says so (>100%).
import type { BudgetStatus } from '../../src/analysis/budgets/budget-status.js'
import { formatPercent } from '../../src/common/value-format.js'
import { budgetFailureOf } from '../../src/orchestrator/budget-steps.js'
import { shareText } from '../../src/report/markdown-parts.js'
import { budgetSection } from '../../src/report/sections/budget-section.js'

const limit = 30
const spent = 30.1
const share = spent / limit
// What one decimal of the share reads, worked out here: 30.1 / 30 = 1.00333…, so 100.3%.
const overText = `${(Math.round(share * 1000) / 10).toFixed(1)}%`

const status: BudgetStatus = {
  scope: 'total',
  period: 'day',
  limit,
  unit: 'USD',
  spent,
  share,
  status: 'exceeded',
  periodId: '2026-05-04',
  days: 1,
}

test('a share just over 1 reads as over, not 100%', () => {
  expect(overText).toBe('100.3%')
  expect(shareText(share)).toBe(overText)
  expect(formatPercent(share, 0)).toBe(overText)
  expect(formatPercent(1.00001, 0)).toBe('>100%')
  // Unchanged elsewhere: exactly all, well over, and just under.
  expect(shareText(1)).toBe('100%')
  expect(shareText(1.5)).toBe('150%')
  expect(shareText(0.995)).toBe('>99%')
})

test('the budget table and the failure message say 100.3%', () => {
  expect(budgetSection({ budgets: [status] })).toContain(`| ${overText} |`)
  expect(budgetFailureOf([status], 'exceeded')).toContain(`(${overText}, 2026-05-04)`)
})
