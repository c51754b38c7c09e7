/**
 * History of a report series: one point per day (the latest report of each UTC date), oldest first, built from
 * earlier reports' data and this report's numbers.
 */
import type { HistoryPoint } from '../analysis/report-data.js'
import type { PreviousReport } from './previous-reports.js'
import type { WorkflowBaseline } from './workflow-baseline.js'

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
  previous: PreviousReport[],
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
