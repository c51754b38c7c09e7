/**
 * The JSON report: ReportData as pretty-printed JSON with a final newline. A cost of which nothing is known (every
 * request of the model, run or workflow without a price) is written as null, never 0: a reader summing costs must
 * not take an unpriced model for a free one (README, "The JSON report"); a totals-only run without a price
 * (`unpricedRuns`: it has no request count) is such a cost too. A partly priced one keeps the priced part, and its
 * `unpricedRequests` and `unpricedRuns` say what that part leaves out. Whether a cost is known is pricingOf's call.
 */
import type { PeriodMetrics, PeriodUsage } from '../analysis/rollups/period-metrics.js'
import type { ModelMetrics, ReportData, RoutingTotals, RunMetrics, WorkflowMetrics } from '../analysis/report-data.js'
import { pricingOfRow, pricingOfRows, type PricedRow } from '../analysis/report-view.js'

const unknown = (row: PricedRow): boolean => pricingOfRow(row) === 'unpriced'

function modelJson(m: ModelMetrics): unknown {
  return unknown(m) ? { ...m, costUsd: null, cost: null, repricedAiCredits: null } : m
}

/** Routing usage: its cost null when none of its requests had a price. */
function routingJson(r: RoutingTotals): unknown {
  const costs = pricingOfRows(r.models) === 'unpriced' ? { costUsd: null } : {}
  return { ...r, ...costs, models: r.models.map(modelJson) }
}

function runJson(r: RunMetrics): unknown {
  return unknown(r) ? { ...r, costUsd: null } : r
}

function workflowJson(w: WorkflowMetrics): unknown {
  const costs =
    pricingOfRows(w.models) === 'unpriced' ? { costUsd: null, costPerRunUsd: null, costPerRun: null, cost: null } : {}
  return {
    ...w,
    ...costs,
    models: w.models.map(modelJson),
    detection: w.detection.map(modelJson),
    runDetails: w.runDetails.map(runJson),
    ...(w.routing ? { routing: routingJson(w.routing) } : {}),
  }
}

function periodJson(p: PeriodMetrics): unknown {
  const cost = <T extends PeriodUsage>(u: T): T | (Omit<T, 'costUsd'> & { costUsd: null }) =>
    unknown(u) ? { ...u, costUsd: null } : u
  return { ...cost(p), models: p.models.map(cost) }
}

/** The report as the JSON contract has it: unknown costs are null. */
export function jsonReportOf(data: ReportData): unknown {
  // The total is unknown, not free, when no model of the agent's usage had a price.
  const totals = pricingOfRows(data.models) === 'unpriced' ? { ...data.totals, costUsd: null, cost: null } : data.totals
  return {
    ...data,
    totals,
    workflows: data.workflows.map(workflowJson),
    models: data.models.map(modelJson),
    ...(data.detection ? { detection: { ...data.detection, models: data.detection.models.map(modelJson) } } : {}),
    ...(data.periods ? { periods: data.periods.map(periodJson) } : {}),
    ...(data.routing ? { routing: routingJson(data.routing) } : {}),
  }
}

/** Money to 12 decimals, AI credits to 10: far below any price step, and enough to drop the binary noise of sums. */
export const USD_DECIMALS = 12
export const AIC_DECIMALS = 10

const roundTo = (value: number, decimals: number): number => {
  const rounded = Number(value.toFixed(decimals))
  return rounded === 0 ? 0 : rounded // never -0
}

/** Keys whose numbers, and whose objects' numbers, are USD (`cost` by token type, `costPerRun`'s distribution). */
const isUsdKey = (key: string): boolean => /Usd$/.test(key) || key === 'cost' || key === 'costPerRun'
const isAicKey = (key: string): boolean => /^(?:repriced)?AiCredits(?:Recorded)?$/i.test(key)

/**
 * Sums of binary fractions carry noise (1.8256656000000002): money is rounded to USD_DECIMALS and AI credits to
 * AIC_DECIMALS wherever they sit, so readers never see it. Counts and rates are left as they are.
 */
export function roundedMoney(value: unknown, decimals: number | null = null, key = ''): unknown {
  const own = isUsdKey(key) ? USD_DECIMALS : isAicKey(key) ? AIC_DECIMALS : decimals
  if (typeof value === 'number') return own !== null && Number.isFinite(value) ? roundTo(value, own) : value
  if (Array.isArray(value)) return value.map((v) => roundedMoney(v, own, key))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundedMoney(v, own, k)]))
}

export function renderJsonReport(data: ReportData): string {
  return `${JSON.stringify(roundedMoney(jsonReportOf(data)), null, 2)}\n`
}
