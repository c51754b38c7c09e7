// The budgets input: good entries in both separators and units, and bad ones rejected with the entry quoted.
import { parseBudgets } from '../../src/settings/budget-input.js'
import {
  budgetStatusesOf,
  budgetsOfUnknownScope,
  worstBudgetState,
  type DaySpend,
} from '../../src/analysis/budgets/budget-status.js'

test('entries one per line or comma-separated, in USD or AI credits', () => {
  expect(
    parseBudgets('total=$25/day, Smoke Claude=$300/month\nSecurity Guard=5000 AIC/day\n\nTotal = $1.5 / week'),
  ).toEqual([
    { scope: 'total', period: 'day', limit: 25, unit: 'USD' },
    { scope: 'Smoke Claude', period: 'month', limit: 300, unit: 'USD' },
    { scope: 'Security Guard', period: 'day', limit: 5000, unit: 'AIC' },
    { scope: 'total', period: 'week', limit: 1.5, unit: 'USD' },
  ])
  expect(parseBudgets('')).toEqual([])
  expect(parseBudgets('Nightly=2500aic/WEEK')).toEqual([{ scope: 'Nightly', period: 'week', limit: 2500, unit: 'AIC' }])
})

test.each([
  ['total$25/day', /Budget 'total\$25\/day' has no =/],
  ['total=$25', /Budget 'total=\$25' names no period/],
  ['total=$25/year', /has period 'year', not day, week or month/],
  ['total=25/day', /has amount '25', not \$N or N AIC/],
  ['total=€25/day', /has amount '€25'/],
  ['=$25/day', /names no scope/],
  ['total=$0/day', /has a limit of 0/],
  ['total=$5/day,total=$6/day', /Budget 'total=\$6\/day' repeats the USD day budget of 'total'/],
])('a bad entry %s is rejected, quoted', (text, message) => {
  expect(() => parseBudgets(text)).toThrow(message)
})

const day = (d: string, costUsd: number, aiCredits: number | null = null): DaySpend => ({
  day: d,
  costUsd,
  aiCredits,
  workflows: [{ name: 'Nightly', costUsd, aiCredits }],
})

test('a day budget counts the report day, a week budget the ISO week to date; status by share', () => {
  const budgets = parseBudgets('total=$10/day, total=$40/week, Nightly=1000 AIC/day, total=$100/month')
  // Mon 2026-05-04 .. Wed 2026-05-06, and the Sunday before (another ISO week).
  const days = [day('2026-05-03', 50), day('2026-05-04', 9), day('2026-05-05', 12), day('2026-05-06', 20)]
  const statuses = budgetStatusesOf(budgets, days, { reportDays: ['2026-05-06'] })
  expect(statuses.map((s) => [s.periodId, s.spent, s.status])).toEqual([
    ['2026-05-06', 20, 'exceeded'], // 200%
    ['2026-W19', 9 + 12 + 20, 'exceeded'], // 41 of 40
    ['2026-05-06', 2000, 'exceeded'], // no recorded AIC: USD × 100
    ['2026-05', 50 + 9 + 12 + 20, 'warning'], // 91%
  ])
  expect(statuses[2].aiCreditsEstimated).toBe(true)
  expect(worstBudgetState(statuses)).toBe('exceeded')
  expect(worstBudgetState([])).toBe('')
  // 7.5 of 10 is a warning, 7.4 is ok, exactly 10 is a warning (not over).
  const at = (usd: number) =>
    budgetStatusesOf([budgets[0]], [day('2026-05-06', usd)], { reportDays: ['2026-05-06'] })[0].status
  expect([at(7.4), at(7.5), at(10), at(10.01)]).toEqual(['ok', 'warning', 'warning', 'exceeded'])
})

test('a report over several days shows each budget at its fullest period; later days are not counted', () => {
  const budgets = parseBudgets('total=$10/day, Nightly=100 AIC/day')
  const days = [day('2026-05-04', 3, 300), day('2026-05-05', 8, 90), day('2026-05-06', 99, 1)]
  const [perDay, credits] = budgetStatusesOf(budgets, days, { reportDays: ['2026-05-04', '2026-05-05'] })
  expect(perDay).toMatchObject({ periodId: '2026-05-05', spent: 8, status: 'warning' })
  expect(credits).toMatchObject({ periodId: '2026-05-04', spent: 300, status: 'exceeded', aiCreditsEstimated: false })
})

test('a workflow budget naming no workflow of the counted days is found (a typo would otherwise read as 0)', () => {
  const budgets = parseBudgets('total=$10/day, Nightly=$5/day, Nightley=$5/day')
  expect(budgetsOfUnknownScope(budgets, [day('2026-05-06', 1)]).map((b) => b.scope)).toEqual(['Nightley'])
})
