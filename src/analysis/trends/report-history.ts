/**
 * History of a report series: one point per day (the latest report of each UTC date), oldest first, built from
 * earlier reports' data and this report's numbers.
 */
import { addDays, utcDayOf } from '../../common/periods.js'
import type { DayCost, HistoryPoint, ReportData } from '../report-data.js'
import type { WorkflowSample } from './baseline-window.js'
import type { WorkflowBaseline } from './workflow-baseline.js'

/** What the history needs of an earlier report (lifecycle's PreviousReport has it). */
export interface EarlierReport {
  number: number
  /** UTC date (YYYY-MM-DD) of the window's end. */
  date: string
  window: { since?: string | null; until: string }
  /** Null when the report had no comparable data. */
  workflows: WorkflowBaseline[] | null
  /** Its workflows' per-run values from its data block (with each run's time where kept); null or absent without. */
  samples?: WorkflowSample[] | null
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

/** A run as the daily chart reads it: its key (workflow and run), when it was created, what it cost. */
interface TimedRun {
  key: string
  createdAt: string | undefined
  costUsd: number
}

/** A report as the daily chart reads it: its window, its date, and its runs with data. */
interface ReportRuns {
  date: string
  window: { since: string | null; until: string }
  runs: TimedRun[]
}

const DAY_MS = 86_400_000
/** A report without run times is put on its end date only when its window is one day (a daily report). */
const ONE_DAY_WINDOW_MS = DAY_MS + 3_600_000

function daysBetween(first: string, last: string): string[] {
  const days: string[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  return days
}

/**
 * The UTC days a report covered and the day of each of its runs. A report whose runs have no time (a data block
 * written before the time was kept) gives its runs its end date when its window is about a day long; a longer one
 * is left out (its days stay unknown rather than one giant day).
 */
function placedRuns(report: ReportRuns): { covered: string[]; runs: { key: string; day: string; costUsd: number }[] } {
  const untimed = report.runs.some((r) => r.createdAt === undefined || Number.isNaN(Date.parse(r.createdAt)))
  const times = report.runs.flatMap((r) => (r.createdAt ? [Date.parse(r.createdAt)] : []))
  const until = Date.parse(report.window.until)
  const since = report.window.since !== null ? Date.parse(report.window.since) : Math.min(until, ...times)
  if (untimed && until - since > ONE_DAY_WINDOW_MS) return { covered: [], runs: [] }
  // A window ending at midnight does not cover the day that begins then.
  const covered = daysBetween(utcDayOf(new Date(since)), utcDayOf(new Date(Math.max(since, until - 1))))
  const runs = report.runs.map((r) => ({
    key: r.key,
    day: untimed ? utcDayOf(new Date(until)) : utcDayOf(new Date(r.createdAt!)),
    costUsd: r.costUsd,
  }))
  return { covered, runs }
}

/** This report's runs with data, keyed like an earlier report's. */
function runsOfReport(report: ReportData): TimedRun[] {
  return report.workflows.flatMap((w) =>
    w.runDetails
      .filter((r) => r.requests > 0 || r.state === 'analysed-totals')
      .map((r) => ({ key: `${w.name}\u0000${r.runId}`, createdAt: r.createdAt, costUsd: r.costUsd })),
  )
}

/** An earlier report's runs with data from its data block's rows; null without a data block. */
function runsOfEarlier(report: EarlierReport): TimedRun[] | null {
  if (!report.samples) return null
  return report.samples.flatMap((w) =>
    w.runs.map((r, i) => ({ key: `${w.name}\u0000${r.runId ?? `#${i}`}`, createdAt: r.createdAt, costUsd: r.costUsd })),
  )
}

/**
 * The cost per UTC day over this report's date and up to `history` days before it, from each run's own time: a day
 * some report covered without runs is 0, a day none covered is null (a gap). A run counted by two reports (a re-run
 * of the same day supersedes the earlier one) is counted once, by the newest. Days no report covered before the
 * first covered day and after the last are left out.
 */
export function dailyCostsOf(
  current: { date: string; report: ReportData },
  previous: readonly EarlierReport[],
  history: number,
): DayCost[] {
  const newestFirst = [...previous].sort((a, b) => Date.parse(b.window.until) - Date.parse(a.window.until))
  const reports: ReportRuns[] = [
    { date: current.date, window: reportWindowOf(current.report, current.date), runs: runsOfReport(current.report) },
  ]
  const dates = new Set([current.date])
  for (const p of newestFirst) {
    const runs = runsOfEarlier(p)
    if (runs === null || dates.has(p.date)) continue
    dates.add(p.date)
    reports.push({ date: p.date, window: { since: p.window.since ?? null, until: p.window.until }, runs })
  }
  const covered = new Set<string>()
  const cost = new Map<string, { costUsd: number; runs: number }>()
  const counted = new Set<string>()
  for (const report of reports) {
    const placed = placedRuns(report)
    for (const day of placed.covered) covered.add(day)
    for (const run of placed.runs) {
      if (counted.has(run.key)) continue
      counted.add(run.key)
      covered.add(run.day)
      const day = cost.get(run.day) ?? { costUsd: 0, runs: 0 }
      cost.set(run.day, { costUsd: day.costUsd + run.costUsd, runs: day.runs + 1 })
    }
  }
  const days = daysBetween(addDays(current.date, -history), current.date)
  const first = days.findIndex((d) => covered.has(d))
  let last = days.length - 1
  while (last >= 0 && !covered.has(days[last]!)) last--
  return days.slice(first < 0 ? days.length : first, last + 1).map((date) => {
    if (!covered.has(date)) return { date, costUsd: null, runsWithData: null }
    const day = cost.get(date)
    return { date, costUsd: day?.costUsd ?? 0, runsWithData: day?.runs ?? 0 }
  })
}

/** This report's window; one without an end ends at its date's end. */
function reportWindowOf(report: ReportData, date: string): { since: string | null; until: string } {
  const until = report.window.until ?? report.dataRange?.last ?? `${date}T23:59:59.999Z`
  return { since: report.window.since ?? report.dataRange?.first ?? null, until }
}
