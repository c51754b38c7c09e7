/**
 * Is a workflow's current window really different from its baseline? A two-sided Mann–Whitney U (rank-sum) test on
 * the per-run values, plus a minimum effect. The test itself decides whether there are enough runs: three runs that
 * all cost more than every one of 70 baseline runs are already strong evidence (exact p = 2 / C(73, 3) ≈ 3e-5), while
 * two runs against three can never reach p < 0.01 (2 / C(5, 2) = 0.2) and are "too few runs to tell".
 *
 * Why Mann–Whitney: per-run cost and tokens are skewed and carry outliers (one runaway run), so a rank test is the
 * robust choice; it needs no distribution and no random numbers (a bootstrap would need a seed and thousands of
 * resamples per metric). Why hand-written: no maintained npm package offers a tie-corrected U test with a p-value
 * (@stdlib has only the paired signed-rank test, simple-statistics only the rank sum without a p-value, jStat
 * neither, and the two `mann-whitney-utest` packages are unmaintained and ignore ties); the test is ~80 lines here.
 *
 * The numbers reported are MEANS (total / runs), the same per-run averages the report's tables show and the ones the
 * cost drivers add up to; the test decides on ranks, so one outlier run can move the mean but not the verdict. A
 * change is significant only when the ranks move the same way as the means. A rate whose report value is pooled (the
 * cache hit rate: cache read / (fresh input + cache read) over all the window's tokens) passes its pooled values as
 * `shown`: those are reported and give the direction and size, while the test still ranks the per-run rates.
 *
 * A change that rounds to nothing (under `NEGLIGIBLE_RELATIVE`, or under `minAbsolute` of the metric's unit) has no
 * direction: the same runs summed in another order differ in the last bits, and that is not a fall.
 */
import { meanOf, percentileOf } from '../runs/distribution.js'

/** How large and how sure a change must be. */
export interface SignificanceOptions {
  /**
   * Fewer runs than this on either side: too few runs to tell, never significant. Default 1: the test decides (a side
   * whose most extreme ordering could not reach `alpha` is too few runs to tell, whatever this says).
   */
  minRuns?: number
  /** Smallest relative change of the mean that counts (0.2 = 20%, the `trend-threshold`). Default 0.2. */
  minEffect?: number
  /**
   * Largest two-sided p-value that counts as significant. Default 0.01, not 0.05: a daily report tests every
   * workflow every day on two metrics, so at 0.05 a repository with 6 quiet workflows got a median of 2 false rises
   * a fortnight (200 seeded fortnights of synthetic runs, 3–20 runs a day); at 0.01, 0 or 1 in 97% of them. Real
   * changes worth a line clear 0.01 easily (Smoke Claude's switch to Haiku: p ≈ 5e-9).
   */
  alpha?: number
  /** A change of the shown values smaller than this (in the metric's unit) has no direction. Default 0. */
  minAbsolute?: number
  /** The values reported instead of the means of the per-run values (a pooled rate); the test still ranks those. */
  shown?: { baseline: number | null; current: number | null }
}

/** Below this relative size (0.05%) a change rounds to nothing: no direction, never significant. */
export const NEGLIGIBLE_RELATIVE = 0.0005

/** The defaults of `SignificanceOptions`. */
export const defaultSignificance: Required<Omit<SignificanceOptions, 'shown'>> = Object.freeze({
  minRuns: 1,
  minEffect: 0.2,
  alpha: 0.01,
  minAbsolute: 0,
})

export type ChangeVerdict = 'significant' | 'not-significant' | 'too-few-runs'

/** The comparison of one metric's per-run values: baseline window against current window. */
export interface SampleComparison {
  /** Mean per run of the baseline window (or its `shown` value); null when it has no runs. */
  baseline: number | null
  /** Mean per run of the current window (or its `shown` value); null when it has no runs. */
  current: number | null
  /** (current − baseline) / baseline; null when either side has no runs, or the baseline is 0 and current is not. */
  relative: number | null
  /** Direction of the means; null when the change rounds to nothing or a side has no runs. */
  direction: 'up' | 'down' | null
  significant: boolean
  /**
   * The mean moved by at least `minEffect` and the ranks moved the same way: what a small enough p-value needs to be
   * significant (a caller that combines or adjusts p-values decides with it).
   */
  meaningful: boolean
  /** Two-sided p-value of the rank test; null with too few runs to tell. */
  pValue: number | null
  runs: { baseline: number; current: number }
  verdict: ChangeVerdict
  /** Medians, for context: a mean pulled by one outlier shows against them. */
  medians: { baseline: number | null; current: number | null }
}

