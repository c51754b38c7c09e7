/** The `baseline` input: `7d`, `14d` or `previous`. */
import { DEFAULT_BASELINE, MAX_BASELINE_DAYS, type BaselineSpan } from '../analysis/trends/baseline-window.js'

/** Parses `7d`, `14d` or `previous`; throws an Error saying what is accepted. */
export function parseBaselineSpan(text: string): BaselineSpan {
  const value = text.trim().toLowerCase()
  if (value === '') return DEFAULT_BASELINE
  if (value === 'previous') return { kind: 'previous' }
  const days = /^(\d+)\s*d$/.exec(value)
  if (days) {
    const n = Number(days[1])
    if (n >= 1 && n <= MAX_BASELINE_DAYS) return { kind: 'days', days: n }
    throw new Error(`Expected 1d to ${MAX_BASELINE_DAYS}d, got ${n}d`)
  }
  throw new Error("Expected a number of days such as '7d' or '14d', or 'previous'")
}
