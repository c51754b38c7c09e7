/**
 * The view model between the report's data and its markup: what the renderers show, derived once here (unpriced
 * sums, runs grouped by state, the largest cost driver, shares, URL lookups) so that a renderer only lays it out.
 */
import type { CostByType } from '../usage/run-summary.js'
import type { Flag, ModelMetrics, ReportData, RunMetrics, WorkflowMetrics } from './report-data.js'
import { runStateReason } from './runs/run-state-reasons.js'
import { totalTokensOf } from './runs/token-metrics.js'

/** How much of a cost is known: every request priced, some of them, or none. */
export type Pricing = 'priced' | 'partly-priced' | 'unpriced'

/**
 * The one decision of whether a cost is known. Totals-only runs (`unpricedRuns`) have no request count, so a cost
 * beside them tells whether any of it was priced.
 */
export function pricingOf(requests: number, unpricedRequests: number, unpricedRuns = 0, costUsd = 0): Pricing {
  if (unpricedRequests <= 0 && unpricedRuns <= 0) return 'priced'
  return requests > unpricedRequests || costUsd > 0 ? 'partly-priced' : 'unpriced'
}

/** A row whose cost may leave some usage out (a model's, a run's, a period's). */
export interface PricedRow {
  requests: number
  unpricedRequests?: number
  unpricedRuns?: number
  costUsd: number
}

/** pricingOf of one row. */
export function pricingOfRow(row: PricedRow): Pricing {
  return pricingOf(row.requests, row.unpricedRequests ?? 0, row.unpricedRuns ?? 0, row.costUsd)
}

/** pricingOf of rows together (a workflow's models, a provider's). */
export function pricingOfRows(rows: readonly PricedRow[]): Pricing {
  const sum = { requests: 0, unpricedRequests: 0, unpricedRuns: 0, costUsd: 0 }
  for (const r of rows) {
    sum.requests += r.requests
    sum.unpricedRequests += r.unpricedRequests ?? 0
    sum.unpricedRuns += r.unpricedRuns ?? 0
    sum.costUsd += r.costUsd
  }
  return pricingOfRow(sum)
}

/**
 * True when a model name appears with two providers (Claude from anthropic and from copilot): a table of these
 * models must show the provider, or it has two rows that look the same.
 */
export function modelNamesRepeat(models: readonly { model: string; provider: string }[]): boolean {
  const providers = new Map<string, string>()
  for (const m of models) {
    const seen = providers.get(m.model)
    if (seen !== undefined && seen !== m.provider) return true
    providers.set(m.model, m.provider)
  }
  return false
}

/**
 * A request count that may be unknown: totals-only runs (`agent_usage.json` alone) say nothing of their requests, so
 * a scope made only of them has no count (null, shown "—"), and one that mixes them counts only the other runs.
 */
export function requestCountOf(requests: number, totalTokens: number): number | null {
  return requests > 0 || totalTokens === 0 ? requests : null
}

export interface ModelRow {
  metrics: ModelMetrics
  /** Its requests; null when only totals-only runs used the model (see requestCountOf). */
  requests: number | null
  pricing: Pricing
  /** Share (0–1) of the group's requests; null when the group has none. */
  requestShare: number | null
  /** Share (0–1) of the group's cost; null when the group cost nothing. */
  costShare: number | null
}

export interface RunRow {
  metrics: RunMetrics
  pricing: Pricing
}

export interface WorkflowView {
  metrics: WorkflowMetrics
  /** Its requests; null when every run with data was totals-only (see requestCountOf). */
  requests: number | null
  /** Runs with data whose requests were not counted (totals-only). */
  uncountedRuns: number
  /** Pricing of the workflow's agent requests. */
  pricing: Pricing
  /** Models by cost, highest first, with their shares of the workflow. */
  models: ModelRow[]
  /** A model of the workflow is served by two providers: its tables show the provider. */
  modelsNeedProvider: boolean
  /** Runs that had token data, in report order (by cost, highest first). */
  runsWithData: RunRow[]
  /** This workflow's flags, in report order. */
  flags: Flag[]
}

export interface RunWithoutDataRow {
  workflow: string
  runId: string
  reason: string
  url?: string
}

/** The token type that cost the most over all models. */
export interface CostDriver {
  type: keyof CostByType
  costUsd: number
  /** Share (0–1) of the total cost. */
  share: number
}

/** A provider's line in the model distribution, with how much of its cost is known. */
export interface ProviderRow {
  provider: string
  requests: number
  totalTokens: number
  costUsd: number
  pricing: Pricing
}

