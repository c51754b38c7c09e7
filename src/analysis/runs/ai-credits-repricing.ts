/**
 * Our repricing of a scope's recorded AI credits, over the same requests the firewall recorded: each run's model
 * rows whose requests all carried credits and all had a price. A run does not keep the USD cost of its requests
 * that carried credits apart from those that did not, so a run's model row that carried credits on some requests
 * only (or that had no price for some) is left out of both sides of the comparison, and its model named instead.
 */

export interface AiCreditsRepricing {
  /** Our repricing (USD × 100) of the compared requests; null when no model could be compared. */
  repricedAiCredits: number | null
  /** The credits the firewall recorded on those same requests; null when no model could be compared. */
  repricedAiCreditsRecorded: number | null
  /** Models that carried credits but are not in the comparison: not every request carried credits, or unpriced. */
  repricedAiCreditsLeftOut: string[]
}

/** A run's model row (usage/run-summary.ts ModelUsage). */
interface RepricingRow {
  model: string
  requests: number
  costUsd: number
  unpricedRequests: number
  unpricedRuns?: number
  aiCredits?: number | null
  aiCreditsRequests?: number
}

/** Whether every request of the row carried credits (a totals-only row, without a request count, when it has them). */
const fullyCarried = (m: RepricingRow): boolean => (m.aiCreditsRequests ?? 0) === m.requests

const fullyPriced = (m: RepricingRow): boolean => m.unpricedRequests === 0 && !m.unpricedRuns

/** Over the model rows of a scope's runs (not rows summed over runs: coverage is judged per run). */
export function aiCreditsRepricingOf(rows: readonly RepricingRow[]): AiCreditsRepricing {
  let repriced: number | null = null
  let recorded: number | null = null
  const leftOut = new Set<string>()
  for (const m of rows) {
    if (m.aiCredits === null || m.aiCredits === undefined) continue
    if (!fullyCarried(m) || !fullyPriced(m)) {
      leftOut.add(m.model)
      continue
    }
    repriced = (repriced ?? 0) + m.costUsd * 100
    recorded = (recorded ?? 0) + m.aiCredits
  }
  return {
    repricedAiCredits: repriced,
    repricedAiCreditsRecorded: recorded,
    repricedAiCreditsLeftOut: [...leftOut].sort((a, b) => a.localeCompare(b)),
  }
}
