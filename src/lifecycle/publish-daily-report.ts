/**
 * The report's life in one call for main.ts: earlier reports → trends and history → body (fitted, with the hidden
 * data block) → publish today's issue (update when it exists) → close older reports. Older reports are closed only
 * after the new one exists; when publishing fails nothing is closed. With dryRun nothing is written.
 */
import type { ReportData, ReportTrends } from '../analysis/report-data.js'
import { baselineReportCount, DEFAULT_BASELINE, type BaselineSpan } from '../analysis/trends/baseline-window.js'
import { reportWithTrends } from '../analysis/trends/report-trends.js'
import type { ReportIssue, ReportIssues } from '../github/report-issues.js'
import { renderIssueBody } from '../report/issue-body.js'
import { REPORT_MARKER, snapshotOf } from '../report/report-snapshot.js'
import { trendSectionOf } from '../report/trend-markdown.js'
import type { RunSummary } from '../usage/run-summary.js'
import { readPreviousReports, type PreviousReport } from './previous-reports.js'
import { utcDayOf } from '../common/periods.js'
import type { ReportWindow } from './report-window.js'

/** The inputs of the report's life (a subset of ActionSettings, so main.ts can pass its settings object). */
export interface LifecycleSettings {
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

export interface LifecycleLog {
  info(message: string): void
  warning(message: string): void
}

const silentLog: LifecycleLog = { info: () => {}, warning: () => {} }

/** At most this many older reports are closed per run (gh-aw's close-older-issues convention). */
export const MAX_CLOSED_PER_RUN = 10

export const LABEL_DESCRIPTION = 'Daily token usage report (token-usage-analyzer)'
export const LABEL_COLOR = '5319e7'

/** Creates the labels that are missing (in the series' colour), saying which. */
export async function ensureLabels(
  issues: Pick<ReportIssues, 'ensureLabel'>,
  labels: readonly string[],
  description: string,
  log: LifecycleLog,
): Promise<void> {
  for (const name of labels) {
    if (await issues.ensureLabel(name, { color: LABEL_COLOR, description })) log.info(`Created label '${name}'.`)
  }
}

/** `<prefix> YYYY-MM-DD`, the UTC date of the window's end. */
export function reportTitleOf(titlePrefix: string, until: string): string {
  return `${titlePrefix.trim()} ${utcDayOf(until)}`.trim()
}

/**
 * How many labelled issues to list, newest by creation, for the history and the baseline span: a few more because
 * same-day duplicates and unreadable ones are skipped.
 */
export function previousReportLimit(options: { history: number; baseline?: BaselineSpan }): number {
  return Math.max(options.history, baselineReportCount(options.baseline ?? DEFAULT_BASELINE)) + 10
}

/** Earlier reports of the series among listed issues, newest first, without today's (which is being replaced). */
export function previousReportsOf(
  found: ReportIssue[],
  options: { label: string; now: Date; log?: LifecycleLog },
): PreviousReport[] {
  const log = options.log ?? silentLog
  const previous = readPreviousReports(found, {
    now: options.now,
    excludeDate: utcDayOf(options.now.toISOString()),
    warn: (m) => log.warning(m),
  })
  log.info(
    previous.length === 0
      ? `No earlier report labelled '${options.label}': this is the first of its series.`
      : `Previous report: #${previous[0].number} (${previous[0].source}, window until ${previous[0].window.until}).`,
  )
  return previous
}

/**
 * Earlier reports of the series, newest first, without today's (which is being replaced). Reads issues only, so it
 * also runs in dry-run; publishDailyReport calls it when not given the previous reports (the daily mode lists once
 * for these and the budgets: previousReportsOf).
 */
export async function findPreviousReports(
  issues: Pick<ReportIssues, 'findReports'>,
  options: { label: string; now: Date; history: number; baseline?: BaselineSpan; log?: LifecycleLog },
): Promise<PreviousReport[]> {
  const found = await issues.findReports({ label: options.label, state: 'all', limit: previousReportLimit(options) })
  return previousReportsOf(found, options)
}

export interface PublishDailyReportOptions {
  issues: ReportIssues
  /** The analysed window (analyseRuns' ReportData); its window should be planWindow's. */
  report: ReportData
  /** The per-run summaries behind the report, for the hidden data block. */
  runs: RunSummary[]
  /**
   * Runs carried to the next report, which collects them: still running, or finished but not read for a reason
   * that may pass (`reason`).
   */
  unfinished?: { id: string; createdAt: string; reason?: string }[]
  settings: LifecycleSettings
  now: Date
  /** From findPreviousReports; fetched here when not given. */
  previous?: PreviousReport[]
  /** planWindow's result: a capped window (runs in no report) is noted in the trend section. */
  window?: Pick<ReportWindow, 'capped' | 'note'>
  log?: LifecycleLog
}

export interface DailyReportResult {
  /** Null in dry-run. */
  issueNumber: number | null
  issueUrl: string | null
  /** True when a new issue was created, false when today's was updated (or dry-run). */
  created: boolean
  closed: number[]
  title: string
  body: string
  /** Detail left out of the body to fit the size limit. */
  omitted: string[]
  /** The markdown trend section, for a job summary rendered without the issue's size limit. */
  trendSection: string
  /** The report with its trend section and trend flags (for the JSON report and the job summary). */
  report: ReportData & { trends: ReportTrends }
}

/** Renders, publishes and closes: see the file comment. Throws when publishing fails (after closing nothing). */
export async function publishDailyReport(options: PublishDailyReportOptions): Promise<DailyReportResult> {
  const { issues, settings, now } = options
  const log = options.log ?? silentLog
  const label = settings.labels[0]
  if (!label) throw new Error('No label given: the first label is how earlier reports are found.')
  const until = options.report.window.until ?? now.toISOString()
  const since = options.report.window.since
  const date = utcDayOf(until)
  const previous =
    options.previous ??
    (await findPreviousReports(issues, { label, now, history: settings.history, baseline: settings.baseline, log }))

  const report = reportWithTrends(options.report, previous, {
    date,
    history: settings.history,
    threshold: settings.trendThreshold,
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
  })
  const trendSection = trendSectionOf(report.trends, options.window?.capped ? options.window.note : null)
  const snapshot = snapshotOf(report, options.runs, { since, until }, options.unfinished)
  const fitted = renderIssueBody(report, snapshot, { extraSections: [trendSection] })
  if (fitted.omitted.length > 0) log.warning(`The report was shortened to fit: ${fitted.omitted.join('; ')}.`)
  const title = reportTitleOf(settings.titlePrefix, until)
  const result = { title, body: fitted.body, omitted: fitted.omitted, trendSection, report }

  if (settings.dryRun) {
    log.info(`Dry run: would publish '${title}' (${fitted.body.length} characters) and close older reports.`)
    return { ...result, issueNumber: null, issueUrl: null, created: false, closed: [] }
  }

  await ensureLabels(issues, settings.labels, LABEL_DESCRIPTION, log)
  const published = await issues.publishReport({
    title,
    body: fitted.body,
    labels: settings.labels,
    date,
    marker: REPORT_MARKER,
  })
  if (published.closedDuplicate !== undefined) {
    log.warning(
      `Another run created the report of ${date} at the same time: this run's report #${published.closedDuplicate} ` +
        `was closed as a duplicate of #${published.number}, which stays the day's report.`,
    )
  } else log.info(`${published.created ? 'Created' : 'Updated'} report #${published.number}: ${published.url}`)

  let closed: number[] = []
  // A run whose report was closed as another's duplicate leaves the older reports to that run, so each gets one
  // comment.
  if (settings.closeOlder && published.closedDuplicate === undefined) {
    try {
      closed = await issues.closeOlder({
        label,
        marker: REPORT_MARKER,
        except: published.number,
        max: MAX_CLOSED_PER_RUN,
        date,
        comment: `Superseded by #${published.number} (${published.url}). Closed by token-usage-analyzer.`,
      })
      if (closed.length > 0)
        log.info(`Closed older report${closed.length === 1 ? '' : 's'} ${closed.map((n) => `#${n}`).join(', ')}.`)
    } catch (error) {
      // The new report exists; a failure to tidy up older ones must not hide it.
      log.warning(`Closing older reports failed: ${(error as Error).message}`)
    }
  }
  return { ...result, issueNumber: published.number, issueUrl: published.url, created: published.created, closed }
}
