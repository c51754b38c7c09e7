/**
 * A report series as one value: the issues of its label listed once per run, kept only when the action's own
 * identity wrote them (trusted-author.ts), newest first. Everything a run reads of its series (earlier reports,
 * today's report, the daily data blocks, the previous rollup) is decoded from this one listing; publishing looks
 * once more only after creating, to catch a report another run created at the same moment.
 */
import type { ReportIssue, ReportIssues } from '../github/report-issues.js'
import { splitByAuthor } from './trusted-author.js'

/** Where the series writes its log. */
export interface SeriesLog {
  info(message: string): void
  warning(message: string): void
}

export interface ReportSeries {
  /** The first label: how the series is found. */
  label: string
  /** Who the action's token acts as (the author of every report); null while GitHub has not said. */
  author: string | null
  /** The listed issues the author wrote, newest first. */
  issues: ReportIssue[]
  /** Issues under the label that someone else wrote, already named in the log (each is named once a run). */
  ignored: Set<number>
}

/** Who the token acts as; null (with a warning) when GitHub does not answer. */
async function authorOf(issues: Pick<ReportIssues, 'viewer'>, log: SeriesLog): Promise<string | null> {
  try {
    const author = await issues.viewer()
    if (author) return author
    log.warning('GitHub did not say who the token acts as: no earlier issue is trusted as a report in this run.')
  } catch (error) {
    log.warning(
      `Asking GitHub who the token acts as failed (${(error as Error).message}): no earlier issue is trusted as a ` +
        'report in this run.',
    )
  }
  return null
}

/** Keeps the issues the series' author wrote; names each other issue once in the log. */
export function trustedIssuesOf(series: ReportSeries, listed: readonly ReportIssue[], log: SeriesLog): ReportIssue[] {
  const { trusted, ignored } = splitByAuthor(listed, series.author)
  for (const issue of ignored) {
    if (series.ignored.has(issue.number)) continue
    series.ignored.add(issue.number)
    log.warning(
      `Issue #${issue.number} (labelled '${series.label}') was written by ${issue.author ?? 'an unknown author'}, ` +
        `not by ${series.author ?? 'this token'}: it is not a report of this series and is left alone.`,
    )
  }
  return trusted
}

/** Lists the series once: open and closed issues of the label, newest first, at most `limit`. */
export async function readReportSeries(
  issues: Pick<ReportIssues, 'findReports' | 'viewer'>,
  query: { label: string; limit: number },
  log: SeriesLog,
): Promise<ReportSeries> {
  const author = await authorOf(issues, log)
  const listed = await issues.findReports({ label: query.label, state: 'all', limit: query.limit })
  const series: ReportSeries = { label: query.label, author, issues: [], ignored: new Set() }
  series.issues = trustedIssuesOf(series, listed, log)
  return series
}
