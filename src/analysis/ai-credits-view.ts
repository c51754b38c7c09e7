/**
 * The numbers of the "AI Credits" section, derived here so the renderer only lays them out: per model, the credits
 * the firewall recorded against our repricing (USD × 100) and their difference; how the firewall priced its credits
 * (sources, most requests first) and how many requests it charged at its fallback prices.
 */
import type { ReportView } from './report-view.js'

/** Sources the firewall uses when it has no price of its own for the model. */
const FALLBACK_SOURCES = new Set(['configured_default', 'builtin_fallback'])

export interface AiCreditsModelRow {
  model: string
  provider: string
  requests: number
  /** What the firewall recorded; null when no request of the model carried credits. */
  recorded: number | null
  /** Share (0–1) of the model's requests that carried credits, when known. */
  coverage: number | null | undefined
  /** Our repricing in AIC; null when the model has no known price. */
  repriced: number | null
  /** Recorded − repriced, and that as a share of the repriced; null when either is unknown or nothing was repriced. */
  difference: { credits: number; relative: number } | null
}

export interface AiCreditsView {
  models: AiCreditsModelRow[]
  /** Some model's recorded sum covers only part of its requests. */
  partlyRecorded: boolean
  /** Some model without a known price still has recorded credits. */
  unpricedWithCredits: boolean
  /** How the firewall priced its credits: source and requests, most requests first (then by name). */
  sources: { source: string; requests: number }[]
  /** Requests charged at the firewall's fallback prices. */
  fallbackPriced: number
  /** fallbackPriced as a share (0–1) of all requests; null when there were none. */
  fallbackShare: number | null
}

function modelRowOf({ metrics: m, pricing }: ReportView['models'][number]): AiCreditsModelRow {
  const recorded = m.aiCredits ?? null
  const repriced = pricing === 'unpriced' ? null : (m.repricedAiCredits ?? m.costUsd * 100)
  const difference =
    recorded !== null && repriced !== null && repriced > 0
      ? { credits: recorded - repriced, relative: (recorded - repriced) / repriced }
      : null
  return {
    model: m.model,
    provider: m.provider,
    requests: m.requests,
    recorded,
    coverage: m.aiCreditsCoverage,
    repriced,
    difference,
  }
}

/** The AI-credits view of a report: see the file comment. */
export function aiCreditsViewOf(view: ReportView): AiCreditsView {
  const pricing = view.data.aiCreditsPricing
  const sources = Object.entries(pricing?.sources ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([source, requests]) => ({ source, requests }))
  const fallbackPriced =
    pricing?.fallbackPricingRequests ||
    sources.filter((s) => FALLBACK_SOURCES.has(s.source)).reduce((n, s) => n + s.requests, 0)
  const requests = view.data.totals.requests
  return {
    models: view.models.map(modelRowOf),
    partlyRecorded: view.models.some(
      ({ metrics: m }) => m.aiCredits !== null && m.aiCredits !== undefined && (m.aiCreditsCoverage ?? 1) < 1,
    ),
    unpricedWithCredits: view.models.some(({ metrics: m, pricing }) => pricing === 'unpriced' && m.aiCredits != null),
    sources,
    fallbackPriced,
    fallbackShare: requests > 0 ? fallbackPriced / requests : null,
  }
}