export interface ReportView {
  data: ReportData
  /** All requests; null when every run with data was totals-only (see requestCountOf). */
  requests: number | null
  /** Runs with data whose requests were not counted (totals-only). */
  uncountedRuns: number
  /** Agent and detection requests without a price, over all models. */
  unpricedRequests: number
  /** Totals-only runs (no request count) without a price, over all models. */
  unpricedRuns: number
  /** Whether the total cost is known: `unpriced` when no model of the agent's usage had a price. */
  totalPricing: Pricing
  /** Workflows in report order (by cost, highest first). */
  workflows: WorkflowView[]
  /** All models over all workflows, with their shares of all requests and of the total cost. */
  models: ModelRow[]
  /** Per provider over all workflows, with its pricing (unpriced requests of its models). */
  providers: ProviderRow[]
  runsWithoutData: RunWithoutDataRow[]
  /** Runs without data counted per reason (their state's reason), most common first. */
  runsWithoutDataByReason: { reason: string; runs: number }[]
  /** Null when nothing cost anything. */
  largestCostDriver: CostDriver | null
}

const fraction = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

function modelRowsOf(models: readonly ModelMetrics[], requests: number, costUsd: number): ModelRow[] {
  return models.map((m) => ({
    metrics: m,
    requests: requestCountOf(m.requests, totalTokensOf(m)),
    pricing: pricingOfRow(m),
    requestShare: fraction(m.requests, requests),
    costShare: fraction(m.costUsd, costUsd),
  }))
}

function workflowViewOf(w: WorkflowMetrics): WorkflowView {
  return {
    metrics: w,
    requests: w.runsWithData > 0 && w.runsWithData === (w.runsTotalsOnly ?? 0) ? null : w.requests,
    uncountedRuns: w.runsTotalsOnly ?? 0,
    pricing: pricingOfRows(w.models),
    models: modelRowsOf(w.models, w.requests, w.costUsd),
    modelsNeedProvider: modelNamesRepeat(w.models),
    runsWithData: w.runDetails
      // A totals-only run has data but no request count.
      .filter((r) => r.requests > 0 || r.state === 'analysed-totals')
      .map((r) => ({ metrics: r, pricing: pricingOfRow(r) })),
    flags: w.flags,
  }
}

function largestCostDriverOf(cost: CostByType, total: number): CostDriver | null {
  if (total <= 0) return null
  const types: (keyof CostByType)[] = ['input', 'output', 'cacheRead', 'cacheWrite']
  // The first of equal costs wins, in the order above.
  const type = types.reduce((best, t) => (cost[t] > cost[best] ? t : best), types[0])
  return { type, costUsd: cost[type], share: cost[type] / total }
}

/** The view of a report: see the file comment. */
export function reportViewOf(data: ReportData): ReportView {
  const urls = new Map<string, string | undefined>()
  for (const w of data.workflows) for (const r of w.runDetails) urls.set(`${w.name}\u0000${r.runId}`, r.url)
  const byReason = new Map<string, number>()
  for (const r of data.runsWithoutData) {
    // Reports from before `state` existed: the reason up to its detail.
    const reason = r.state ? runStateReason(r.state) : r.reason.split(':')[0]
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1)
  }
  const t = data.totals
  return {
    data,
    requests: t.runsWithData > 0 && t.runsWithData === (t.runsTotalsOnly ?? 0) ? null : t.requests,
    uncountedRuns: t.runsTotalsOnly ?? 0,
    unpricedRequests: data.unpricedModels.reduce((n, m) => n + m.requests, 0),
    unpricedRuns: data.unpricedModels.reduce((n, m) => n + (m.runs ?? 0), 0),
    totalPricing: pricingOfRows(data.models),
    workflows: data.workflows.map(workflowViewOf),
    models: modelRowsOf(data.models, data.totals.requests, data.totals.costUsd),
    providers: data.providers.map((p) => {
      return { ...p, pricing: pricingOfRows(data.models.filter((m) => m.provider === p.provider)) }
    }),
    runsWithoutData: data.runsWithoutData.map((r) => {
      const url = urls.get(`${r.workflow}\u0000${r.runId}`)
      return { workflow: r.workflow, runId: r.runId, reason: r.reason, ...(url !== undefined ? { url } : {}) }
    }),
    runsWithoutDataByReason: [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, runs]) => ({ reason, runs })),
    largestCostDriver: largestCostDriverOf(data.totals.cost, data.totals.costUsd),
  }
}
