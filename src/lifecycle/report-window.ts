/**
 * The window of a new report: it starts where the previous report's window ended (no gap, no overlap), or
 * `lookback` before now for the first report, and is never longer than `maxLookback`, so a first run on a busy
 * repository (or a series that paused for months) cannot try to read months of runs.
 */
import { parseDurationMs, parseTimeInput } from '../settings/time-input.js'
import type { PreviousReport } from './previous-reports.js'

export interface ReportWindow {
  /** ISO; exclusive (the window is (since, until]), so a run created at the previous report's end is in that one. */
  since: string
  /** ISO: now. */
  until: string
  /** Where `since` came from. */
  start: 'previous-report' | 'lookback'
  /** The previous report it continues, when any. */
  previous: number | null
  /** True when maxLookback moved `since` later. */
  capped: boolean
  /** One sentence for the report and the log. */
  note: string
}

export interface PlanWindowOptions {
  /** Newest earlier report (readPreviousReports(...)[0]); undefined for the first report. */
  previous?: Pick<PreviousReport, 'number' | 'window'>
  now: Date
  /** Duration (`24h`) or ISO time. */
  lookback: string
  /** Duration (`7d`). */
  maxLookback: string
}

/** Plans the window of the report about to be collected. Throws on an unreadable lookback/maxLookback. */
export function planWindow(options: PlanWindowOptions): ReportWindow {
  const { now, previous } = options
  const maxMs = parseDurationMs(options.maxLookback)
  if (maxMs === undefined) {
    throw new Error(`Invalid max-lookback '${options.maxLookback}'. Expected a duration such as 7d or 48h.`)
  }
  const until = now.toISOString()
  const earliest = now.getTime() - maxMs
  if (previous) {
    const end = Math.min(Date.parse(previous.window.until), now.getTime())
    if (end >= earliest) {
      return {
        since: new Date(end).toISOString(),
        until,
        start: 'previous-report',
        previous: previous.number,
        capped: false,
        note: `Continues report #${previous.number}, whose window ended ${new Date(end).toISOString()}.`,
      }
    }
    const since = new Date(earliest).toISOString()
    return {
      since,
      until,
      start: 'previous-report',
      previous: previous.number,
      capped: true,
      note:
        `Report #${previous.number} ended ${previous.window.until}, more than max-lookback ` +
        `(${options.maxLookback}) ago: runs before ${since} are in no report.`,
    }
  }
  const start = parseTimeInput(options.lookback, now, 'lookback').getTime()
  if (start > now.getTime()) {
    throw new Error(`Invalid lookback '${options.lookback}': it is after now (${until}).`)
  }
  if (start >= earliest) {
    return {
      since: new Date(start).toISOString(),
      until,
      start: 'lookback',
      previous: null,
      capped: false,
      note: `First report of this series: the window is lookback (${options.lookback}).`,
    }
  }
  return {
    since: new Date(earliest).toISOString(),
    until,
    start: 'lookback',
    previous: null,
    capped: true,
    note: `First report of this series: lookback (${options.lookback}) was capped to max-lookback (${options.maxLookback}).`,
  }
}
