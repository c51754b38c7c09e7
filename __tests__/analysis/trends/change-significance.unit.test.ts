import fc from 'fast-check'
import { compareSamples, erfc, mannWhitney, smallestPValue } from '../../../src/analysis/trends/change-significance.js'

/** Brute force: every way to pick |current| of the pooled values, mid-ranks for ties; two-sided tail. */
function bruteForcePValue(baseline: number[], current: number[]): number {
  const pooled = [...baseline, ...current]
  const sorted = [...pooled].sort((a, b) => a - b)
  const rankOf = (v: number): number => {
    const first = sorted.indexOf(v)
    const last = sorted.lastIndexOf(v)
    return (first + last + 2) / 2
  }
  const ranks = pooled.map(rankOf)
  const m = current.length
  const observed = ranks.slice(baseline.length).reduce((s, r) => s + r, 0)
  const expected = (m * (pooled.length + 1)) / 2
  let total = 0
  let tail = 0
  const pick = (start: number, left: number, sum: number): void => {
    if (left === 0) {
      total++
      if (Math.abs(sum - expected) >= Math.abs(observed - expected) - 1e-9) tail++
      return
    }
    for (let i = start; i <= ranks.length - left; i++) pick(i + 1, left - 1, sum + ranks[i]!)
  }
  pick(0, m, 0)
  return tail / total
}

describe('mannWhitney', () => {
  it('gives the exact two-sided p of fully separated samples: 2 of C(6,3) = 20 orderings', () => {
    const test = mannWhitney([1, 2, 3], [4, 5, 6])
    expect(test.exact).toBe(true)
    expect(test.pValue).toBeCloseTo(2 / 20, 12)
    expect(test.shift).toBe(9 - 4.5)
  })

  it('matches scipy.stats.mannwhitneyu(method="exact") on a 7 vs 6 sample', () => {
    // scipy 1.17: mannwhitneyu([10,12,15,11,9,14,13], [16,20,18,17,22,19], method='exact').pvalue
    const test = mannWhitney([10, 12, 15, 11, 9, 14, 13], [16, 20, 18, 17, 22, 19])
    expect(test.pValue).toBeCloseTo(0.0011655011655011655, 12)
    expect(test.shift).toBeGreaterThan(0)
  })

  it('uses the tie-corrected normal approximation for large samples, as scipy does', () => {
    const baseline = [3, 5, 5, 7, 8, 8, 8, 10, 12, 13, 14, 15, 15, 16, 18, 20, 21, 22, 23, 25].flatMap((v) => [
      v,
      v,
      v,
      v,
    ])
    const current = [9, 11, 12, 12, 15, 17, 19, 19, 21, 24, 26, 27, 28, 30, 31].flatMap((v) => [v, v, v])
    const test = mannWhitney(baseline, current)
    expect(test.exact).toBe(false)
    // scipy 1.17: mannwhitneyu(current, baseline, method='asymptotic', use_continuity=True): U = 2682, p = 5.6022e-6
    expect(test.shift).toBe(2682 - (80 * 45) / 2)
    expect(test.pValue / 5.602217837629537e-6).toBeCloseTo(1, 4)
  })

  it('is exact with ties: equals a brute-force enumeration of all orderings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        (baseline, current) => {
          const test = mannWhitney(baseline, current)
          expect(test.exact).toBe(true)
          expect(test.pValue).toBeCloseTo(bruteForcePValue(baseline, current), 10)
        },
      ),
      { seed: 12, numRuns: 150 },
    )
  })

  it('gives p = 1 when every value is the same', () => {
    expect(mannWhitney([2, 2, 2, 2, 2], [2, 2, 2, 2, 2]).pValue).toBe(1)
    const many = Array.from({ length: 200 }, () => 7)
    expect(mannWhitney(many, many).pValue).toBe(1)
  })
})

describe('erfc', () => {
  it('agrees with known values to 1e-7', () => {
    // erfc(0) = 1, erfc(1) = 0.157299207050285, erfc(1.959963985/√2) = 0.05, erfc(-1) = 1.842700792949715
    expect(erfc(0)).toBeCloseTo(1, 7)
    expect(erfc(1)).toBeCloseTo(0.157299207050285, 7)
    expect(erfc(1.959963984540054 / Math.SQRT2)).toBeCloseTo(0.05, 7)
    expect(erfc(-1)).toBeCloseTo(1.842700792949715, 7)
  })
})

