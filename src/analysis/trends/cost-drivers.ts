/**
 * Why did cost per run change? Splits the change between a baseline window and the current window into drivers
 * that add up to it exactly.
 *
 * Model. Cost per run = R × Σ_m s_m × Σ_t q_{m,t} × p_{m,t}, with R requests per run, s_m model m's share of the
 * requests, q_{m,t} tokens of type t (fresh input, output, cache read, cache write) per request of model m and
 * p_{m,t} its price per token (cost of that type / its tokens, so the prices the runs were actually billed at).
 *
 * Method. Exact Shapley values over seven factor groups: requests per run (R), model mix (all s_m), input, output,
 * cache read and cache write per request (q_{·,t} of one type each) and prices (all p). v(S) is the cost per run
 * with the groups in S at their current values and the rest at baseline; 2^7 = 128 evaluations. Shapley is the one
 * split that is exact (the contributions sum to v(all) − v(none)), symmetric (the order the factors are listed in
 * does not matter, unlike a chain of "what if" steps) and gives 0 to a factor that did not move.
 *
 * Fill-ins, so a factor that does not exist on one side does not move:
 * - a model with no requests on one side (new or gone) takes its tokens per request and prices from the other
 *   side, so a switch to another model shows as model mix, with the new model's own token profile;
 * - a token type with no tokens on one side takes its price from the other side (0 when neither has tokens);
 * - a side with no requests at all takes the other side's model shares.
 *
 * `cache-hit-rate` is always 0: the hit rate is cache read / (cache read + input), both already factors of their
 * own; a hit-rate factor would count the same tokens twice, and reparameterising (prompt size × hit rate) would
 * make "cache read per request" move when cache reads did not. Caching gained or lost shows as input and cache read
 * per request moving in opposite directions; `caching` carries the hit rates for the words.
 *
 * `prices` also takes what the model cannot explain: cost billed without tokens of its type (a flat per-request
 * fee) or a costUsd that differs from the sum of its types. It is reported in `unexplainedUsd` too.
 */
import type { CostByType } from '../../usage/run-summary.js'
import { cacheHitRateOf } from '../runs/token-metrics.js'

/** The fixed vocabulary of driver ids. */
export type DriverId =
  | 'requests-per-run'
  | 'model-mix'
  | 'input-per-request'
  | 'output-per-request'
  | 'cache-read-per-request'
  | 'cache-write-per-request'
  | 'cache-hit-rate'
  | 'prices'

export const DRIVER_IDS: readonly DriverId[] = [
  'requests-per-run',
  'model-mix',
  'input-per-request',
  'output-per-request',
  'cache-read-per-request',
  'cache-write-per-request',
  'cache-hit-rate',
  'prices',
]

/** One model's usage over all runs of a window (normalised tokens: inputTokens is fresh input). */
export interface ModelUsageRow {
  model: string
  requests: number
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  costUsd: number
  cost: CostByType
}

/** A model row of any scope (report, data block, daily) as the drivers read it: a copy, its extra fields left out. */
export function usageRowOf(m: ModelUsageRow): ModelUsageRow {
  return {
    model: m.model,
    requests: m.requests,
    inputTokens: m.inputTokens,
    outputTokens: m.outputTokens,
    cacheReadTokens: m.cacheReadTokens,
    cacheWriteTokens: m.cacheWriteTokens,
    costUsd: m.costUsd,
    cost: { ...m.cost },
  }
}

/** One window (baseline or current): its runs and the per-model usage of all of them. */
export interface UsageWindow {
  runs: number
  models: readonly ModelUsageRow[]
}

/** A driver's signed contribution to the change in cost per run, USD per run. */
export interface Driver {
  id: DriverId
  contribution: number
}

/** A model's share of the requests in each window. */
export interface ModelShift {
  model: string
  baselineShare: number
  currentShare: number
  /** new: no requests in the baseline; gone: none in the current window. */
  status: 'new' | 'gone' | 'kept'
}

/** A value in the baseline window and in the current one. */
export interface Pair<T> {
  baseline: T
  current: T
}

export interface CostChange {
  /** Cost per run (mean: total / runs) of each window and the difference. */
  baseline: number
  current: number
  change: number
  /** All eight ids, sorted by absolute contribution, largest first; they sum to `change`. */
  drivers: Driver[]
  /** Every model of either window, largest change of share first. */
  models: ModelShift[]
  /** Cache hit rate (cache read / (cache read + input)) of each window; null without input. */
  caching: Pair<number | null>
  /** Requests per run and tokens per request (all models) of each window, for the words next to each driver. */
  usage: {
    requestsPerRun: Pair<number>
    inputPerRequest: Pair<number | null>
    outputPerRequest: Pair<number | null>
    cacheReadPerRequest: Pair<number | null>
    cacheWritePerRequest: Pair<number | null>
  }
  /** Cost per run the token-and-price model does not explain (current minus baseline), included in `prices`. */
  unexplainedUsd: number
}

