/**
 * The sums every per-model row makes, whatever its scope (a run, a report, a daily's data block, a rollup):
 * requests, tokens by type, cost in all and by type, and recorded AI credits.
 */
import type { CostByType, TokenCounts } from '../../usage/run-summary.js'
import { addTokenCounts } from './token-metrics.js'

/**
 * A sum of AI credits: a value that is not a number (null: nothing recorded; absent: a summary cached before
 * credits existed) adds nothing, and a sum of nothing stays null.
 */
export function addCredits(sum: number | null, value: number | null | undefined): number | null {
  return typeof value === 'number' ? (sum ?? 0) + value : sum
}

/** AI credits of some rows: null when none carried a value. */
export function creditsOf(rows: readonly { aiCredits?: number | null }[]): number | null {
  let sum: number | null = null
  for (const row of rows) sum = addCredits(sum, row.aiCredits)
  return sum
}

export function addCostByType(a: CostByType, b: CostByType): CostByType {
  a.input += b.input
  a.output += b.output
  a.cacheRead += b.cacheRead
  a.cacheWrite += b.cacheWrite
  return a
}

/** What a per-model row sums. */
export interface ModelUsageSums extends TokenCounts {
  requests: number
  costUsd: number
  cost: CostByType
  aiCredits?: number | null
}

/** Adds one model row's requests, tokens, cost (in all and by type) and recorded AI credits to another. */
export function addModelUsage<T extends ModelUsageSums>(into: T, from: ModelUsageSums): T {
  into.requests += from.requests
  addTokenCounts(into, from)
  into.costUsd += from.costUsd
  addCostByType(into.cost, from.cost)
  into.aiCredits = addCredits(into.aiCredits ?? null, from.aiCredits)
  return into
}
