/**
 * A sparkline of the last N days (▁▂▃▄▅▆▇█) for a trend table cell. The scale starts at 0, not at the smallest
 * value, so a day at half the cost draws at half the height: a min-based scale makes $0.88 look like nothing next
 * to $1.83.
 */

const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const

/** Drawn for a day without a value (no runs), so the days still line up. */
export const SPARKLINE_GAP = '·'

export interface SparklineOptions {
  /** Top of the scale; several sparklines given the same max compare by height. Default: the largest value. */
  max?: number
}

/**
 * One glyph per value: 0 → ▁, `max` → █, linear in between (rounded to the nearest of the 8 heights); null,
 * undefined and NaN → `·`. An empty list gives ''.
 */
export function sparkline(values: readonly (number | null | undefined)[], options: SparklineOptions = {}): string {
  for (const [i, v] of values.entries()) {
    if (typeof v === 'number' && (v < 0 || v === Infinity)) {
      throw new Error(`sparkline: value #${i} must be a finite number ≥ 0 (the scale starts at 0), got ${v}`)
    }
  }
  const present = values.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v))
  const max = options.max ?? Math.max(0, ...present)
  if (!(max >= 0) || max === Infinity) throw new Error(`sparkline: max must be a finite number ≥ 0, got ${max}`)
  return values
    .map((v) => {
      if (typeof v !== 'number' || Number.isNaN(v)) return SPARKLINE_GAP
      if (max === 0) return BARS[0]
      const level = Math.round((Math.min(v, max) / max) * (BARS.length - 1))
      return BARS[level]
    })
    .join('')
}