const TYPES = ['input', 'output', 'cacheRead', 'cacheWrite'] as const
type TokenType = (typeof TYPES)[number]
const TOKEN_FIELD: Record<TokenType, 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens'> = {
  input: 'inputTokens',
  output: 'outputTokens',
  cacheRead: 'cacheReadTokens',
  cacheWrite: 'cacheWriteTokens',
}

/** The Shapley players, in mask bit order. */
const GROUPS = [
  'requests-per-run',
  'model-mix',
  'input-per-request',
  'output-per-request',
  'cache-read-per-request',
  'cache-write-per-request',
  'prices',
] as const satisfies readonly DriverId[]
const TYPE_GROUP: Record<TokenType, number> = { input: 2, output: 3, cacheRead: 4, cacheWrite: 5 }
const PRICES = 6

/** The factor values of one window, per model (index-aligned across windows). */
interface Factors {
  requestsPerRun: number
  shares: number[]
  perRequest: Record<TokenType, number[]>
  prices: Record<TokenType, number[]>
}

export function decomposeCostChange(baseline: UsageWindow, current: UsageWindow): CostChange {
  const base = mergeByModel('baseline', baseline)
  const cur = mergeByModel('current', current)
  const models = [...new Set([...base.keys(), ...cur.keys()])].sort()
  const [baseFactors, curFactors] = fillIns(
    rawFactors(models, base, baseline.runs),
    rawFactors(models, cur, current.runs),
  )

  const costPerRun = (rows: Map<string, ModelUsageRow>, runs: number): number =>
    [...rows.values()].reduce((sum, r) => sum + r.costUsd, 0) / runs
  const baseCost = costPerRun(base, baseline.runs)
  const curCost = costPerRun(cur, current.runs)
  const change = curCost - baseCost

  const k = GROUPS.length
  const values = new Float64Array(1 << k)
  for (let mask = 0; mask < 1 << k; mask++) values[mask] = modelledCost(mask, baseFactors, curFactors)
  const weights = shapleyWeights(k)
  const contributions = new Array<number>(k).fill(0)
  for (let i = 0; i < k; i++) {
    const bit = 1 << i
    for (let mask = 0; mask < 1 << k; mask++) {
      if (mask & bit) continue
      contributions[i]! += weights[popcount(mask)]! * (values[mask | bit]! - values[mask]!)
    }
  }
  const unexplainedUsd = change - (values[(1 << k) - 1]! - values[0]!)
  // Whatever floating-point rounding is left goes with the unexplained part, so the drivers sum to `change`.
  contributions[PRICES]! += change - contributions.reduce((s, c) => s + c, 0)

  const drivers: Driver[] = DRIVER_IDS.map((id) => {
    const i = (GROUPS as readonly DriverId[]).indexOf(id)
    return { id, contribution: i >= 0 ? contributions[i]! : 0 }
  })
  drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))

  return {
    baseline: baseCost,
    current: curCost,
    change,
    drivers,
    models: modelShifts(models, base, cur),
    caching: { baseline: hitRate(base), current: hitRate(cur) },
    usage: {
      requestsPerRun: { baseline: baseFactors.requestsPerRun, current: curFactors.requestsPerRun },
      inputPerRequest: perRequestPair(base, cur, 'input'),
      outputPerRequest: perRequestPair(base, cur, 'output'),
      cacheReadPerRequest: perRequestPair(base, cur, 'cacheRead'),
      cacheWritePerRequest: perRequestPair(base, cur, 'cacheWrite'),
    },
    unexplainedUsd,
  }
}

function mergeByModel(side: string, window: UsageWindow): Map<string, ModelUsageRow> {
  if (!(Number.isInteger(window.runs) && window.runs > 0)) {
    throw new Error(`decomposeCostChange: the ${side} window needs a whole number of runs above 0, got ${window.runs}`)
  }
  const merged = new Map<string, ModelUsageRow>()
  for (const row of window.models) {
    const numbers = [
      row.requests,
      row.costUsd,
      ...TYPES.map((t) => row[TOKEN_FIELD[t]]),
      ...TYPES.map((t) => row.cost[t]),
    ]
    const bad = numbers.find((n) => !(Number.isFinite(n) && n >= 0))
    if (bad !== undefined) {
      throw new Error(`decomposeCostChange: ${side} model '${row.model}' has a count or cost that is not ≥ 0: ${bad}`)
    }
    const into = merged.get(row.model)
    if (!into) {
      merged.set(row.model, { ...row, cost: { ...row.cost } })
      continue
    }
    into.requests += row.requests
    into.costUsd += row.costUsd
    for (const t of TYPES) {
      into[TOKEN_FIELD[t]] += row[TOKEN_FIELD[t]]
      into.cost[t] += row.cost[t]
    }
  }
  return merged
}

