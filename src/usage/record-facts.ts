/**
 * The per-record facts of several runs (a workflow's, a report's) summed: what the analysis shows beside the token
 * sums. Routing usage is per model like the agent's, so it merges with the model accumulator instead.
 */
import { byFallbackRequests } from './record-tallies.js'
import type { FallbackPair, InitiatorCounts, RunSummary } from './run-summary.js'

export type RecordFacts = Pick<
  RunSummary,
  'fallbacks' | 'pricingSources' | 'fallbackPricingRequests' | 'initiators' | 'schemaVersions'
>

function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [key, count] of Object.entries(from)) into[key] = (into[key] ?? 0) + count
}

/** The facts of `runs` summed; fallback pairs merged by requested → served model, most requests first. */
export function sumRecordFacts(runs: readonly RecordFacts[]): RecordFacts {
  const byReason: Record<string, number> = {}
  const pricingSources: Record<string, number> = {}
  const schemaVersions: Record<string, number> = {}
  const initiators: InitiatorCounts = { user: 0, agent: 0 }
  const pairs = new Map<string, FallbackPair>()
  let fallbackRequests = 0
  let fallbackPricingRequests = 0
  for (const run of runs) {
    fallbackRequests += run.fallbacks.requests
    addCounts(byReason, run.fallbacks.byReason)
    for (const pair of run.fallbacks.pairs) {
      const key = `${pair.requested}\u0000${pair.served}`
      const kept = pairs.get(key)
      if (kept) kept.requests += pair.requests
      else pairs.set(key, { ...pair })
    }
    addCounts(pricingSources, run.pricingSources)
    fallbackPricingRequests += run.fallbackPricingRequests
    initiators.user += run.initiators.user
    initiators.agent += run.initiators.agent
    addCounts(schemaVersions, run.schemaVersions)
  }
  return {
    fallbacks: {
      requests: fallbackRequests,
      byReason,
      pairs: [...pairs.values()].sort(byFallbackRequests),
    },
    pricingSources,
    fallbackPricingRequests,
    initiators,
    schemaVersions,
  }
}
