// Benjamini–Hochberg across the many workflow × metric tests of one report.
import { adjustedPValues, withFalseDiscoveryControl } from '../../../src/analysis/trends/false-discovery.js'
import type { MetricChange } from '../../../src/analysis/report-data.js'

/** The step-up rule itself: reject the k smallest, k the largest with p(k) ≤ k·q/m. */
function rejectedByStepUp(pValues: number[], q: number): boolean[] {
  const sorted = [...pValues].sort((a, b) => a - b)
  let k = 0
  sorted.forEach((p, i) => {
    if (p <= ((i + 1) * q) / sorted.length) k = i + 1
  })
  const cut = k === 0 ? -Infinity : sorted[k - 1]!
  return pValues.map((p) => p <= cut)
}

describe('adjustedPValues (Benjamini–Hochberg)', () => {
  it("matches R's p.adjust(c(0.01, 0.04, 0.03, 0.005), 'BH')", () => {
    // Sorted 0.005, 0.01, 0.03, 0.04 → 0.005·4/1, 0.01·4/2, 0.03·4/3, 0.04·4/4 = 0.02, 0.02, 0.04, 0.04.
    const adjusted = adjustedPValues([0.01, 0.04, 0.03, 0.005])
    ;[0.02, 0.04, 0.04, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12))
  })

  it("rejects 4 of the 15 p-values of Benjamini and Hochberg's 1995 example at q = 0.05 (Bonferroni: 3)", () => {
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1,
    ]
    const rejected = adjustedPValues(p).map((a) => a <= 0.05)
    expect(rejected.filter(Boolean)).toHaveLength(4)
    expect(rejected).toEqual(rejectedByStepUp(p, 0.05))
    expect(p.filter((x) => x <= 0.05 / p.length)).toHaveLength(3)
  })

  it('agrees with the step-up rule on shuffled p-values, keeps their order, never falls below p, caps at 1', () => {
    const p = [0.9, 0.002, 0.04, 0.011, 0.5, 0.0004, 0.03, 0.2, 0.013, 0.7]
    const adjusted = adjustedPValues(p)
    for (const q of [0.01, 0.05, 0.1]) expect(adjusted.map((a) => a <= q)).toEqual(rejectedByStepUp(p, q))
    adjusted.forEach((a, i) => {
      expect(a).toBeGreaterThanOrEqual(p[i]!)
      expect(a).toBeLessThanOrEqual(1)
    })
    expect(adjustedPValues([])).toEqual([])
    expect(() => adjustedPValues([0.2, Number.NaN])).toThrow('p-value #1 is not in [0, 1]: NaN')
  })
})

describe('withFalseDiscoveryControl', () => {
  const change = (metric: MetricChange['metric'], pValue: number | null, significant: boolean): MetricChange => ({
    metric,
    direction: 'up',
    baseline: 1,
    current: 2,
    relative: 1,
    significant,
    pValue,
    runs: { baseline: 70, current: 3 },
    verdict: pValue === null ? 'too-few-runs' : significant ? 'significant' : 'not-significant',
    since: significant ? '2026-04-08' : null,
    drivers: [],
  })

  it('keeps a change only when its adjusted p over every tested change of the report is below alpha', () => {
    // 2 workflows × 3 metrics, one untested: m = 5 tests.
    const report = [
      [
        change('costPerRunUsd', 3.2e-5, true),
        change('tokensPerRun', 0.004, true),
        change('requestsPerRun', 0.6, false),
      ],
      [change('costPerRunUsd', 0.3, false), change('tokensPerRun', 0.8, false), change('requestsPerRun', null, false)],
    ]
    const [a, b] = withFalseDiscoveryControl(report, 0.01)
    expect(a![0]!.pAdjusted).toBeCloseTo(3.2e-5 * 5, 12)
    expect(a![0]).toMatchObject({ significant: true, verdict: 'significant', since: '2026-04-08' })
    // 0.004 is second smallest: 0.004 · 5 / 2 = 0.01, not below 0.01.
    expect(a![1]!.pAdjusted).toBeCloseTo((0.004 * 5) / 2, 12)
    expect(a![1]).toMatchObject({ significant: false, verdict: 'not-significant', since: null })
    expect(b![2]).toEqual(report[1]![2])
    expect(b![0]!.pAdjusted).toBeCloseTo(Math.min((0.3 * 5) / 3, (0.6 * 5) / 4), 12)
  })

  it('leaves out of the tests the changes whose runs all had one value: 5 against 5 runs, fully apart, stays called', () => {
    // Cost and tokens: 5 runs against 5, all above: p = 2 / C(10, 5). Requests and the hit rate never varied: p = 1.
    const p = 2 / 252
    const report = [
      [
        change('costPerRunUsd', p, true),
        change('tokensPerRun', p, true),
        change('requestsPerRun', 1, false),
        change('cacheHitRate', 1, false),
      ],
    ]
    const counted = withFalseDiscoveryControl(report, 0.01)[0]!
    // Counted, they make m = 4: p · 4 / 2 = 0.016, not below 0.01.
    expect(counted[0]!.pAdjusted).toBeCloseTo((p * 4) / 2, 12)
    expect(counted[0]!.significant).toBe(false)
    const left = withFalseDiscoveryControl(report, 0.01, new Set([report[0]![2]!, report[0]![3]!]))[0]!
    expect(left[0]!.pAdjusted).toBeCloseTo((p * 2) / 2, 12)
    expect(left.slice(0, 2).map((c) => c.significant)).toEqual([true, true])
    expect(left[2]).toEqual(report[0]![2])
  })
})
