/** Mean, median and percentiles of per-run quantities and request latencies. */
import type { Distribution } from '../report-data.js'

/**
 * The p-th percentile (0–1) with linear interpolation between closest ranks (numpy's default, "type 7"), so the
 * median of an even count is the mean of the two middle values. Null for no values.
 */
export function percentileOf(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = p * (sorted.length - 1)
  const lower = Math.floor(rank)
  const upper = Math.ceil(rank)
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower)
}

export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}

/** Mean, median and p95; null when there are no values (no run had data). */
export function distributionOf(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null
  return { mean: meanOf(values)!, median: percentileOf(values, 0.5)!, p95: percentileOf(values, 0.95)! }
}