describe('compareSamples', () => {
  const baseline = [0.2, 0.22, 0.21, 0.25, 0.19, 0.23, 0.2, 0.24]

  it('calls a clear fall significant and reports means, relative change and run counts', () => {
    const current = [0.07, 0.06, 0.08, 0.07, 0.07]
    const result = compareSamples(baseline, current)
    const baseMean = baseline.reduce((s, v) => s + v, 0) / baseline.length
    const currentMean = 0.35 / 5
    expect(result.baseline).toBeCloseTo(baseMean, 12)
    expect(result.current).toBeCloseTo(currentMean, 12)
    expect(result.relative).toBeCloseTo((currentMean - baseMean) / baseMean, 12)
    expect(result.direction).toBe('down')
    expect(result.verdict).toBe('significant')
    expect(result.significant).toBe(true)
    // Fully separated 8 vs 5: 2 of C(13,5) = 1287 orderings.
    expect(result.pValue).toBeCloseTo(2 / 1287, 12)
    expect(result.runs).toEqual({ baseline: 8, current: 5 })
    expect(result.medians).toEqual({ baseline: 0.215, current: 0.07 })
  })

  it('never flags fewer than minRuns runs on a side, but still reports the numbers', () => {
    const result = compareSamples(baseline, [0.07, 0.06, 0.08, 0.07], { minRuns: 5 })
    expect(result.verdict).toBe('too-few-runs')
    expect(result.significant).toBe(false)
    expect(result.pValue).toBeNull()
    expect(result.direction).toBe('down')
    expect(result.current).toBeCloseTo(0.07, 12)
  })

  it('by default lets the test decide: 4 runs below all 8 baseline runs are significant, p = 2 / C(12, 4)', () => {
    const result = compareSamples(baseline, [0.07, 0.06, 0.08, 0.07])
    expect(result).toMatchObject({ verdict: 'significant', significant: true, meaningful: true, direction: 'down' })
    expect(result.pValue).toBeCloseTo(2 / ((12 * 11 * 10 * 9) / (4 * 3 * 2)), 12)
  })

  it('calls 3 runs above all 70 baseline runs (a broken cache) significant: p = 2 / C(73, 3)', () => {
    const base = Array.from({ length: 70 }, (_, i) => 0.2 + i * 0.001)
    const result = compareSamples(base, [0.5, 0.52, 0.55])
    expect(result.verdict).toBe('significant')
    expect(result.pValue).toBeCloseTo(2 / ((73 * 72 * 71) / 6), 14)
  })

  it('says too few runs to tell when no ordering could reach alpha: 2 runs against 3, 1 against 100', () => {
    expect(smallestPValue(3, 2)).toBeCloseTo(2 / 10, 12)
    expect(smallestPValue(100, 1)).toBeCloseTo(2 / 101, 12)
    expect(smallestPValue(70, 3)).toBeCloseTo(2 / 62196, 16)
    expect(smallestPValue(2000, 2000)).toBeLessThan(1e-299)
    const twoAgainstThree = compareSamples([1, 1.1, 1.2], [5, 6])
    expect(twoAgainstThree).toMatchObject({ verdict: 'too-few-runs', significant: false, pValue: null })
    const oneAgainstMany = compareSamples(
      Array.from({ length: 100 }, (_, i) => i),
      [1000],
    )
    expect(oneAgainstMany.verdict).toBe('too-few-runs')
    // With alpha 0.05 two against three still cannot: 0.2.
    expect(compareSamples([1, 1.1, 1.2], [5, 6], { alpha: 0.05 }).verdict).toBe('too-few-runs')
  })

  it('does not flag a significant shift smaller than minEffect', () => {
    const base = Array.from({ length: 20 }, (_, i) => 100 + i * 0.1)
    const current = Array.from({ length: 20 }, (_, i) => 110 + i * 0.1)
    const result = compareSamples(base, current)
    expect(result.pValue).toBeLessThan(1e-6)
    expect(result.relative).toBeCloseTo(0.1, 2)
    expect(result.verdict).toBe('not-significant')
    expect(compareSamples(base, current, { minEffect: 0.05 }).verdict).toBe('significant')
  })

  it('does not flag a mean dragged up by one outlier while the ranks fall', () => {
    const base = [10, 11, 12, 10, 11, 12, 10, 11]
    const current = [5, 6, 5, 6, 200]
    const result = compareSamples(base, current)
    expect(result.direction).toBe('up')
    expect(result.significant).toBe(false)
  })

  it('treats a change from 0 as large enough, with no relative size', () => {
    const result = compareSamples([0, 0, 0, 0, 0], [0.5, 0.6, 0.7, 0.55, 0.65])
    expect(result.relative).toBeNull()
    expect(result.direction).toBe('up')
    expect(result.verdict).toBe('significant')
  })

  it('handles empty sides and equal means', () => {
    const empty = compareSamples([], [1, 2])
    expect(empty).toMatchObject({
      baseline: null,
      current: 1.5,
      relative: null,
      direction: null,
      verdict: 'too-few-runs',
    })
    const same = compareSamples([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])
    expect(same).toMatchObject({ relative: 0, direction: null, significant: false, verdict: 'not-significant' })
  })

  it('names the side and quotes a value that is not a finite number', () => {
    expect(() => compareSamples([1, Number.NaN], [1])).toThrow('baseline value #1 is not a finite number: NaN')
  })
})
