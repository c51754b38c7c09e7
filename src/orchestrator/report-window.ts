/**
 * The window of a new report: it starts where the newest earlier report's window ended (no gap, no overlap), or
 * `lookback` before now for the first report, and is never longer than `maxLookback`, so a first run on a busy
 * repository (or a series that paused for months) cannot try to read months of runs.
 */
import { timeOf, type Duration, type TimeOrDuration } from '../settings/time-input.js'
import type { EarlierReport } from '../series/earlier-reports.js'

export interface ReportWindow {
  /** ISO; exclusive (the window is (since, until]), so a run created at the earlier report's end is in that one. */
  since: string
  /** ISO: now. */
  until: string
  /** Where `since` came from. */
  start: 'earlier-report' | 'lookback'
  /** The earlier report it continues, when any. */
  continues: number | null
  /** True when maxLookback moved `since` later. */
  capped: boolean
  /** One sentence for the report and the log. */
  note: string
}

export interface PlanWindowOptions {
  /** Newest earlier report (readEarlierReports(...)[0]); undefined for the first report. */
  latest?: Pick<EarlierReport, 'number' | 'window'>
  now: Date
  /** Duration before now (`24h`) or ISO time, parsed with the settings. */
  lookback: TimeOrDuration
  /** Upper bound on the window's length (`7d`). */
  maxLookback: Duration
}

/** Plans the window of the report about to be collected. Throws when an ISO lookback lies after now. */
export function planWindow(options: PlanWindowOptions): ReportWindow {
  const { now, latest } = options
  const until = now.toISOString()
  const earliest = now.getTime() - options.maxLookback.ms
  if (latest) {
    const end = Math.min(Date.parse(latest.window.until), now.getTime())
    if (end >= earliest) {
      return {
        since: new Date(end).toISOString(),
        until,
        start: 'earlier-report',
        continues: latest.number,
        capped: false,
        note: `Continues report #${latest.number}, whose window ended ${new Date(end).toISOString()}.`,
      }
    }
    const since = new Date(earliest).toISOString()
    return {
      since,
      until,
      start: 'earlier-report',
      continues: latest.number,
      capped: true,
      note:
        `Report #${latest.number} ended ${latest.window.until}, more than max-lookback ` +
        `(${options.maxLookback.text}) ago: runs before ${since} are in no report.`,
    }
  }
  const start = timeOf(options.lookback, now).getTime()
  if (start > now.getTime()) {
    throw new Error(`Invalid input 'lookback': '${options.lookback.text}'. It is after the window's end (${until}).`)
  }
  if (start >= earliest) {
    return {
      since: new Date(start).toISOString(),
      until,
      start: 'lookback',
      continues: null,
      capped: false,
      note: `First report of this series: the window is lookback (${options.lookback.text}).`,
    }
  }
  return {
    since: new Date(earliest).toISOString(),
    until,
    start: 'lookback',
    continues: null,
    capped: true,
    note: `First report of this series: lookback (${options.lookback.text}) was capped to max-lookback (${options.maxLookback.text}).`,
  }
}
