/** Merges per-run model usage into per-model metrics (per provider and canonical model name). */
import { emptyCostByType, emptyTokenCounts, type ModelUsage } from '../../usage/run-summary.js'
import type { ModelMetrics } from '../report-data.js'
import { addModelUsage } from './usage-sums.js'

/** Accumulates model usage; durations are summed so the average latency is exact after merging. */
export class ModelMetricsAccumulator {
  private readonly byKey = new Map<string, ModelMetrics & { durationMsTotal: number }>()

  add(usage: ModelUsage): void {
    // A NUL separator cannot occur in either name, so distinct (provider, model) pairs never collide.
    const key = `${usage.provider}\u0000${usage.model}`
    let entry = this.byKey.get(key)
    if (!entry) {
      entry = {
        provider: usage.provider,
        model: usage.model,
        requests: 0,
        ...emptyTokenCounts(),
        costUsd: 0,
        avgLatencyMs: null,
        cost: emptyCostByType(),
        unpricedRequests: 0,
        reasoningTokens: 0,
        aiCredits: null,
        aiCreditsRequests: 0,
        durationMsTotal: 0,
      }
      this.byKey.set(key, entry)
    }
    addModelUsage(entry, usage)
    entry.unpricedRequests += usage.unpricedRequests
    if (usage.unpricedRuns) entry.unpricedRuns = (entry.unpricedRuns ?? 0) + usage.unpricedRuns
    entry.durationMsTotal += usage.durationMsTotal
    // Summaries cached before issue 9 lack these (and AI credits, to which addModelUsage then adds nothing).
    entry.reasoningTokens = (entry.reasoningTokens ?? 0) + (usage.reasoningTokens ?? 0)
    entry.aiCreditsRequests = (entry.aiCreditsRequests ?? 0) + (usage.aiCreditsRequests ?? 0)
  }

  addAll(usages: readonly ModelUsage[]): void {
    for (const usage of usages) this.add(usage)
  }

  /** Models by cost, then requests, highest first; ties by name so the order is stable. */
  result(): ModelMetrics[] {
    return [...this.byKey.values()]
      .map(({ durationMsTotal, ...m }) => ({
        ...m,
        avgLatencyMs: m.requests > 0 && durationMsTotal > 0 ? durationMsTotal / m.requests : null,
        aiCreditsCoverage: m.requests > 0 ? (m.aiCreditsRequests ?? 0) / m.requests : null,
        repricedAiCredits: m.costUsd * 100,
      }))
      .sort(byCostThenRequests)
  }
}

function byCostThenRequests(
  a: { costUsd: number; requests: number; model: string; provider: string },
  b: { costUsd: number; requests: number; model: string; provider: string },
): number {
  return (
    b.costUsd - a.costUsd ||
    b.requests - a.requests ||
    a.model.localeCompare(b.model) ||
    a.provider.localeCompare(b.provider)
  )
}
