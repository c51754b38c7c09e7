/**
 * One publish-and-close for every kind of report (daily reports and weekly or monthly rollups): update the open
 * report of the same day or period, or create it and look once more for one another run created at the same moment
 * (the oldest stays); close same-day duplicates; then close older reports of the series. Older reports are closed
 * only after the new one exists, each closed before it is commented on, so no open report ever says it was
 * replaced. Only issues the series' author wrote are ever updated, closed or commented on. With dryRun nothing is
 * written.
 */
import type { ReportIssue, ReportIssues, WrittenIssue } from '../github/report-issues.js'
import { reportsOfDate, titleDateOf } from './report-titles.js'
import { trustedIssuesOf, type ReportSeries, type SeriesLog } from './report-series.js'
import { sameAuthor } from './trusted-author.js'

/** At most this many older reports are closed per run (gh-aw's close-older-issues convention). */
export const MAX_CLOSED_PER_RUN = 10

export const LABEL_COLOR = '5319e7'
export const LABEL_DESCRIPTION = 'Daily token usage report (token-usage-analyzer)'
export const ROLLUP_LABEL_DESCRIPTION = 'Token usage reports (token-usage-analyzer)'

export interface PublishRequest {
  /** What the log calls it: `report` (a daily report) or `rollup`. */
  noun: 'report' | 'rollup'
  title: string
  /** The body, its marker first. */
  body: string
  labels: string[]
  /** The day (YYYY-MM-DD) or period (`2026-W19`) its title ends in: its open report is updated, not duplicated. */
  date: string
  marker: string
  labelDescription: string
  closeOlder: boolean
  dryRun: boolean
}

export interface PublishedReport {
  /** Null in dry-run. */
  issueNumber: number | null
  issueUrl: string | null
  /** True when a new issue was created, false when the day's was updated (or dry-run). */
  created: boolean
  closed: number[]
  /** This run's own issue, closed as a duplicate of `issueNumber`, which another run created at the same moment. */
  closedDuplicate?: number
}

type Kept = { number: number; url: string; created: boolean }

/** Creates the labels that are missing (in the series' colour), saying which. */
export async function ensureLabels(
  issues: Pick<ReportIssues, 'ensureLabel'>,
  labels: readonly string[],
  description: string,
  log: SeriesLog,
): Promise<void> {
  for (const name of labels) {
    if (await issues.ensureLabel(name, { color: LABEL_COLOR, description })) log.info(`Created label '${name}'.`)
  }
}

/** The open issues of both listings, newest first (the second listing's copy wins). */
function mergedOpen(first: readonly ReportIssue[], second: readonly ReportIssue[]): ReportIssue[] {
  const byNumber = new Map<number, ReportIssue>()
  for (const issue of [...first, ...second]) byNumber.set(issue.number, issue)
  return [...byNumber.values()]
    .filter((issue) => issue.state === 'open')
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.number - a.number)
}

/** The issue's author as GitHub recorded it on our own create: that is who the token acts as. */
function learnAuthor(series: ReportSeries, created: WrittenIssue, log: SeriesLog): void {
  if (created.author === null || sameAuthor(created.author, series.author)) return
  if (series.author !== null) {
    log.warning(`GitHub recorded ${created.author} as the author of #${created.number}, not ${series.author}.`)
  }
  series.author = created.author
}

/** The series' open issues after looking once more (the listing of the same moment may have missed a report). */
async function lookAgain(issues: ReportIssues, series: ReportSeries, log: SeriesLog): Promise<ReportIssue[] | null> {
  try {
    const listed = await issues.findReports({ label: series.label, state: 'open', limit: 100 })
    return trustedIssuesOf(series, listed, log)
  } catch {
    return null // the report exists; a failed second look leaves it as it is
  }
}

/** Closes `number` with a comment; false (with a warning) when the close failed. */
async function closeReport(issues: ReportIssues, number: number, comment: string, log: SeriesLog): Promise<boolean> {
  try {
    await issues.closeIssue(number, { comment })
    return true
  } catch (error) {
    const message = (error as Error).message
    // closeIssue words a comment that failed after the close itself: the report is closed.
    if (/was closed, but commenting/.test(message)) {
      log.warning(message)
      return true
    }
    log.warning(`Closing report #${number} failed (it stays open, without a comment): ${message}`)
    return false
  }
}

