// The previous report's data block is checked against the issue itself: GitHub sets the issue's creation and update
// times, anyone with write access can edit its body. A window end after the issue was created (or after now) is
// not trusted: the window ends at the issue's creation, with a warning, so an edited `until` cannot skip runs.
import { readEarlierReports } from '../../src/series/earlier-reports.js'
import { planWindow } from '../../src/orchestrator/report-window.js'
import { encodeDailyDataBlock, dailyDataBlockOf } from '../../src/series/daily-data-block.js'
import { REPORT_MARKER } from '../../src/series/markers.js'
import { parseDuration, parseTimeOrDuration } from '../../src/settings/time-input.js'
import { issueOf, reportOf, sonnetRuns } from './series-fixtures.js'

const now = new Date('2026-04-04T06:00:00Z')

/** Our report whose data block says its window ended at `until`, on an issue created at `createdAt`. */
function reportIssue(until: string, createdAt: string, updatedAt?: string) {
  const runs = sonnetRuns('smoke-claude', 1)
  const snapshot = dailyDataBlockOf(reportOf(runs, null, until), runs, { since: '2026-04-02T06:00:00.000Z', until })
  const body = `${REPORT_MARKER}\nbody\n${encodeDailyDataBlock(snapshot)}`
  return issueOf(body, createdAt, { number: 7, ...(updatedAt ? { updatedAt } : {}) })
}

function read(issue: ReturnType<typeof reportIssue>) {
  const warnings: string[] = []
  const reports = readEarlierReports([issue], { now, warn: (m) => void warnings.push(m) })
  return { report: reports[0], warnings }
}

const nextWindow = (previous: ReturnType<typeof read>['report']) =>
  planWindow({ latest: previous, now, lookback: parseTimeOrDuration('24h'), maxLookback: parseDuration('7d') })

test('a window end edited to after the issue was created falls back to the creation time, with a warning', () => {
  // Created at 06:00:05 for a window ending 06:00; someone edited the end to 23:00 the same day.
  const { report, warnings } = read(reportIssue('2026-04-03T23:00:00.000Z', '2026-04-03T06:00:05Z'))
  expect(report.window).toEqual({ since: null, until: '2026-04-03T06:00:05.000Z' })
  expect(report.block?.window.until).toBe('2026-04-03T06:00:05.000Z')
  expect(warnings).toEqual([
    'Report #7: its window ends (2026-04-03T23:00:00.000Z) after the issue was created (2026-04-03T06:00:05Z); ' +
      'its window is taken to end at its creation, 2026-04-03T06:00:05.000Z.',
  ])
  // The runs of 06:00:05 to 23:00 are not skipped: the next window starts at the creation time.
  expect(nextWindow(report).since).toBe('2026-04-03T06:00:05.000Z')
})

test('a window end in the future falls back to the creation time too', () => {
  const { report, warnings } = read(reportIssue('2026-05-01T00:00:00.000Z', '2026-04-03T06:00:05Z'))
  expect(report.window.until).toBe('2026-04-03T06:00:05.000Z')
  expect(warnings[0]).toContain('its window ends after now (2026-05-01T00:00:00.000Z)')
  expect(report.workflows).not.toBeNull()
})

test("a same-day re-run's update is trusted: the window ends before the issue's last update that day", () => {
  const { report, warnings } = read(
    reportIssue('2026-04-03T10:00:00.000Z', '2026-04-03T06:00:05Z', '2026-04-03T10:00:04Z'),
  )
  expect(report.window.until).toBe('2026-04-03T10:00:00.000Z')
  expect(warnings).toEqual([])
})

test('a window end before the creation time is the report’s own, as before', () => {
  const { report, warnings } = read(reportIssue('2026-04-03T06:00:00.000Z', '2026-04-03T06:00:05Z'))
  expect(report.window).toEqual({ since: '2026-04-02T06:00:00.000Z', until: '2026-04-03T06:00:00.000Z' })
  expect(warnings).toEqual([])
})
