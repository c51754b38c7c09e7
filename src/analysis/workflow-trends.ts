/**
 * Trends per workflow against the previous report: per-run tokens, cost and requests, cache hit rate, workflows that
 * are new or disappeared, prompt caching gained or lost; and the `increasing-trend` flag.
 */
import { wordedFlag } from './flag-wording.js'
import type { Flag, FlagRise, ReportData, TrendValue, WorkflowTrend } from './report-data.js'
import { baselinesOf, type WorkflowBaseline } from './workflow-baseline.js'

export const INCREASING_TREND = 'increasing-trend' as const

/**
 * Names are matched loosely (case, spaces, `-`/`_`), because the LLM analyzer wrote workflow file names
 * (`smoke-claude`) where the API gives display names (`Smoke Claude`).
 */
export const workflowKeyOf = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')

/** Per-run numbers of each workflow with data in a report being built. */
export function baselinesOfReport(report: ReportData): WorkflowBaseline[] {
  return baselinesOf(report.workflows)
}

function relative(previous: number | null, current: number | null): TrendValue {
  const change = previous !== null && current !== null && previous > 0 ? (current - previous) / previous : null
  return { previous, current, change }
}

function difference(previous: number | null, current: number | null): TrendValue {
  return { previous, current, change: previous !== null && current !== null ? current - previous : null }
}

/** Compares this report's workflows with the previous report's; current workflows first (in report order). */
export function workflowTrendsOf(current: WorkflowBaseline[], previous: WorkflowBaseline[]): WorkflowTrend[] {
  const previousByKey = new Map(previous.map((w) => [workflowKeyOf(w.name), w]))
  const currentKeys = new Set(current.map((w) => workflowKeyOf(w.name)))
  const trends: WorkflowTrend[] = current.map((now) => {
    const before = previousByKey.get(workflowKeyOf(now.name))
    const caching =
      before?.cacheHitRate === 0 && (now.cacheHitRate ?? 0) > 0
        ? 'gained'
        : (before?.cacheHitRate ?? 0) > 0 && now.cacheHitRate === 0
          ? 'lost'
          : null
    return {
      name: now.name,
      status: before ? 'compared' : 'new',
      tokensPerRun: relative(before?.tokensPerRun ?? null, now.tokensPerRun),
      costPerRunUsd: relative(before?.costPerRunUsd ?? null, now.costPerRunUsd),
      cacheHitRate: difference(before?.cacheHitRate ?? null, now.cacheHitRate),
      requestsPerRun: relative(before?.requestsPerRun ?? null, now.requestsPerRun),
      caching,
    }
  })
  for (const before of previous) {
    if (currentKeys.has(workflowKeyOf(before.name))) continue
    trends.push({
      name: before.name,
      status: 'disappeared',
      tokensPerRun: relative(before.tokensPerRun, null),
      costPerRunUsd: relative(before.costPerRunUsd, null),
      cacheHitRate: difference(before.cacheHitRate, null),
      requestsPerRun: relative(before.requestsPerRun, null),
      caching: null,
    })
  }
  return trends
}

/**
 * `increasing-trend` when tokens or cost per run rose by more than `threshold` (0.2 = 20%), with the previous and
 * the current value of each metric that rose; `previousReport` is the number of the report compared with.
 */
export function increasingTrendFlagOf(trend: WorkflowTrend, threshold: number, previousReport: number): Flag | null {
  const rises: FlagRise[] = []
  const { tokensPerRun: tokens, costPerRunUsd: cost } = trend
  if (tokens.change !== null && tokens.change > threshold && tokens.previous !== null && tokens.current !== null) {
    rises.push({ metric: 'tokensPerRun', previous: tokens.previous, current: tokens.current, change: tokens.change })
  }
  if (cost.change !== null && cost.change > threshold && cost.previous !== null && cost.current !== null) {
    rises.push({ metric: 'costPerRunUsd', previous: cost.previous, current: cost.current, change: cost.change })
  }
  if (rises.length === 0) return null
  return wordedFlag({
    id: INCREASING_TREND,
    severity: 'warning',
    workflow: trend.name,
    metric: rises[0].metric,
    value: rises[0].change,
    threshold,
    context: { rises, previousReport },
  })
}