/** Rank-sum test result: p-value and which side ranks higher. */
export interface RankTest {
  pValue: number
  /** U of `current` minus its expectation n1·n2/2: positive when current values tend to be larger. */
  shift: number
  /** Whether the p-value comes from the exact permutation distribution (else: normal approximation). */
  exact: boolean
}

/**
 * Above this many DP steps the exact distribution gives way to the normal approximation (~1 ms of work): by then
 * (e.g. 60 baseline runs against 10) the approximation is good to well below the alpha that matters.
 */
const EXACT_BUDGET = 1_000_000

export function compareSamples(
  baseline: readonly number[],
  current: readonly number[],
  options: SignificanceOptions = {},
): SampleComparison {
  const { minRuns, minEffect, alpha, minAbsolute } = { ...defaultSignificance, ...definedOnly(options) }
  checkFinite('baseline', baseline)
  checkFinite('current', current)
  const baseMean = options.shown ? options.shown.baseline : meanOf(baseline)
  const currentMean = options.shown ? options.shown.current : meanOf(current)
  const relative =
    baseMean === null || currentMean === null
      ? null
      : baseMean === 0
        ? currentMean === 0
          ? 0
          : null
        : (currentMean - baseMean) / Math.abs(baseMean)
  const negligible =
    baseMean === null ||
    currentMean === null ||
    Math.abs(currentMean - baseMean) < minAbsolute ||
    (relative !== null && Math.abs(relative) < NEGLIGIBLE_RELATIVE)
  const direction =
    baseMean === null || currentMean === null || currentMean === baseMean || negligible
      ? null
      : currentMean > baseMean
        ? 'up'
        : 'down'
  const result: SampleComparison = {
    baseline: baseMean,
    current: currentMean,
    relative,
    direction,
    significant: false,
    meaningful: false,
    pValue: null,
    runs: { baseline: baseline.length, current: current.length },
    verdict: 'too-few-runs',
    medians: { baseline: percentileOf(baseline, 0.5), current: percentileOf(current, 0.5) },
  }
  if (baseline.length < Math.max(1, minRuns) || current.length < Math.max(1, minRuns)) return result
  if (smallestPValue(baseline.length, current.length) >= alpha) return result
  const test = mannWhitney(baseline, current)
  // A change from 0 has no relative size; it is as large as changes get.
  const largeEnough = relative === null || Math.abs(relative) >= minEffect
  const ranksAgree = direction === 'up' ? test.shift > 0 : direction === 'down' ? test.shift < 0 : false
  const meaningful = largeEnough && ranksAgree
  const significant = test.pValue < alpha && meaningful
  return {
    ...result,
    pValue: test.pValue,
    significant,
    meaningful,
    verdict: significant ? 'significant' : 'not-significant',
  }
}

/**
 * The smallest two-sided p-value the rank test can give with these many runs: the two most extreme orderings (every
 * current run above, or below, every baseline run) out of C(n1 + n2, n2). Ties only make it larger.
 */
export function smallestPValue(n1: number, n2: number): number {
  const m = Math.min(n1, n2)
  const n = n1 + n2
  // C(n, m) as a running product; past 2 / 1e-300 nothing is too few.
  let orderings = 1
  for (let i = 1; i <= m && orderings < 1e300; i++) orderings = (orderings * (n - m + i)) / i
  return Math.min(1, 2 / orderings)
}

/**
 * Two-sided Mann–Whitney U test of `current` against `baseline`, with mid-ranks for ties. Small samples get the
 * exact permutation distribution of the rank sum (conditional on the ties, so it stays exact with integer data such
 * as requests per run); larger ones the normal approximation with tie correction and continuity correction.
 */
