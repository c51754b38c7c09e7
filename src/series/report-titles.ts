/**
 * A report's title ends in its day (`📊 Token Usage Report 2026-04-02`) or, for a rollup, its period (`… 2026-W19`,
 * `… 2026-05`): the title says which reports are of the same day, so a re-run updates the day's report and the older
 * ones can be told apart from a newer one.
 */
import { utcDayOf } from '../common/periods.js'
import type { ReportIssue } from '../github/report-issues.js'

/** `<prefix> YYYY-MM-DD`, the UTC date of the window's end. */
export function reportTitleOf(titlePrefix: string, until: string): string {
  return `${titlePrefix.trim()} ${utcDayOf(until)}`.trim()
}

/** `<prefix> 2026-W19`. */
export function rollupTitleOf(titlePrefix: string, periodId: string): string {
  return `${titlePrefix.trim()} ${periodId}`.trim()
}

/** The date (a rollup: the period, `2026-W19` or `2026-05`) a report's title ends in. */
export const titleDateOf = (title: string): string | undefined =>
  /(\d{4}-(?:\d{2}-\d{2}|W\d{2}|\d{2}))\s*$/.exec(title)?.[1]

/**
 * The open reports of one date, oldest first: issues whose title ends in the date and whose body carries the
 * marker, or whose title is the report's title (a report whose marker someone removed is still the day's report).
 */
export function reportsOfDate(
  issues: readonly ReportIssue[],
  report: { date: string; marker: string; title: string },
): ReportIssue[] {
  return issues
    .filter((issue) => issue.state === 'open' && titleDateOf(issue.title) === report.date)
    .filter((issue) => issue.body.includes(report.marker) || issue.title.trim() === report.title.trim())
    .sort((a, b) => a.number - b.number)
}