/** Factors where they are defined; NaN where a fill-in from the other window is needed. */
function rawFactors(models: readonly string[], rows: Map<string, ModelUsageRow>, runs: number): Factors {
  const total = [...rows.values()].reduce((s, r) => s + r.requests, 0)
  const perRequest = {} as Record<TokenType, number[]>
  const prices = {} as Record<TokenType, number[]>
  for (const t of TYPES) {
    perRequest[t] = models.map((m) => {
      const r = rows.get(m)
      return r && r.requests > 0 ? r[TOKEN_FIELD[t]] / r.requests : Number.NaN
    })
    prices[t] = models.map((m) => {
      const r = rows.get(m)
      return r && r[TOKEN_FIELD[t]] > 0 ? r.cost[t] / r[TOKEN_FIELD[t]] : Number.NaN
    })
  }
  return {
    requestsPerRun: total / runs,
    shares: models.map((m) => (total > 0 ? (rows.get(m)?.requests ?? 0) / total : Number.NaN)),
    perRequest,
    prices,
  }
}

function fillIns(a: Factors, b: Factors): [Factors, Factors] {
  const fill = (x: number[], y: number[]): void => {
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!
      const yi = y[i]!
      if (Number.isNaN(xi)) x[i] = Number.isNaN(yi) ? 0 : yi
      if (Number.isNaN(yi)) y[i] = Number.isNaN(xi) ? 0 : xi
    }
  }
  fill(a.shares, b.shares)
  for (const t of TYPES) {
    fill(a.perRequest[t], b.perRequest[t])
    fill(a.prices[t], b.prices[t])
  }
  return [a, b]
}

function modelledCost(mask: number, base: Factors, cur: Factors): number {
  const pick = (group: number): Factors => (mask & (1 << group) ? cur : base)
  const requestsPerRun = pick(0).requestsPerRun
  const shares = pick(1).shares
  const prices = pick(PRICES).prices
  let perRequestCost = 0
  for (let m = 0; m < shares.length; m++) {
    let modelCost = 0
    for (const t of TYPES) modelCost += pick(TYPE_GROUP[t]).perRequest[t][m]! * prices[t][m]!
    perRequestCost += shares[m]! * modelCost
  }
  return requestsPerRun * perRequestCost
}

/** weights[s] = s! (k − s − 1)! / k!: the share of orderings in which a player joins a coalition of size s. */
function shapleyWeights(k: number): number[] {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1))
  return Array.from({ length: k }, (_, s) => (factorial(s) * factorial(k - s - 1)) / factorial(k))
}

function popcount(n: number): number {
  let count = 0
  for (let x = n; x; x &= x - 1) count++
  return count
}

function modelShifts(
  models: readonly string[],
  base: Map<string, ModelUsageRow>,
  cur: Map<string, ModelUsageRow>,
): ModelShift[] {
  const share = (rows: Map<string, ModelUsageRow>, model: string): number => {
    const total = [...rows.values()].reduce((s, r) => s + r.requests, 0)
    return total > 0 ? (rows.get(model)?.requests ?? 0) / total : 0
  }
  return models
    .map((model): ModelShift => {
      const baselineShare = share(base, model)
      const currentShare = share(cur, model)
      const status =
        baselineShare === 0 && currentShare > 0 ? 'new' : currentShare === 0 && baselineShare > 0 ? 'gone' : 'kept'
      return { model, baselineShare, currentShare, status }
    })
    .sort(
      (a, b) =>
        Math.abs(b.currentShare - b.baselineShare) - Math.abs(a.currentShare - a.baselineShare) ||
        a.model.localeCompare(b.model),
    )
}

function hitRate(rows: Map<string, ModelUsageRow>): number | null {
  let inputTokens = 0
  let cacheReadTokens = 0
  for (const r of rows.values()) {
    inputTokens += r.inputTokens
    cacheReadTokens += r.cacheReadTokens
  }
  return cacheHitRateOf({ inputTokens, cacheReadTokens })
}

function perRequestPair(
  base: Map<string, ModelUsageRow>,
  cur: Map<string, ModelUsageRow>,
  type: TokenType,
): Pair<number | null> {
  const perRequest = (rows: Map<string, ModelUsageRow>): number | null => {
    let tokens = 0
    let requests = 0
    for (const r of rows.values()) {
      tokens += r[TOKEN_FIELD[type]]
      requests += r.requests
    }
    return requests > 0 ? tokens / requests : null
  }
  return { baseline: perRequest(base), current: perRequest(cur) }
}
