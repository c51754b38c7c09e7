/**
 * The LLM analyzer's per-group formulas (its step 3), applied to normalised token counts: input is fresh input only,
 * so the cache hit rate no longer double-counts cached tokens for providers whose input includes them.
 */
import type { TokenCounts } from '../../usage/run-summary.js'

/** input + output + cache read + cache write. */
export function totalTokensOf(t: TokenCounts): number {
  return t.inputTokens + t.outputTokens + t.cacheReadTokens + t.cacheWriteTokens
}

/** input + output + cache write: the tokens not billed at the cache-read discount. */
export function fullPriceTokensOf(t: TokenCounts): number {
  return t.inputTokens + t.outputTokens + t.cacheWriteTokens
}

/** cache read / (cache read + input); null when nothing was read at all. */
export function cacheHitRateOf(t: Pick<TokenCounts, 'inputTokens' | 'cacheReadTokens'>): number | null {
  const denominator = t.cacheReadTokens + t.inputTokens
  return denominator > 0 ? t.cacheReadTokens / denominator : null
}

/** cache write / (cache read + input + cache write); null when there was no input of any kind. */
export function cacheWriteRateOf(t: TokenCounts): number | null {
  const denominator = t.cacheReadTokens + t.inputTokens + t.cacheWriteTokens
  return denominator > 0 ? t.cacheWriteTokens / denominator : null
}

/** (input + cache read) / output; null when output is 0 (shown as "—" instead of a division by zero). */
export function ioRatioOf(t: TokenCounts): number | null {
  return t.outputTokens > 0 ? (t.inputTokens + t.cacheReadTokens) / t.outputTokens : null
}

/** Adds b's counts into a (mutates a) and returns a. */
export function addTokenCounts<T extends TokenCounts>(a: T, b: TokenCounts): T {
  a.inputTokens += b.inputTokens
  a.outputTokens += b.outputTokens
  a.cacheReadTokens += b.cacheReadTokens
  a.cacheWriteTokens += b.cacheWriteTokens
  return a
}
