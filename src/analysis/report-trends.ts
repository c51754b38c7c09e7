/** The trend section of a report: the comparison with the previous report of its series, and the history. */
import type { ReportData, ReportTrends } from './report-data.js'
import { historyOf, type EarlierReport } from './report-history.js'
import { baselinesOfReport, increasingTrendFlagOf, workflowTrendsOf } from './workflow-trends.js'

/** An earlier report of the series as the trends read it (lifecycle's PreviousReport has it). */
export interface ComparedReport extends EarlierReport {
  url: string
  source: 'token-usage-analyzer' | 'llm-analyzer'
  window: { since: string | null; until: string }
  /** Why there is nothing to compare with, when so. */
  noDataReason?: string
}

/** The trend section of the JSON report, and the report with its increasing-trend flags added. */
export function reportWithTrends(
  report: ReportData,
  previous: readonly ComparedReport[],
  options: { date: string; history: number; threshold: number },
): ReportData & { trends: ReportTrends } {
  const current = baselinesOfReport(report)
  const last = previous[0]
  const workflows = last?.workflows ? workflowTrendsOf(current, last.workflows) : []
  const note = !last
    ? null
    : last.workflows
      ? null
      : `The previous report #${last.number} had no comparable data: ${last.noDataReason ?? 'unknown reason'}.`
  const trends: ReportTrends = {
    previous: last ? { number: last.number, url: last.url, source: last.source, window: last.window } : null,
    threshold: options.threshold,
    note,
    workflows,
    history: historyOf({ date: options.date, workflows: current }, previous, options.history),
  }
  const flagged = report.workflows.map((w) => {
    const trend = workflows.find((t) => t.name === w.name && t.status === 'compared')
    const flag = trend && last ? increasingTrendFlagOf(trend, options.threshold, last.number) : null
    return flag ? { ...w, flags: [...w.flags, flag] } : w
  })
  return { ...report, workflows: flagged, trends }
}
