/**
 * Earlier reports of a series, read from the issues that carry the report label (open and closed): ours by their
 * marker and data block, the LLM analyzer's by their workflow summary table. Newest first.
 */
import type { ReportIssue } from '../github/report-issues.js'
import { utcDayOf } from '../common/periods.js'
import { baselineReportCount, DEFAULT_BASELINE, type BaselineSpan } from '../analysis/trends/baseline-window.js'
import type { SeriesLog } from './report-series.js'
import { readLlmReport } from './llm-report-table.js'
import { REPORT_MARKER, ROLLUP_MARKER_PREFIX } from './markers.js'
import { baselinesOf, type WorkflowBaseline } from '../analysis/trends/workflow-baseline.js'
import type { WorkflowSample } from '../analysis/trends/baseline-window.js'
import { readDailyDataBlock, workflowSamplesOf, type DailyDataBlock } from './daily-data-block.js'

export interface EarlierReport {
  number: number
  url: string
  title: string
  state: 'open' | 'closed'
  source: 'token-usage-analyzer' | 'llm-analyzer'
  /**
   * The window it covered. When its body does not say (unreadable block, LLM report without a "Period"), `until` is
   * the issue's creation time (set by GitHub, not by the body), which is when such a report's window ended.
   */
  window: { since: string | null; until: string }
  /** UTC date (YYYY-MM-DD) of window.until: the report's day. */
  date: string
  /** Our data block, when present and valid. */
  block: DailyDataBlock | null
  /** Its workflows' per-run values, model rows and flags, from the data block: the baseline reads them. */
  samples: WorkflowSample[] | null
  /** Per-workflow numbers to compare with; null when the report had no comparable data. */
  workflows: WorkflowBaseline[] | null
  /** Why there is nothing to compare with (shown in the report). */
  noDataReason?: string
}

export interface ReadEarlierOptions {
  now: Date
  /** Reports of this UTC date are the one being replaced today, not an earlier report. */
  excludeDate?: string
  warn?: (message: string) => void
}

/** A window end this far past `now` means a wrong clock or an edited body: the body's window is not used. */
const FUTURE_SLACK_MS = 5 * 60 * 1000

/**
 * Why a report's window end, as its data block says it, cannot be true; null when it can. A report's window ends
 * before its issue is created, or (a re-run of the same day updated it) before its last update on the day it was
 * created; and never after now.
 */
function untrustedWindowEnd(issue: ReportIssue, until: string, now: Date): string | null {
  const end = Date.parse(until)
  if (end > now.getTime() + FUTURE_SLACK_MS) return `its window ends after now (${until})`
  if (end <= Date.parse(issue.createdAt) + FUTURE_SLACK_MS) return null
  const updatedSameDay =
    issue.updatedAt !== undefined &&
    utcDayOf(until) === utcDayOf(issue.createdAt) &&
    end <= Date.parse(issue.updatedAt) + FUTURE_SLACK_MS
  return updatedSameDay ? null : `its window ends (${until}) after the issue was created (${issue.createdAt})`
}

/** Reads earlier reports from labelled issues, newest window end first. Issues of neither kind are left out. */
export function readEarlierReports(issues: ReportIssue[], options: ReadEarlierOptions): EarlierReport[] {
  const warn = options.warn ?? (() => {})
  const reports: EarlierReport[] = []
  for (const issue of issues) {
    const report = earlierReportOf(issue, options.now, warn)
    if (report && report.date !== options.excludeDate) reports.push(report)
  }
  return reports.sort((a, b) => Date.parse(b.window.until) - Date.parse(a.window.until) || b.number - a.number)
}

