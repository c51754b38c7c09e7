/** Counters of the per-record facts a run summary keeps beside its token sums. */
import { canonicalModelName } from './model-name.js'
import type { UsageRecord } from './record-schema.js'
import type { FallbackCounts, FallbackPair } from './run-summary.js'

/** Counts the values of one string field, cheaply for the usual run of equal values (one version per file). */
export class ValueCounter {
  readonly counts: Record<string, number> = {}
  #last: string | undefined
  #pending = 0

  add(value: string): void {
    if (value === this.#last) {
      this.#pending++
      return
    }
    this.#flush()
    this.#last = value
    this.#pending = 1
  }

  #flush(): void {
    if (this.#last !== undefined) this.counts[this.#last] = (this.counts[this.#last] ?? 0) + this.#pending
  }

  result(): Record<string, number> {
    this.#flush()
    this.#last = undefined
    this.#pending = 0
    return this.counts
  }
}

/** Fallback pairs by requests, most first; ties by name so the order is stable. */
export function byFallbackRequests(a: FallbackPair, b: FallbackPair): number {
  return b.requests - a.requests || a.requested.localeCompare(b.requested) || a.served.localeCompare(b.served)
}

/** Requested → served pairs and reasons of the agent's fallback requests. */
export class FallbackTally {
  requests = 0
  readonly byReason: Record<string, number> = {}
  readonly #pairs = new Map<string, FallbackPair>()

  add(fallback: NonNullable<UsageRecord['model_fallback']>, servedCanonical: string): void {
    this.requests++
    const reason = fallback.reason ?? 'unknown'
    this.byReason[reason] = (this.byReason[reason] ?? 0) + 1
    const requested = fallback.requested_model !== undefined ? canonicalModelName(fallback.requested_model) : 'unknown'
    const key = `${requested}\u0000${servedCanonical}`
    const pair = this.#pairs.get(key)
    if (pair) pair.requests++
    else this.#pairs.set(key, { requested, served: servedCanonical, requests: 1 })
  }

  result(): FallbackCounts {
    return {
      requests: this.requests,
      byReason: this.byReason,
      pairs: [...this.#pairs.values()].sort(byFallbackRequests),
    }
  }
}
