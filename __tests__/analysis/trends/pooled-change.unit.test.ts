// A change that began a few reports ago is judged on all its runs since then, the split's choice paid for.
import { testedChangeOf } from '../../../src/analysis/trends/pooled-change.js'

/** C(n, k) as a float. */
function choose(n: number, k: number): number {
  let c = 1
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i
  return c
}

const dateOf = (day: number): string => `2026-04-${String(day + 1).padStart(2, '0')}`
/** 7 quiet days of 10 runs at $0.20–$0.27, no two alike. */
const quiet = Array.from({ length: 7 }, (_, d) => ({
  date: dateOf(d),
  values: Array.from({ length: 10 }, (_, i) => 0.2 + d * 0.01 + i * 0.0007),
}))

describe('testedChangeOf', () => {
  it('the first day of a broken cache: 3 runs above all 70, half the alpha for this window alone, p = 2 · 2 / C(73, 3)', () => {
    const day7 = { date: dateOf(7), values: [0.55, 0.6, 0.58] }
    const tested = testedChangeOf([...quiet, day7], { minEffect: 0.2 })
    expect(tested.comparison).toMatchObject({ significant: true, direction: 'up', runs: { baseline: 70, current: 3 } })
    expect(tested.comparison.pValue).toBeCloseTo(2 * (2 / choose(73, 3)), 14)
    expect(tested.since).toBe(dateOf(7))
  })

  it('the second day pools the 3 + 4 runs since the change against the 70 before: p = 2 · 7 splits · 2 / C(77, 7)', () => {
    const day7 = { date: dateOf(7), values: [0.55, 0.6, 0.58] }
    const day8 = { date: dateOf(8), values: [0.62, 0.57, 0.59, 0.61] }
    const tested = testedChangeOf([...quiet, day7, day8], { minEffect: 0.2 })
    expect(tested.pooled).toEqual({
      since: dateOf(7),
      runs: { before: 70, after: 7 },
      pValue: expect.closeTo(2 / choose(77, 7), 20) as number,
    })
    // 8 earlier windows with runs: the level shift could start at any of the 7 after the first.
    expect(tested.comparison.pValue).toBeCloseTo(2 * 7 * (2 / choose(77, 7)), 18)
    expect(tested.comparison).toMatchObject({
      significant: true,
      verdict: 'significant',
      runs: { baseline: 73, current: 4 },
    })
    expect(tested.since).toBe(dateOf(7))
  })

  it('one earlier window: nothing to pool, the p-value is the window test’s own', () => {
    const day1 = { date: dateOf(1), values: [0.55, 0.6, 0.58, 0.57, 0.56] }
    const tested = testedChangeOf([quiet[0]!, day1], { minEffect: 0.2 })
    expect(tested.pooled).toBeNull()
    expect(tested.comparison.pValue).toBeCloseTo(2 / choose(15, 5), 14)
  })

  it('a quiet day is not significant, and has no since', () => {
    const day7 = { date: dateOf(7), values: [0.21, 0.24, 0.26] }
    const tested = testedChangeOf([...quiet, day7], { minEffect: 0.2 })
    expect(tested.comparison.significant).toBe(false)
    expect(tested.since).toBeNull()
  })
})
