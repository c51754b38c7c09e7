/**
 * The trend section of a report: each workflow's window against its baseline (the earlier reports within the
 * `baseline` span: significance, since when, cost drivers), the legacy comparison with the previous report, the
 * history, the trend flags, and which flags stand unchanged since an earlier report.
 */
import {
  baselineSpanText,
  baselineWindowsOf,
  DEFAULT_BASELINE,
  samplesOfReport,
  type BaselineSpan,
  type WindowSample,
  type WorkflowSample,
} from './baseline-window.js'
import { defaultSignificance } from './change-significance.js'
import { withFalseDiscoveryControl } from './false-discovery.js'
import { flagStandingsOf } from '../flags/flag-standing.js'
import type { MetricChange, ReportData, ReportTrends, WorkflowTrend } from '../report-data.js'
import { dailyCostsOf, historyOf, type EarlierReport } from './report-history.js'
import { baselineOfWorkflow, workflowChangesOf } from './workflow-changes.js'
import { baselinesOfReport, trendFlagsOf, workflowKeyOf, workflowTrendsOf } from './workflow-trends.js'

/** An earlier report of the series as the trends read it (lifecycle's PreviousReport has it). */
export interface ComparedReport extends EarlierReport {
  url: string
  source: 'token-usage-analyzer' | 'llm-analyzer'
  window: { since: string | null; until: string }
  /** Why there is nothing to compare with, when so. */
  noDataReason?: string
  /** Its workflows' per-run values and model rows, from its data block; null or absent without one. */
  samples?: WorkflowSample[] | null
}

export interface TrendOptions {
  /** UTC date (YYYY-MM-DD) of this report's window end. */
  date: string
  /** Earlier days shown in the history. */
  history: number
  /** Smallest relative change that counts (`trend-threshold`). */
  threshold: number
  /** What to compare with; default the 7 days before. */
  baseline?: BaselineSpan
}

const emptyTrend = (name: string): WorkflowTrend => ({
  name,
  status: 'new',
  tokensPerRun: { previous: null, current: null, change: null },
  costPerRunUsd: { previous: null, current: null, change: null },
  cacheHitRate: { previous: null, current: null, change: null },
  requestsPerRun: { previous: null, current: null, change: null },
  caching: null,
  changes: [],
})

/**
 * Each workflow's changes against the baseline windows (set on its trend, one added for a workflow new to the
 * comparison), significance controlled for the false discovery rate across all of them, and the trend flags they
 * raise, by workflow name.
 */
function changesAgainst(
  windows: readonly WindowSample[],
  report: ReportData,
  workflows: WorkflowTrend[],
  options: TrendOptions,
): Map<string, ReturnType<typeof trendFlagsOf>> {
  const tested: { name: string; trend: WorkflowTrend; baseline: { reports: number; runs: number } }[] = []
  const constant = new Set<MetricChange>()
  for (const sample of samplesOfReport(report)) {
    if (sample.runsWithData === 0) continue
    const key = workflowKeyOf(sample.name)
    let trend = workflows.find((t) => workflowKeyOf(t.name) === key && t.status !== 'disappeared')
    if (!trend) {
      trend = emptyTrend(sample.name)
      workflows.push(trend)
    }
    const against = baselineOfWorkflow(windows, sample.name, workflowKeyOf)
    const {
      changes,
      costChange,
      constant: same,
    } = workflowChangesOf({ ...sample, date: options.date }, against, {
      minEffect: options.threshold,
    })
    trend.changes = changes
    for (const c of same) constant.add(c)
    if (costChange) {
      const newModels = costChange.models.filter((m) => m.status === 'new').map((m) => m.model)
      const gone = costChange.models.filter((m) => m.status === 'gone').map((m) => m.model)
      if (newModels.length > 0 || gone.length > 0) trend.models = { new: newModels, gone }
    }
    const runs = against.reduce((n, b) => n + b.workflow.runsWithData, 0)
    tested.push({ name: sample.name, trend, baseline: { reports: against.length, runs } })
  }
  const controlled = withFalseDiscoveryControl(
    tested.map((t) => t.trend.changes),
    defaultSignificance.alpha,
    constant,
  )
  const flags = new Map<string, ReturnType<typeof trendFlagsOf>>()
  tested.forEach((t, i) => {
    t.trend.changes = controlled[i]!
    flags.set(t.name, trendFlagsOf(t.name, t.trend.changes, options.threshold, t.baseline))
  })
  return flags
}

/** The trend section of the JSON report, and the report with its trend flags added and flag standings set. */
export function reportWithTrends(
  report: ReportData,
  previous: readonly ComparedReport[],
  options: TrendOptions,
): ReportData & { trends: ReportTrends } {
  const span = options.baseline ?? DEFAULT_BASELINE
  const current = baselinesOfReport(report)
  const last = previous[0]
  const workflows = last?.workflows ? workflowTrendsOf(current, last.workflows) : []
  const note = !last
    ? null
    : last.workflows
      ? null
      : `The previous report #${last.number} had no comparable data: ${last.noDataReason ?? 'unknown reason'}.`

  const earlier: WindowSample[] = previous.flatMap((p) =>
    p.samples ? [{ date: p.date, number: p.number, window: p.window, workflows: p.samples }] : [],
  )
  const windows = baselineWindowsOf(earlier, options.date, span)
  const baseline = {
    span: baselineSpanText(span),
    reports: windows.length,
    runs: windows.reduce((n, w) => n + w.workflows.reduce((m, x) => m + x.runsWithData, 0), 0),
    since: windows.length > 0 ? windows[windows.length - 1]!.window.since : null,
    until: windows.length > 0 ? windows[0]!.window.until : null,
  }

  const flagsByWorkflow = windows.length > 0 ? changesAgainst(windows, report, workflows, options) : new Map()
  const trends: ReportTrends = {
    previous: last ? { number: last.number, url: last.url, source: last.source, window: last.window } : null,
    threshold: options.threshold,
    baseline,
    note,
    workflows,
    history: historyOf({ date: options.date, workflows: current }, previous, options.history),
    days: dailyCostsOf({ date: options.date, report }, previous, options.history),
  }
  // Standing flags are told against the newest earlier report that kept its flags.
  const flagsKept = earlier.find((w) => w.date < options.date)
  const flagged = report.workflows.map((w) => {
    const flags = [...w.flags, ...(flagsByWorkflow.get(w.name) ?? [])]
    const before = flagsKept?.workflows.find((x) => workflowKeyOf(x.name) === workflowKeyOf(w.name))
    const known = flagsKept ? (before ? before.flags : []) : null
    return { ...w, flags: flagStandingsOf(flags, known, options.date) }
  })
  return { ...report, workflows: flagged, trends }
}
