/**
 * History of a report series: one point per day (the latest report of each UTC date), oldest first, built from
 * earlier reports' data and this report's numbers.
 */
import type { HistoryPoint } from './report-data.js'
import type { WorkflowBaseline } from './workflow-baseline.js'

/** What the history needs of an earlier report (lifecycle's PreviousReport has it). */
export interface EarlierReport {
  number: number
  /** UTC date (YYYY-MM-DD) of the window's end. */
  date: string
  window: { until: string }
  /** Null when the report had no comparable data. */
  workflows: WorkflowBaseline[] | null
}

function pointOf(date: string, report: number | null, workflows: WorkflowBaseline[]): HistoryPoint {
  let runsWithData = 0
  let totalTokens = 0
  let costUsd: number | null = 0
  for (const w of workflows) {
    runsWithData += w.runsWithData
    totalTokens += (w.tokensPerRun ?? 0) * w.runsWithData
    costUsd = costUsd === null || w.costPerRunUsd === null ? null : costUsd + w.costPerRunUsd * w.runsWithData
  }
  return {
    date,
    report,
    runsWithData,
    totalTokens: Math.round(totalTokens),
    costUsd,
    workflows: workflows.map((w) => ({
      name: w.name,
      runsWithData: w.runsWithData,
      tokensPerRun: w.tokensPerRun,
      costPerRunUsd: w.costPerRunUsd,
    })),
  }
}

/**
 * This report's point and up to `history` earlier days with comparable data, oldest first. Earlier reports of the
 * same date as a newer one (or as this report) are superseded and left out.
 */
export function historyOf(
  current: { date: string; workflows: WorkflowBaseline[] },
  previous: readonly EarlierReport[],
  history: number,
): HistoryPoint[] {
  const points = [pointOf(current.date, null, current.workflows)]
  const dates = new Set([current.date])
  const newestFirst = [...previous].sort((a, b) => Date.parse(b.window.until) - Date.parse(a.window.until))
  for (const report of newestFirst) {
    if (points.length > history) break
    if (!report.workflows || dates.has(report.date)) continue
    dates.add(report.date)
    points.push(pointOf(report.date, report.number, report.workflows))
  }
  return points.reverse()
}