/** Creates the report, then looks once more: another run's report of the same moment may be older. */
async function createReport(
  issues: ReportIssues,
  series: ReportSeries,
  request: PublishRequest,
  log: SeriesLog,
): Promise<{ kept: Kept; open: ReportIssue[]; closedDuplicate?: number }> {
  const sameDay = async () => {
    const again = await lookAgain(issues, series, log)
    const found = again ? reportsOfDate(again, request)[0] : undefined
    return found ? { number: found.number, url: found.url, author: found.author } : undefined
  }
  const created = await issues.createIssue(
    { title: request.title, body: request.body, labels: request.labels },
    sameDay,
  )
  learnAuthor(series, created, log)
  const kept = { number: created.number, url: created.url, created: true }
  const again = await lookAgain(issues, series, log)
  const open = mergedOpen(series.issues, again ?? [])
  const oldest = again ? reportsOfDate(again, request)[0] : undefined
  if (!oldest || oldest.number >= created.number) return { kept, open }
  // Another run of the same moment (a schedule and a manual dispatch) created the day's report too: the oldest
  // stays, and this run closes its own as the duplicate, so one report stays open.
  await closeReport(issues, created.number, duplicateComment(oldest.number, request), log)
  log.warning(
    `Another run created the ${request.noun} of ${request.date} at the same time: this run's ${request.noun} ` +
      `#${created.number} was closed as a duplicate of #${oldest.number}, which stays the day's ${request.noun}.`,
  )
  return { kept: { number: oldest.number, url: oldest.url, created: false }, open, closedDuplicate: created.number }
}

const duplicateComment = (kept: number, request: PublishRequest): string =>
  `Duplicate of #${kept}: another run of token-usage-analyzer created the ${request.noun} of ${request.date} ` +
  'at the same time. Closed by token-usage-analyzer.'

/**
 * Closes the open same-day duplicates of the kept report (two runs whose listings lagged behind each other's creates
 * both created one): the lowest number stays, so a duplicate never outlives the next run.
 */
async function closeDuplicates(
  issues: ReportIssues,
  open: readonly ReportIssue[],
  kept: Kept,
  request: PublishRequest,
  log: SeriesLog,
): Promise<void> {
  const duplicates = reportsOfDate(open, request).filter((issue) => issue.number > kept.number)
  for (const issue of duplicates) {
    if (!(await closeReport(issues, issue.number, duplicateComment(kept.number, request), log))) return
    log.warning(`Closed #${issue.number}, a duplicate ${request.noun} of ${request.date}; #${kept.number} stays.`)
  }
}

/** Closes older open reports of the series (newest first, at most MAX_CLOSED_PER_RUN); returns their numbers. */
export async function closeOlderReports(
  issues: ReportIssues,
  open: readonly ReportIssue[],
  request: Pick<PublishRequest, 'noun' | 'marker' | 'date'>,
  kept: Pick<Kept, 'number' | 'url'>,
  log: SeriesLog,
): Promise<number[]> {
  // Only reports whose title ends in an earlier date: a report of the same date may be another run's of the same
  // moment, and a report for a past day (a backfill) must not close newer ones.
  const older = open
    .filter((issue) => issue.state === 'open' && issue.number !== kept.number && issue.body.includes(request.marker))
    .filter((issue) => (titleDateOf(issue.title) ?? '') < request.date)
    .slice(0, MAX_CLOSED_PER_RUN)
  const comment = `Superseded by #${kept.number} (${kept.url}). Closed by token-usage-analyzer.`
  const closed: number[] = []
  for (const issue of older) {
    if (!(await closeReport(issues, issue.number, comment, log))) break
    closed.push(issue.number)
  }
  if (closed.length > 0) {
    const noun = `older ${request.noun}${closed.length === 1 ? '' : 's'}`
    log.info(`Closed ${noun} ${closed.map((n) => `#${n}`).join(', ')}.`)
  }
  return closed
}

/** Publishes the report into its series and tidies the series up: see the file comment. */
export async function publishReport(
  issues: ReportIssues,
  series: ReportSeries,
  request: PublishRequest,
  log: SeriesLog,
): Promise<PublishedReport> {
  if (request.dryRun) {
    log.info(
      `Dry run: would publish '${request.title}' (${request.body.length} characters) and close older ${request.noun}s.`,
    )
    return { issueNumber: null, issueUrl: null, created: false, closed: [] }
  }
  await ensureLabels(issues, request.labels, request.labelDescription, log)
  const existing = reportsOfDate(series.issues, request)[0]
  let kept: Kept
  let open = mergedOpen(series.issues, [])
  let closedDuplicate: number | undefined
  if (existing) {
    const updated = await issues.updateIssue(existing.number, { title: request.title, body: request.body })
    kept = { number: updated.number, url: updated.url, created: false }
  } else {
    ;({ kept, open, closedDuplicate } = await createReport(issues, series, request, log))
  }
  const published = { issueNumber: kept.number, issueUrl: kept.url, created: kept.created }
  // A run whose report was closed as another's duplicate leaves the series to that run, so each gets one comment.
  if (closedDuplicate !== undefined) return { ...published, closed: [], closedDuplicate }
  const noun = request.noun === 'rollup' ? 'rollup' : 'report'
  log.info(`${kept.created ? 'Created' : 'Updated'} ${noun} #${kept.number}: ${kept.url}`)
  await closeDuplicates(issues, open, kept, request, log)
  const closed = request.closeOlder ? await closeOlderReports(issues, open, request, kept, log) : []
  return { ...published, closed }
}
