/**
 * Trends per workflow against the previous report: per-run tokens, cost and requests, cache hit rate, workflows that
 * are new or disappeared, prompt caching gained or lost; and the trend flags of the changes against the baseline.
 */
import { wordedFlag } from '../flags/flag-wording.js'
import type {
  Flag,
  FlagContext,
  FlagRise,
  MetricChange,
  ReportData,
  TrendValue,
  WorkflowTrend,
} from '../report-data.js'
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
      changes: [],
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
      changes: [],
    })
  }
  return trends
}

export const DECREASING_TREND = 'decreasing-trend' as const

/** The metrics whose significant rise raises increasing-trend (and fall decreasing-trend). */
const TREND_FLAG_METRICS = ['costPerRunUsd', 'tokensPerRun'] as const

/**
 * `increasing-trend` (warning) for a significant rise of cost or tokens per run against the baseline, and
 * `decreasing-trend` (info) for a significant fall, with the baseline's and this window's mean of each metric that
 * moved, the p-value and start of the first, and the cost drivers in words. Never with too few runs: those changes
 * are not significant.
 */
export function trendFlagsOf(
  workflow: string,
  changes: readonly MetricChange[],
  threshold: number,
  baseline: { reports: number; runs: number },
): Flag[] {
  const flags: Flag[] = []
  for (const direction of ['up', 'down'] as const) {
    const moved = TREND_FLAG_METRICS.flatMap((metric) => {
      const c = changes.find((x) => x.metric === metric)
      // A rise from 0 has no relative size to quote; the table still shows it.
      return c &&
        c.significant &&
        c.direction === direction &&
        c.baseline !== null &&
        c.current !== null &&
        c.relative !== null
        ? [c]
        : []
    })
    if (moved.length === 0) continue
    const first = moved[0]!
    const values: FlagRise[] = moved.map((c) => ({
      metric: c.metric as FlagRise['metric'],
      previous: c.baseline!,
      current: c.current!,
      change: c.relative!,
    }))
    const why = changes.find((c) => c.metric === 'costPerRunUsd')?.why
    const context: FlagContext = {
      ...(direction === 'up' ? { rises: values } : { falls: values }),
      ...(first.pValue !== null ? { pValue: first.pValue } : {}),
      changeSince: first.since,
      ...(why ? { drivers: why } : {}),
      baselineReports: baseline.reports,
      baselineRuns: baseline.runs,
    }
    flags.push(
      wordedFlag({
        id: direction === 'up' ? INCREASING_TREND : DECREASING_TREND,
        severity: direction === 'up' ? 'warning' : 'info',
        workflow,
        metric: first.metric as FlagRise['metric'],
        value: values[0]!.change,
        threshold,
        context,
      }),
    )
  }
  return flags
}