export function mannWhitney(baseline: readonly number[], current: readonly number[]): RankTest {
  const n1 = baseline.length
  const n2 = current.length
  if (n1 === 0 || n2 === 0) throw new Error(`Mann–Whitney needs runs on both sides, got ${n1} and ${n2}`)
  const all = [
    ...baseline.map((value) => ({ value, current: false })),
    ...current.map((value) => ({ value, current: true })),
  ]
  all.sort((a, b) => a.value - b.value)
  const n = all.length
  // Doubled mid-ranks are integers: positions i..j (0-based) share rank (i + j + 2) / 2.
  const doubledRanks = new Array<number>(n)
  let tieTerm = 0
  for (let i = 0; i < n;) {
    let j = i
    while (j + 1 < n && all[j + 1]!.value === all[i]!.value) j++
    for (let k = i; k <= j; k++) doubledRanks[k] = i + j + 2
    const t = j - i + 1
    tieTerm += t * t * t - t
    i = j + 1
  }
  let currentDoubled = 0
  for (let k = 0; k < n; k++) if (all[k]!.current) currentDoubled += doubledRanks[k]!
  const u = currentDoubled / 2 - (n2 * (n2 + 1)) / 2
  const shift = u - (n1 * n2) / 2

  const m = Math.min(n1, n2)
  if (2 * n * n * m * m <= EXACT_BUDGET) {
    // The smaller side's doubled rank sum; the test is symmetric, so which side we count does not matter.
    const observed = n2 <= n1 ? currentDoubled : n * (n + 1) - currentDoubled
    return { pValue: exactRankSumPValue(doubledRanks, m, observed), shift, exact: true }
  }
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)))
  if (variance <= 0) return { pValue: 1, shift, exact: false }
  const z = Math.max(0, Math.abs(shift) - 0.5) / Math.sqrt(variance)
  return { pValue: Math.min(1, erfc(z / Math.SQRT2)), shift, exact: false }
}

/**
 * P(|S − E| ≥ |observed − E|) where S is the (doubled) rank sum of `m` values drawn without replacement from
 * `doubledRanks`: counts of subsets by size and sum, one value at a time.
 */
function exactRankSumPValue(doubledRanks: readonly number[], m: number, observed: number): number {
  const n = doubledRanks.length
  const maxSum = [...doubledRanks]
    .sort((a, b) => b - a)
    .slice(0, m)
    .reduce((s, r) => s + r, 0)
  const width = maxSum + 1
  // counts[j * width + s]: subsets of size j with doubled rank sum s (doubles: C(150, 20) ≈ 1e25 still fits).
  const counts = new Float64Array((m + 1) * width)
  counts[0] = 1
  for (let i = 0; i < n; i++) {
    const r = doubledRanks[i]!
    for (let j = Math.min(i + 1, m); j >= 1; j--) {
      const to = j * width
      const from = (j - 1) * width
      for (let s = maxSum; s >= r; s--) counts[to + s]! += counts[from + s - r]!
    }
  }
  const expected = m * (n + 1) // doubled mean rank sum
  const distance = Math.abs(observed - expected)
  let total = 0
  let tail = 0
  for (let s = 0; s <= maxSum; s++) {
    const c = counts[m * width + s]!
    total += c
    // Sums are integers, so "at least as far" needs no tolerance.
    if (Math.abs(s - expected) >= distance) tail += c
  }
  return Math.min(1, tail / total)
}

/**
 * Complementary error function, Chebyshev fit with fractional error below 1.2e-7 everywhere (Numerical Recipes,
 * `erfcc`): ample for p-values compared with 0.05.
 */
export function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  return x >= 0 ? r : 2 - r
}

/** `{ alpha: undefined }` must not wipe out the default. */
function definedOnly(options: SignificanceOptions): SignificanceOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined))
}

function checkFinite(side: string, values: readonly number[]): void {
  const bad = values.findIndex((v) => !Number.isFinite(v))
  if (bad >= 0) throw new Error(`compareSamples: ${side} value #${bad} is not a finite number: ${String(values[bad])}`)
}
