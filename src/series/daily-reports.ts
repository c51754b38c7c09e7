/**
 * The daily reports of a series as numbers: each report carrying the report marker, its data block decoded.
 * Rollups, budgets and the month forecast are built from these alone, so no artifact is read twice. A block that
 * does not read is named (never silently skipped).
 */
import type { DailyReportData } from '../analysis/rollups/period-rollup.js'
import type { ReportIssue } from '../github/report-issues.js'
import { utcDayOf } from '../common/periods.js'
import { readDailyDataBlock } from './daily-data-block.js'
import { REPORT_MARKER } from './markers.js'

export interface DailyReportsRead {
  /** Readable dailies, oldest day first (a day may appear twice; see onePerDay). */
  dailies: DailyReportData[]
  /** Reports whose data block was missing or did not read. */
  unreadable: { number: number; reason: string }[]
}

/**
 * The daily reports among listed issues (others, such as rollups, are left out) whose window ends between `since`
 * (a day) and `until`.
 */
export function dailyReportsOf(
  found: readonly ReportIssue[],
  options: { since: string; until: Date },
): DailyReportsRead {
  const dailies: DailyReportData[] = []
  const unreadable: DailyReportsRead['unreadable'] = []
  for (const issue of found) {
    if (!issue.body.includes(REPORT_MARKER)) continue
    const reading = readDailyDataBlock(issue.body)
    if (reading.status !== 'ok') {
      unreadable.push({
        number: issue.number,
        reason: reading.status === 'missing' ? 'it has no data block' : reading.reason,
      })
      continue
    }
    const { block } = reading
    const day = utcDayOf(block.window.until)
    if (day < options.since || Date.parse(block.window.until) > options.until.getTime()) continue
    dailies.push({
      day,
      number: issue.number,
      url: issue.url,
      window: block.window,
      workflows: block.workflows,
      runs: block.runs,
      ...(block.runsOmitted ? { runsOmitted: block.runsOmitted } : {}),
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
