/**
 * Trends per workflow against the previous report: per-run tokens, cost and requests, cache hit rate, workflows that
 * are new or disappeared, prompt caching gained or lost; and the `increasing-trend` flag.
 */
import type { Flag, ReportData, WorkflowTrend, TrendValue } from '../analysis/report-data.js'
import { formatPercent, formatTokens, formatUsd } from '../analysis/value-format.js'
import type { WorkflowBaseline } from './workflow-baseline.js'

export const INCREASING_TREND = 'increasing-trend'

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
  return report.workflows
    .filter((w) => w.runsWithData > 0)
    .map((w) => ({
      name: w.name,
      runsWithData: w.runsWithData,
      tokensPerRun: w.totalTokens / w.runsWithData,
      costPerRunUsd: w.costUsd / w.runsWithData,
      cacheHitRate: w.cacheHitRate,
      requestsPerRun: w.requests / w.runsWithData,
    }))
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

const percentOf = (change: number): string => `${(change * 100).toFixed(1)}%`

/** Costs below a cent keep two significant digits, so a rise from $0.0012 to $0.0024 does not read "<$0.01 → <$0.01". */
export const preciseUsd = (value: number | null): string =>
  value !== null && value > 0 && value < 0.01 ? `$${value.toPrecision(2)}` : formatUsd(value)

/**
 * `increasing-trend` when tokens or cost per run rose by more than `threshold` (0.2 = 20%); the message quotes the
 * previous and the current value of each metric that rose, and the threshold.
 */
export function increasingTrendFlagOf(trend: WorkflowTrend, threshold: number, against: string): Flag | null {
  const parts: string[] = []
  const { tokensPerRun: tokens, costPerRunUsd: cost } = trend
  if (tokens.change !== null && tokens.change > threshold) {
    parts.push(
      `tokens per run rose by ${percentOf(tokens.change)} (${formatTokens(tokens.previous)} → ${formatTokens(tokens.current)})`,
    )
  }
  if (cost.change !== null && cost.change > threshold) {
    parts.push(
      `cost per run rose by ${percentOf(cost.change)} (${preciseUsd(cost.previous)} → ${preciseUsd(cost.current)})`,
    )
  }
  if (parts.length === 0) return null
  const text = parts.join(' and ')
  return {
    id: INCREASING_TREND,
    severity: 'warning',
    message: `${text[0].toUpperCase()}${text.slice(1)} against ${against} (threshold: +${formatPercent(threshold, 0)}).`,
    recommendation: 'Investigate what changed: prompt size, tool surface, number of turns, model choice.',
  }
}
