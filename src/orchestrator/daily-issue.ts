/**
 * The daily report's issue: the analysed report with its trends against the earlier reports (analysis, before
 * anything is published), its body (the report fitted to GitHub's limit, the trend section, the data block), and
 * its publishing into the series.
 */
import type { ReportData, ReportTrends } from '../analysis/report-data.js'
import type { BaselineSpan } from '../analysis/trends/baseline-window.js'
import { reportWithTrends } from '../analysis/trends/report-trends.js'
import { utcDayOf } from '../common/periods.js'
import type { ReportIssues } from '../github/report-issues.js'
import { trendSectionOf } from '../report/trend-markdown.js'
import type { RunSummary } from '../usage/run-summary.js'
import { dailyDataBlockOf } from '../series/daily-data-block.js'
import type { EarlierReport } from '../series/earlier-reports.js'
import { renderIssueBody } from '../series/issue-body.js'
import { REPORT_MARKER } from '../series/markers.js'
import { LABEL_DESCRIPTION, publishReport, type PublishedReport } from '../series/publish-report.js'
import type { ReportSeries, SeriesLog } from '../series/report-series.js'
import { reportTitleOf } from '../series/report-titles.js'
import type { ReportWindow } from './report-window.js'

/** The inputs of the daily issue (a subset of ActionSettings, so the daily mode passes its settings object). */
export interface DailyIssueSettings {
  titlePrefix: string
  /** The first label finds earlier reports. */
  labels: string[]
  /** Earlier reports shown in the history. */
  history: number
  /** Smallest relative change of a per-run mean that counts (0.2 = 20%): the trend flags' minimum effect. */
  trendThreshold: number
  /** What each workflow is compared with (the `baseline` input); default the reports of the 7 days before. */
  baseline?: BaselineSpan
  closeOlder: boolean
  dryRun: boolean
}

export type ReportWithTrends = ReportData & { trends: ReportTrends }

/** The report with its trend section and trend flags, against the earlier reports (newest first). */
export function dailyReportWithTrends(
  report: ReportData,
  earlier: readonly EarlierReport[],
  settings: Pick<DailyIssueSettings, 'history' | 'trendThreshold' | 'baseline'>,
  now: Date,
): ReportWithTrends {
  return reportWithTrends(report, earlier, {
    date: utcDayOf(report.window.until ?? now.toISOString()),
    history: settings.history,
    threshold: settings.trendThreshold,
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
  })
}

export interface DailyIssue {
  title: string
  body: string
  /** Detail left out of the body to fit the size limit. */
  omitted: string[]
  /** The markdown trend section, for a job summary rendered without the issue's size limit. */
  trendSection: string
  /** The day (YYYY-MM-DD) of the window's end: the report's day. */
  date: string
}

export interface DailyIssueOptions {
  /** The per-run summaries behind the report, for the data block. */
  runs: RunSummary[]
  /**
   * Runs carried to the next report, which collects them: still running, or finished but not read for a reason
   * that may pass (`reason`).
   */
  unfinished?: { id: string; createdAt: string; reason?: string }[]
  titlePrefix: string
  now: Date
  /** planWindow's result: a capped window (runs in no report) is noted in the trend section. */
  window?: Pick<ReportWindow, 'capped' | 'note'>
  log: SeriesLog
}

/** Title, body (fitted, with the data block) and trend section of the report's issue. */
export function dailyIssueOf(report: ReportWithTrends, options: DailyIssueOptions): DailyIssue {
  const until = report.window.until ?? options.now.toISOString()
  const trendSection = trendSectionOf(report.trends, options.window?.capped ? options.window.note : null)
  const block = dailyDataBlockOf(report, options.runs, { since: report.window.since, until }, options.unfinished)
  const fitted = renderIssueBody(report, block, { changeSections: [trendSection] })
  if (fitted.omitted.length > 0) options.log.warning(`The report was shortened to fit: ${fitted.omitted.join('; ')}.`)
  return {
    title: reportTitleOf(options.titlePrefix, until),
    body: fitted.body,
    omitted: fitted.omitted,
    trendSection,
    date: utcDayOf(until),
  }
}

/** Publishes the daily issue: today's report updated or created, duplicates and older reports closed. */
export function publishDailyIssue(
  issues: ReportIssues,
  series: ReportSeries,
  issue: DailyIssue,
  settings: Pick<DailyIssueSettings, 'labels' | 'closeOlder' | 'dryRun'>,
  log: SeriesLog,
): Promise<PublishedReport> {
  if (!settings.labels[0]) throw new Error('No label given: the first label is how earlier reports are found.')
  return publishReport(
    issues,
    series,
    {
      noun: 'report',
      title: issue.title,
      body: issue.body,
      labels: settings.labels,
      date: issue.date,
      marker: REPORT_MARKER,
      labelDescription: LABEL_DESCRIPTION,
      closeOlder: settings.closeOlder,
      dryRun: settings.dryRun,
    },
    log,
  )
}
