import {
  cacheHitRateOf,
  cacheWriteRateOf,
  fullPriceTokensOf,
  ioRatioOf,
  totalTokensOf,
} from '../../../src/analysis/runs/token-metrics.js'
import { distributionOf, percentileOf } from '../../../src/analysis/runs/distribution.js'

const t = { inputTokens: 31, outputTokens: 5535, cacheReadTokens: 772360, cacheWriteTokens: 232010 }

test('total and full-price tokens follow the analyzer formulas', () => {
  expect(totalTokensOf(t)).toBe(31 + 5535 + 772360 + 232010)
  expect(fullPriceTokensOf(t)).toBe(31 + 5535 + 232010)
})

test('rates are fractions of the normalised numbers', () => {
  expect(cacheHitRateOf(t)).toBeCloseTo(772360 / (772360 + 31), 12)
  expect(cacheWriteRateOf(t)).toBeCloseTo(232010 / (772360 + 31 + 232010), 12)
  expect(ioRatioOf(t)).toBeCloseTo((31 + 772360) / 5535, 12)
})

test('undefined rates are null, not NaN or Infinity', () => {
  const zero = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }
  expect(cacheHitRateOf(zero)).toBeNull()
  expect(cacheWriteRateOf(zero)).toBeNull()
  expect(ioRatioOf({ ...zero, inputTokens: 10 })).toBeNull()
  expect(cacheHitRateOf({ ...zero, inputTokens: 10 })).toBe(0)
})

test('percentiles interpolate between ranks; the median of an even count is the middle mean', () => {
  expect(percentileOf([], 0.5)).toBeNull()
  expect(percentileOf([7], 0.95)).toBe(7)
  expect(percentileOf([4, 1, 3, 2], 0.5)).toBe(2.5)
  // rank 0.95 × 4 = 3.8 between 40 and 50
  expect(percentileOf([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 10)
  const d = distributionOf([1, 2, 3, 10])!
  expect([d.mean, d.median]).toEqual([4, 2.5])
  expect(d.p95).toBeCloseTo(3 + (10 - 3) * 0.85, 10)
  expect(distributionOf([])).toBeNull()
})
