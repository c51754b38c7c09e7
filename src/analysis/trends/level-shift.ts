/**
 * "Since when?": the first report window in which a new level holds, for a change already found significant.
 *
 * Method: a single change point between report windows. Every split of the windows into "before" and "after" is
 * scored by the per-run values' total absolute deviation from their side's median (least absolute deviation: one
 * runaway run cannot move the split much, as it would a squared-error fit); the best-scoring split whose level moves
 * in the change's direction wins. Its start is then moved later, if needed, to the first window from which on every
 * window's median is nearer the new level than the old one, so a lone noisy window before the real change does not
 * become "since". Windows are weighed by their runs (the per-run values are pooled), so a day with one run counts
 * less than a day with twenty.
 */
import { percentileOf } from '../runs/distribution.js'

const median = (values: readonly number[]): number | null => percentileOf(values, 0.5)

/** The per-run values of one report window. */
export interface DatedSamples {
  /** The window's label, usually its report date `YYYY-MM-DD`. */
  date: string
  values: readonly number[]
}

export interface LevelShift {
  /** Date of the first window at the new level. */
  since: string
  /** Index of that window in the input. */
  index: number
  /** Median per-run value of the windows before `since`, and from `since` on. */
  before: number
  after: number
}

export interface LevelShiftOptions {
  /** Only accept a shift this way (the direction of the significant change). Default: either. */
  direction?: 'up' | 'down'
}

/**
 * The shift that best explains the windows (oldest first, the current window last); null when fewer than two
 * windows have runs, or no shift moves in `direction` up to the current window.
 */
export function findLevelShift(windows: readonly DatedSamples[], options: LevelShiftOptions = {}): LevelShift | null {
  for (const w of windows) {
    const bad = w.values.find((v) => !Number.isFinite(v))
    if (bad !== undefined)
      throw new Error(`findLevelShift: window ${w.date} has a value that is not a finite number: ${bad}`)
  }
  const withRuns = windows.map((w, index) => ({ ...w, index })).filter((w) => w.values.length > 0)
  if (withRuns.length < 2) return null

  let best: { start: number; cost: number; before: number; after: number } | null = null
  for (let start = 1; start < withRuns.length; start++) {
    const beforeValues = withRuns.slice(0, start).flatMap((w) => w.values)
    const afterValues = withRuns.slice(start).flatMap((w) => w.values)
    const before = median(beforeValues)!
    const after = median(afterValues)!
    if (options.direction === 'up' && !(after > before)) continue
    if (options.direction === 'down' && !(after < before)) continue
    const cost = absoluteDeviation(beforeValues, before) + absoluteDeviation(afterValues, after)
    // Ties go to the later split: claim no more history than the values demand.
    if (!best || cost <= best.cost) best = { start, cost, before, after }
  }
  if (!best) return null

  let start = best.start
  const holds = (w: { values: readonly number[] }): boolean => {
    const m = median(w.values)!
    return Math.abs(m - best.after) < Math.abs(m - best.before)
  }
  // The last window from which every later one holds; the current window always counts as the new level.
  while (start < withRuns.length - 1 && !withRuns.slice(start).every(holds)) start++
  const first = withRuns[start]!
  const before = median(withRuns.slice(0, start).flatMap((w) => w.values))!
  const after = median(withRuns.slice(start).flatMap((w) => w.values))!
  // Moved that far, the levels may no longer move the asked way (the current window is not at the new level).
  if (options.direction === 'up' && !(after > before)) return null
  if (options.direction === 'down' && !(after < before)) return null
  return { since: first.date, index: first.index, before, after }
}

function absoluteDeviation(values: readonly number[], center: number): number {
  let sum = 0
  for (const v of values) sum += Math.abs(v - center)
  return sum
}
