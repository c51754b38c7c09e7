/**
 * Where the month's spend will end: the month to date plus, for each day left, a daily total drawn at random from
 * the recent report days (a bootstrap), repeated many times; P10 / P50 / P90 of those month totals. Seeded, so the
 * same history gives the same forecast on every machine and every run. Days are what a daily report dated them.
 */
import { seededRandom } from '../../usage/seeded-random.js'
import { periodContaining } from '../../common/periods.js'

export interface DayTotal {
  /** UTC day (YYYY-MM-DD). */
  day: string
  costUsd: number
}

/** The month-end projection in the JSON report (USD). */
export interface MonthForecast {
  /** YYYY-MM */
  month: string
  /** Spend of the month's report days up to the report's day. */
  toDate: number
  p10: number
  p50: number
  p90: number
  /** Report days the daily totals are drawn from. */
  days: number
  /** Days of the month after the report's day, each drawn from the history. */
  daysLeft: number
  /** Each monthly budget of the total, and the share of the simulated months that ended above it. */
  against: { limit: number; unit: 'USD' | 'AIC'; exceedChance: number }[]
}

/** A monthly budget of the total; an AIC limit is compared at 1 AIC = $0.01. */
export interface MonthlyLimit {
  limit: number
  unit: 'USD' | 'AIC'
}

export interface ForecastOptions {
  /** Fewer report days than this: no forecast. Default 7. */
  minDays?: number
  /** Only the latest report days up to this many are drawn from (recent spend predicts best). Default 28. */
  maxDays?: number
  /** Bootstrap samples. Default 2000. */
  samples?: number
  seed?: number
  /** Monthly budgets of the total to compare the simulated months with. */
  limits?: readonly MonthlyLimit[]
}

const DEFAULT_SEED = 0x70_6b_6e

/** Linear interpolation between order statistics (the R-7 rule of spreadsheets and numpy's default). */
export function quantileOf(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.min(low + 1, sorted.length - 1)
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low)
}

/** The month of `asOf` projected from `history` (report days, any order); null with too little history. */
export function forecastMonth(
  history: readonly DayTotal[],
  asOf: string,
  options: ForecastOptions = {},
): MonthForecast | null {
  const { minDays = 7, maxDays = 28, samples = 2000, seed = DEFAULT_SEED, limits = [] } = options
  const month = periodContaining('month', asOf)
  const known = [...history].filter((d) => d.day <= asOf).sort((a, b) => (a.day < b.day ? -1 : 1))
  const drawn = known.slice(-maxDays).map((d) => d.costUsd)
  if (drawn.length < minDays) return null
  const toDate = known.filter((d) => d.day >= month.start).reduce((sum, d) => sum + d.costUsd, 0)
  const daysLeft = month.days.filter((d) => d > asOf).length
  const random = seededRandom(seed)
  const totals: number[] = []
  for (let s = 0; s < samples; s++) {
    let total = toDate
    for (let d = 0; d < daysLeft; d++) total += drawn[Math.floor(random() * drawn.length)]
    totals.push(total)
  }
  totals.sort((a, b) => a - b)
  return {
    month: month.id,
    toDate,
    p10: quantileOf(totals, 0.1),
    p50: quantileOf(totals, 0.5),
    p90: quantileOf(totals, 0.9),
    days: drawn.length,
    daysLeft,
    against: limits.map(({ limit, unit }) => {
      const usd = unit === 'AIC' ? limit / 100 : limit
      return { limit, unit, exceedChance: totals.filter((t) => t > usd).length / totals.length }
    }),
  }
}
