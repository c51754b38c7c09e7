/**
 * The daily reports of a series as numbers: each labelled issue carrying the report marker, its hidden data block
 * decoded. Rollups, budgets and the month forecast are built from these alone, so no artifact is read twice.
 * A block that does not read is named (never silently skipped).
 */
import type { DailyReportData } from '../analysis/rollups/period-rollup.js'
import type { ReportIssue, ReportIssues } from '../github/report-issues.js'
import { readDataBlock, REPORT_MARKER } from '../report/report-snapshot.js'
import { utcDayOf } from '../common/periods.js'

export interface DailyReportsRead {
  /** Readable dailies, oldest day first (a day may appear twice; see onePerDay). */
  dailies: DailyReportData[]
  /** Reports whose data block was missing or did not read. */
  unreadable: { number: number; reason: string }[]
}

export interface ReadDailyReportsOptions {
  label: string
  /** Reports whose window ends on this UTC day or later are read (older ones are not needed). */
  since: string
  /** Reports whose window ends after this time are left out. */
  until: Date
  /** Most issues read (newest first); at least the days from `since` to now are needed. */
  limit: number
}

/** Reads the daily reports whose window ends between `since` (a day) and `until`: one issue listing. */
export async function readDailyReports(
  issues: Pick<ReportIssues, 'findReports'>,
  options: ReadDailyReportsOptions,
): Promise<DailyReportsRead> {
  const found = await issues.findReports({
    label: options.label,
    marker: REPORT_MARKER,
    state: 'all',
    limit: options.limit,
  })
  return dailyReportsOf(found, options)
}

/**
 * The daily reports among listed issues (others, such as rollups, are left out) whose window ends between `since`
 * (a day) and `until`, so a listing made for another reason serves too.
 */
export function dailyReportsOf(
  found: readonly ReportIssue[],
  options: Pick<ReadDailyReportsOptions, 'since' | 'until'>,
): DailyReportsRead {
  const dailies: DailyReportData[] = []
  const unreadable: DailyReportsRead['unreadable'] = []
  for (const issue of found) {
    if (!issue.body.includes(REPORT_MARKER)) continue
    const reading = readDataBlock(issue.body)
    if (reading.status !== 'ok') {
      unreadable.push({
        number: issue.number,
        reason: reading.status === 'missing' ? 'it has no data block' : reading.reason,
      })
      continue
    }
    const { snapshot } = reading
    const day = utcDayOf(snapshot.window.until)
    if (day < options.since || Date.parse(snapshot.window.until) > options.until.getTime()) continue
    dailies.push({
      day,
      number: issue.number,
      url: issue.url,
      window: snapshot.window,
      workflows: snapshot.workflows,
      runs: snapshot.runs,
      ...(snapshot.runsOmitted ? { runsOmitted: snapshot.runsOmitted } : {}),
    })
  }
  dailies.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.number - b.number))
  return { dailies, unreadable }
}

/** Issues to read so that every day from `since` to `now` can be found, with room for reruns and rollups. */
export function dailyReadLimit(since: string, now: Date): number {
  const days = Math.ceil((now.getTime() - Date.parse(`${since}T00:00:00Z`)) / 86_400_000) + 1
  return Math.min(1000, Math.max(10, days + 10))
}
