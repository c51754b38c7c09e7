// The month-end forecast: nothing below 7 days of history, reproducible for a given history, ordered quantiles,
// and a case checked by hand.
import { forecastMonth, quantileOf } from '../../../src/analysis/budgets/month-forecast.js'

const days = (from: number, costs: number[], month = '2026-05') =>
  costs.map((costUsd, i) => ({ day: `${month}-${String(from + i).padStart(2, '0')}`, costUsd }))

test('fewer than 7 report days: no forecast', () => {
  expect(forecastMonth(days(1, [1, 2, 3, 4, 5, 6]), '2026-05-06')).toBeNull()
})

test('constant daily spend: every quantile is the month to date plus the days left at that spend', () => {
  // 10 days of $2 in May; on the 10th, 21 days are left: 20 + 21 × 2 = 62.
  const forecast = forecastMonth(days(1, Array(10).fill(2)), '2026-05-10')!
  expect(forecast).toEqual({
    month: '2026-05',
    toDate: 20,
    p10: 62,
    p50: 62,
    p90: 62,
    days: 10,
    daysLeft: 21,
    against: [],
  })
  const against = forecastMonth(days(1, Array(10).fill(2)), '2026-05-10', {
    limits: [
      { limit: 61.99, unit: 'USD' },
      { limit: 6200, unit: 'AIC' },
    ],
  })!.against
  expect(against.map((a) => a.exceedChance)).toEqual([1, 0])
})

test('on the last day of the month the forecast is what was spent', () => {
  const history = days(
    1,
    Array.from({ length: 31 }, (_, i) => i + 1),
  )
  const forecast = forecastMonth(history, '2026-05-31')!
  expect([forecast.p10, forecast.p50, forecast.p90]).toEqual([496, 496, 496])
  expect(forecast.days).toBe(28) // drawn from the latest 28 days
})

test('the same history gives the same forecast; p10 ≤ p50 ≤ p90 within the possible range', () => {
  // Days from April count as history, not as May's spend.
  const history = [...days(20, [5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 0], '2026-04'), ...days(1, [3, 8, 1])]
  const a = forecastMonth(history, '2026-05-03')!
  const b = forecastMonth([...history].reverse(), '2026-05-03')!
  expect(a).toEqual(b)
  expect(a.toDate).toBe(12)
  expect(a.daysLeft).toBe(28)
  expect(a.p10).toBeLessThanOrEqual(a.p50)
  expect(a.p50).toBeLessThanOrEqual(a.p90)
  // Each of 28 days draws from 0..10: the total lies in [12, 12 + 280], near 12 + 28 × the mean (67 / 14).
  expect(a.p10).toBeGreaterThan(12)
  expect(a.p90).toBeLessThan(12 + 280)
  const mean = (55 + 12) / 14
  expect(Math.abs(a.p50 - (12 + 28 * mean))).toBeLessThan(5)
  // Another seed moves the tails a little, not the order.
  const c = forecastMonth(history, '2026-05-03', { seed: 7 })!
  expect(c.p10).toBeLessThanOrEqual(c.p90)
})

test('quantiles interpolate between order statistics', () => {
  expect(quantileOf([1, 2, 3, 4], 0.5)).toBe(2.5)
  expect(quantileOf([10, 20], 0.1)).toBeCloseTo(11)
  expect(quantileOf([], 0.5)).toBe(0)
})
