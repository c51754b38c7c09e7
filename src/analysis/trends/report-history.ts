/**
 * History of a report series: one point per day (the latest report of each UTC date), oldest first, built from
 * earlier reports' data and this report's numbers.
 */
import type { HistoryPoint } from '../report-data.js'
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

/** Tokens and cost per run with data of a history point; null without runs with data (or without a cost). */
export function perRunOf(point: HistoryPoint): { tokensPerRun: number | null; costPerRunUsd: number | null } {
  const runs = point.runsWithData
  return {
    tokensPerRun: runs > 0 ? point.totalTokens / runs : null,
    costPerRunUsd: point.costUsd !== null && runs > 0 ? point.costUsd / runs : null,
  }
}

/** The `count` workflows of the latest point that cost the most (cost per run × runs), highest first. */
export function costliestWorkflowsOf(history: readonly HistoryPoint[], count: number): string[] {
  const latest = history[history.length - 1]
  return [...(latest?.workflows ?? [])]
    .sort((a, b) => (b.costPerRunUsd ?? 0) * b.runsWithData - (a.costPerRunUsd ?? 0) * a.runsWithData)
    .slice(0, count)
    .map((w) => w.name)
}

/** One workflow's tokens per run over the history, oldest first; days without its data are left out. */
export function tokensPerRunSeriesOf(
  history: readonly HistoryPoint[],
  name: string,
): { date: string; value: number }[] {
  return history.flatMap((p) => {
    const w = p.workflows.find((x) => x.name === name)
    return w && w.tokensPerRun !== null ? [{ date: p.date, value: w.tokensPerRun }] : []
  })
}
