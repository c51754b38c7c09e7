/**
 * One metric's change, tested two ways: this window's runs against the whole baseline, and — when the baseline already
 * holds windows at the new level (the change began a few reports ago) — the runs since the level shift, pooled across
 * those reports, against the runs before it. A change seen on a day of 3 runs and then a day of 4 is thus judged on 7
 * runs, not on 4 against a baseline that half holds it.
 *
 * Choosing the split after looking at the runs would make false alarms likelier, so the two tests share the alpha
 * (weighted Bonferroni): this window alone gets half of it, the pooled test the other half, divided among the splits
 * the level shift could have chosen. The p-value reported is the corrected one: 2·p for this window,
 * 2·(splits)·p for the pooled runs; a baseline of one window (nothing to pool) leaves this window's p as it is.
 */
import {
  compareSamples,
  defaultSignificance,
  type SampleComparison,
  type SignificanceOptions,
} from './change-significance.js'
import { findLevelShift, type DatedSamples } from './level-shift.js'
import type { PooledChange } from '../report-data.js'

export interface TestedChange {
  /** This window against the baseline: the numbers shown; p-value and verdict those of the test that decided. */
  comparison: SampleComparison
  /** The pooled test, when one ran. */
  pooled: PooledChange | null
  /** First window at the new level, for a significant change. */
  since: string | null
}

/** `windows`: the baseline's windows oldest first, the current window last. */
export function testedChangeOf(windows: readonly DatedSamples[], options: SignificanceOptions = {}): TestedChange {
  const current = windows[windows.length - 1]!
  const baseline = windows.slice(0, -1).flatMap((w) => w.values)
  const alpha = options.alpha ?? defaultSignificance.alpha
  const alone = compareSamples(baseline, current.values, options)
  if (alone.direction === null || current.values.length === 0) return { comparison: alone, pooled: null, since: null }
  const shift = findLevelShift(windows, { direction: alone.direction })
  const splits = windows.slice(0, -1).filter((w) => w.values.length > 0).length - 1
  if (splits < 1) {
    return { comparison: alone, pooled: null, since: alone.significant ? (shift?.since ?? current.date) : null }
  }

  // Half the alpha for this window alone: its p-value doubled.
  const tests: { pValue: number; meaningful: boolean; since: string }[] = []
  if (alone.pValue !== null) {
    tests.push({
      pValue: Math.min(1, 2 * alone.pValue),
      meaningful: alone.meaningful,
      since: shift?.since ?? current.date,
    })
  }
  let pooled: PooledChange | null = null
  if (shift && shift.index < windows.length - 1) {
    const before = windows.slice(0, shift.index).flatMap((w) => w.values)
    const after = windows.slice(shift.index).flatMap((w) => w.values)
    const { shown: _shown, ...withoutShown } = options
    const test = compareSamples(before, after, withoutShown)
    if (test.pValue !== null && test.direction === alone.direction) {
      pooled = { since: shift.since, runs: { before: before.length, after: after.length }, pValue: test.pValue }
      tests.push({ pValue: Math.min(1, 2 * splits * test.pValue), meaningful: test.meaningful, since: shift.since })
    }
  }
  if (tests.length === 0) return { comparison: alone, pooled, since: null }

  // The test that decides: the smallest corrected p among those whose change is large enough, else the smallest.
  const candidates = tests.some((t) => t.meaningful) ? tests.filter((t) => t.meaningful) : tests
  const decided = candidates.reduce((a, b) => (b.pValue < a.pValue ? b : a))
  const significant = decided.meaningful && decided.pValue < alpha
  return {
    comparison: {
      ...alone,
      pValue: decided.pValue,
      meaningful: decided.meaningful,
      significant,
      verdict: significant ? 'significant' : 'not-significant',
    },
    pooled,
    since: significant ? decided.since : null,
  }
}
