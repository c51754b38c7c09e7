/**
 * A daily report tests every workflow on every metric: with 10 workflows × 5 metrics, 50 tests at p < 0.01 would
 * raise a false alarm on about 4 days in 10 even if nothing changed. The Benjamini–Hochberg procedure keeps the
 * expected share of false discoveries among the changes called at most `alpha` (and, when nothing changed at all,
 * the chance of any false alarm in the report at most `alpha`), while a change as clear as a broken cache still
 * clears it: its p-value stands far below alpha / number of tests.
 */
import type { MetricChange } from '../report-data.js'

/**
 * Benjamini–Hochberg adjusted p-values, in the order given: p(i) · m / rank(i), made monotone from the largest p
 * down and capped at 1 (R's `p.adjust(p, "BH")`). A test is a discovery at level q when its adjusted p is ≤ q.
 */
export function adjustedPValues(pValues: readonly number[]): number[] {
  const m = pValues.length
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new Error(`adjustedPValues: p-value #${i} is not in [0, 1]: ${String(p)}`)
  })
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i)
  const adjusted = new Array<number>(m)
  let smallest = 1
  for (let k = m - 1; k >= 0; k--) {
    smallest = Math.min(smallest, (order[k]!.p * m) / (k + 1))
    adjusted[order[k]!.i] = smallest
  }
  return adjusted
}

/**
 * Every tested change of a report (all workflows, all metrics) with its Benjamini–Hochberg adjusted p-value
 * (`pAdjusted`); a change stays significant only when that is below `alpha`. Not counted among the tests: changes
 * with too few runs (no p-value), and those in `constant`, whose runs all had the same value (requests per run when
 * every run made 6): given the values, every labelling gives p = 1, so they can never be a discovery, and leaving
 * them out keeps the control (Tarone's argument for tests that cannot reach the threshold).
 */
export function withFalseDiscoveryControl(
  changes: readonly MetricChange[][],
  alpha: number,
  constant: ReadonlySet<MetricChange> = new Set(),
): MetricChange[][] {
  const tested = changes.flat().filter((c) => c.pValue !== null && !constant.has(c))
  const values = adjustedPValues(tested.map((c) => c.pValue!))
  const adjusted = new Map(tested.map((c, i) => [c, values[i]!]))
  return changes.map((list) =>
    list.map((c) => {
      const pAdjusted = adjusted.get(c)
      if (pAdjusted === undefined) return c
      if (!c.significant || pAdjusted < alpha) return { ...c, pAdjusted }
      return { ...c, pAdjusted, significant: false, verdict: 'not-significant', since: null }
    }),
  )
}
