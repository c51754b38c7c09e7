/**
 * Which flags are new, worse, or stand unchanged since an earlier report: a flag raised day after day is shown once
 * as "persisting since YYYY-MM-DD" in a compact list, and a new or worsened flag leads the section. The earlier report's
 * flags come from its data block (v2 keeps each flag's value and the date it was first seen).
 */
import type { StandingFlag } from '../trends/baseline-window.js'
import type { Flag, FlagMetric } from '../report-data.js'

/** A flag whose value moved the bad way by more than this (relative) is worsened, not persisting. */
const WORSENED_BY = 0.1

/** Which way is worse, per measured quantity; null when the value is a window total (more runs, more tokens). */
const WORSE: Partial<Record<FlagMetric, 'higher' | 'lower' | null>> = {
  cacheHitRate: 'lower',
  cacheWriteTokens: null,
  ioRatio: 'higher',
  requestsPerRun: 'higher',
  costPerRunUsd: 'higher',
  tokensPerRun: 'higher',
}

const sameFlag = (a: { id: string; model?: string }, b: { id: string; model?: string }): boolean =>
  a.id === b.id && (a.model ?? '') === (b.model ?? '')

function worsened(flag: Flag, before: StandingFlag): boolean {
  const worse = WORSE[flag.metric] ?? null
  if (worse === null) return false
  const delta = flag.value - before.value
  const scale = Math.max(Math.abs(before.value), 1e-9)
  // Rates move in points: a hit rate from 0.30 to 0.25 is worse by 5 points, judged on the 0–1 scale.
  const relative = flag.metric === 'cacheHitRate' ? delta : delta / scale
  return worse === 'higher' ? relative > WORSENED_BY : relative < -WORSENED_BY
}

/**
 * The flags with `standing` and `since` set against the earlier report's flags of the same workflow; unchanged
 * when those are unknown (null: no earlier report kept its flags).
 */
export function flagStandingsOf(flags: readonly Flag[], before: readonly StandingFlag[] | null, date: string): Flag[] {
  if (before === null) return [...flags]
  return flags.map((flag) => {
    const earlier = before.find((b) => sameFlag(flag, b))
    if (!earlier) return { ...flag, standing: 'new' as const, since: date }
    return {
      ...flag,
      standing: worsened(flag, earlier) ? ('worsened' as const) : ('persisting' as const),
      since: earlier.since,
    }
  })
}
