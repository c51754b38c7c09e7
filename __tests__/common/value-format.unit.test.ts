import fc from 'fast-check'
import { signedUsd } from '../../src/analysis/trends/driver-sentence.js'
import {
  formatChange,
  formatDecimal,
  formatInteger,
  formatMs,
  formatPercent,
  formatSignedChange,
  formatRatio,
  formatTokens,
  formatUsd,
} from '../../src/common/value-format.js'

test.each([
  [0, '0'],
  [950, '950'],
  [4_100, '4.1K'],
  [4_000, '4K'],
  [9_994, '10K'],
  [254_000, '254K'],
  [999_499, '999K'],
  [999_500, '1.00M'],
  [1_013_990, '1.01M'],
  [2_346_000_000, '2.35B'],
])('formatTokens(%d) = %s', (value, expected) => {
  expect(formatTokens(value)).toBe(expected)
})

test('costs to 2 decimals; tiny non-zero costs are not shown as free', () => {
  expect(formatUsd(1.1895)).toBe('$1.19')
  expect(formatUsd(0)).toBe('$0.00')
  expect(formatUsd(0.0047)).toBe('<$0.01')
  expect(formatUsd(null)).toBe('—')
})

test('rates, ratios and latencies', () => {
  expect(formatPercent(0.99532)).toBe('99.5%')
  expect(formatPercent(null)).toBe('—')
  expect(formatPercent(0)).toBe('0.0%')
  expect(formatPercent(1)).toBe('100.0%')
  expect(formatPercent(0.99996)).toBe('>99.9%')
  expect(formatPercent(0.00004)).toBe('<0.1%')
  expect(formatPercent(0.4, 0)).toBe('40%')
  expect(formatRatio(129.57)).toBe('130:1')
  expect(formatRatio(0.6)).toBe('0.6:1')
  expect(formatRatio(2)).toBe('2:1')
  expect(formatRatio(1234.4)).toBe('1,234:1')
  expect(formatRatio(null)).toBe(formatPercent(null)) // no ratio shows like every other empty value
  expect(formatRatio(null)).toBe('—')
  expect(formatMs(6117.4)).toBe('6,117ms')
})

test('averages of counts show one decimal only when they have one', () => {
  expect(formatDecimal(11)).toBe('11')
  expect(formatDecimal(12.25)).toBe('12.3')
  expect(formatDecimal(10.96)).toBe('11')
  expect(formatDecimal(1234.5)).toBe('1,234.5')
  expect(formatDecimal(null)).toBe('—')
})

test('a value that rounds to zero never reads with a minus sign', () => {
  expect(formatPercent(-0.00001)).toBe('0.0%')
  expect(formatPercent(-0)).toBe('0.0%')
  expect(formatChange(-0.0004)).toBe('0.0%')
  expect(formatSignedChange(-0.0004)).toBe('0.0%')
  expect(formatSignedChange(-0.045)).toBe('−4.5%')
  expect(formatSignedChange(0.3)).toBe('+30.0%')
  expect(formatSignedChange(-0.004, 0)).toBe('0%')
  expect(formatUsd(-0.001)).toBe('$0.00')
  expect(formatDecimal(-0.01)).toBe('0')
  expect(signedUsd(-0)).toBe('$0.00')
  expect(signedUsd(-0.001)).toBe('−<$0.01')
  expect(signedUsd(-0.15)).toBe('−$0.15')
})

// formatInteger, formatRatio and formatDecimal group digits by hand (ICU's set-up costs start-up time): the oracle is
// toLocaleString itself, on round numbers, halves, ties of the shortest decimal (0.95) and arbitrary doubles.
describe('digit grouping reads as toLocaleString', () => {
  const oracle = (value: number, decimals: number) => value.toLocaleString('en-US', { maximumFractionDigits: decimals })
  const values = fc.oneof(
    fc.double({ noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 4),
    fc.integer({ min: -1e6, max: 1e6 }).map((n) => n + 0.05),
    fc.constantFrom(0.95, -0.95, 9.95, 99_999.95, -0.05, 0.04, -0.04, 1e14, -1e14 + 0.5, 1e21),
  )

  test('formatDecimal (one decimal at most)', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(formatDecimal(value)).toBe(oracle(Math.abs(value) < 0.05 ? 0 : value, 1))
      }),
      { numRuns: 5000 },
    )
  })

  test('formatInteger and formatRatio (whole numbers)', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(formatInteger(value)).toBe(oracle(Math.round(value), 0))
        if (value >= 10) expect(formatRatio(value)).toBe(`${oracle(Math.round(value), 0)}:1`)
      }),
      { numRuns: 5000 },
    )
  })
})
