// Seeded synthetic workflows for the trend statistics: runs drawn day by day from a profile (requests per run, model
// mix, tokens per request, prices), and the daily report's comparison of a day with the days before it.
import {
  compareSamples,
  type SampleComparison,
  type SignificanceOptions,
} from '../../src/analysis/trends/change-significance.js'
import { decomposeCostChange, type CostChange, type ModelUsageRow } from '../../src/analysis/trends/cost-drivers.js'
import { seededRandom } from '../../src/usage/seeded-random.js'

/** $/M input, output, cache read, cache write. */
export type Rates = [number, number, number, number]
export const SONNET: Rates = [3, 15, 0.3, 3.75]
export const HAIKU: Rates = [1, 5, 0.1, 1.25]

export interface ModelProfile {
  model: string
  /** Share of the requests (the shares of a profile add up to 1). */
  share: number
  rates: Rates
  /** Mean tokens of one request: fresh input, output, cache read, cache write. */
  perRequest: [number, number, number, number]
}

export interface WorkflowProfile {
  requestsPerRun: number
  models: ModelProfile[]
}

export interface SyntheticRun {
  costUsd: number
  tokens: number
  requests: number
  rows: ModelUsageRow[]
}

/** Normal(0, 1) by Box–Muller from the seeded uniform source. */
function gaussian(random: () => number): number {
  const u = 1 - random()
  const v = random()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

/** A multiplicative noise factor with median 1 (log-normal): per-run usage is skewed, never negative. */
function noise(random: () => number, sigma: number): number {
  return Math.exp(sigma * gaussian(random))
}

/**
 * One run: its request count varies ±25% around the profile (log-normal), each request picks its model by share,
 * and the run's size per request varies ±30% (one factor for the whole run: a long task is long in every call).
 */
export function drawRun(random: () => number, profile: WorkflowProfile): SyntheticRun {
  const requests = Math.max(1, Math.round(profile.requestsPerRun * noise(random, 0.25)))
  const size = noise(random, 0.3)
  const counts = profile.models.map(() => 0)
  for (let i = 0; i < requests; i++) {
    let pick = random()
    let m = 0
    while (m < profile.models.length - 1 && pick >= profile.models[m]!.share) pick -= profile.models[m++]!.share
    counts[m]!++
  }
  const rows = profile.models
    .map((p, m): ModelUsageRow => {
      const n = counts[m]!
      const [i, o, r, w] = p.perRequest.map((t) => Math.round(t * size * n))
      const cost = {
        input: (i! * p.rates[0]) / 1e6,
        output: (o! * p.rates[1]) / 1e6,
        cacheRead: (r! * p.rates[2]) / 1e6,
        cacheWrite: (w! * p.rates[3]) / 1e6,
      }
      const costUsd = cost.input + cost.output + cost.cacheRead + cost.cacheWrite
      return {
        model: p.model,
        requests: n,
        inputTokens: i!,
        outputTokens: o!,
        cacheReadTokens: r!,
        cacheWriteTokens: w!,
        costUsd,
        cost,
      }
    })
    .filter((row) => row.requests > 0)
  return {
    costUsd: rows.reduce((s, r) => s + r.costUsd, 0),
    tokens: rows.reduce((s, r) => s + r.inputTokens + r.outputTokens + r.cacheReadTokens + r.cacheWriteTokens, 0),
    requests,
    rows,
  }
}

/** Days of runs: 3 to 20 runs a day, each day's profile given by `profileOn(day)`. */
export function drawDays(
  seed: number,
  days: number,
  profileOn: (day: number) => WorkflowProfile,
  runsPerDay?: [number, number],
): SyntheticRun[][] {
  const random = seededRandom(seed)
  const [min, max] = runsPerDay ?? [3, 20]
  return Array.from({ length: days }, (_, day) => {
    const n = min + Math.floor(random() * (max - min + 1))
    return Array.from({ length: n }, () => drawRun(random, profileOn(day)))
  })
}

export interface DailyReport {
  day: number
  cost: SampleComparison
  tokens: SampleComparison
  requests: SampleComparison
  drivers: CostChange
}

/** The report of `day`: its runs against the runs of the `baselineDays` days before it (fewer at the start). */
export function dailyReport(
  days: SyntheticRun[][],
  day: number,
  baselineDays = 7,
  options: SignificanceOptions = {},
): DailyReport {
  const baseline = days.slice(Math.max(0, day - baselineDays), day).flat()
  const current = days[day]!
  const compare = (value: (r: SyntheticRun) => number): SampleComparison =>
    compareSamples(baseline.map(value), current.map(value), options)
  return {
    day,
    cost: compare((r) => r.costUsd),
    tokens: compare((r) => r.tokens),
    requests: compare((r) => r.requests),
    drivers: decomposeCostChange(
      { runs: Math.max(1, baseline.length), models: baseline.flatMap((r) => r.rows) },
      { runs: current.length, models: current.flatMap((r) => r.rows) },
    ),
  }
}

/** A Sonnet-heavy agent: 12 requests per run, a third of them Haiku classification calls. */
export function agentProfile(overrides: Partial<WorkflowProfile> = {}): WorkflowProfile {
  return {
    requestsPerRun: 12,
    models: [
      { model: 'claude-sonnet-4.6', share: 0.67, rates: SONNET, perRequest: [800, 600, 40_000, 4000] },
      { model: 'claude-haiku-4.5', share: 0.33, rates: HAIKU, perRequest: [1200, 150, 8000, 1500] },
    ],
    ...overrides,
  }
}