function earlierReportOf(issue: ReportIssue, now: Date, warn: (m: string) => void): EarlierReport | null {
  // A weekly or monthly rollup shares the label but is no day of the series (its tables must not read as the LLM's).
  if (issue.body.includes(ROLLUP_MARKER_PREFIX)) return null
  const createdWindow = { since: null, until: new Date(issue.createdAt).toISOString() }
  const base = { number: issue.number, url: issue.url, title: issue.title, state: issue.state }
  const inFuture = (until: string): boolean => Date.parse(until) > now.getTime() + FUTURE_SLACK_MS
  // A window ending (or an issue created) after `now` belongs to a report for a later day than the one being made
  // (a past day reported again) or to an edited body: either way it is not an earlier report.
  const createdLater = inFuture(createdWindow.until)

  if (issue.body.includes(REPORT_MARKER)) {
    const reading = readDailyDataBlock(issue.body)
    const untrusted = reading.status === 'ok' ? untrustedWindowEnd(issue, reading.block.window.until, now) : null
    if (untrusted && createdLater) return null
    if (untrusted) {
      // The body was edited (anyone with write access can): the issue's own times are GitHub's, the body's are not.
      warn(`Report #${issue.number}: ${untrusted}; its window is taken to end at its creation, ${createdWindow.until}.`)
    }
    if (reading.status === 'ok') {
      const block = untrusted ? { ...reading.block, window: createdWindow } : reading.block
      const workflows = baselinesOf(block.workflows)
      return {
        ...base,
        source: 'token-usage-analyzer',
        window: block.window,
        date: utcDayOf(block.window.until),
        block,
        samples: workflowSamplesOf(block),
        workflows: workflows.length > 0 ? workflows : null,
        noDataReason: workflows.length > 0 ? undefined : 'it had no runs with token data',
      }
    } else if (reading.status === 'invalid') {
      warn(`Report #${issue.number}: ${reading.reason}; its data is ignored.`)
    } else {
      warn(`Report #${issue.number} carries the report marker but no data block; its data is ignored.`)
    }
    if (createdLater) return null
    return {
      ...base,
      source: 'token-usage-analyzer',
      window: createdWindow,
      date: utcDayOf(createdWindow.until),
      block: null,
      samples: null,
      workflows: null,
      noDataReason: 'its hidden data block was missing or unreadable',
    }
  }

  const reading = readLlmReport(issue.body)
  // An issue someone opened by hand under the label is not a report: without our marker it counts only when its
  // table reads or its title ends in a date as the LLM analyzer's titles do (`📊 Claude Token Usage Report2026-04-02`).
  if (reading.status === 'unreadable' && !/\d{4}-\d{2}-\d{2}\s*$/.test(issue.title)) return null
  if (createdLater) return null
  if (reading.status === 'unreadable') {
    return {
      ...base,
      source: 'llm-analyzer',
      window: createdWindow,
      date: utcDayOf(createdWindow.until),
      block: null,
      samples: null,
      workflows: null,
      noDataReason: `it was written without a data block and ${reading.reason}`,
    }
  }
  const window = reading.window && !inFuture(reading.window.until) ? reading.window : createdWindow
  return {
    ...base,
    source: 'llm-analyzer',
    window,
    date: utcDayOf(window.until),
    block: null,
    samples: null,
    workflows: reading.workflows,
  }
}

/**
 * How many labelled issues to list, newest by creation, for the history and the baseline span: a few more because
 * same-day duplicates and unreadable ones are skipped.
 */
export function earlierReportLimit(options: { history: number; baseline?: BaselineSpan }): number {
  return Math.max(options.history, baselineReportCount(options.baseline ?? DEFAULT_BASELINE)) + 10
}

/** Earlier reports among the series' issues, newest first, without today's (which is being replaced). */
export function earlierReportsOf(
  issues: ReportIssue[],
  options: { label: string; now: Date; log: SeriesLog },
): EarlierReport[] {
  const { log } = options
  const earlier = readEarlierReports(issues, {
    now: options.now,
    excludeDate: utcDayOf(options.now.toISOString()),
    warn: (m) => log.warning(m),
  })
  log.info(
    earlier.length === 0
      ? `No earlier report labelled '${options.label}': this is the first of its series.`
      : `Latest earlier report: #${earlier[0].number} (${earlier[0].source}, window until ${earlier[0].window.until}).`,
  )
  return earlier
}
