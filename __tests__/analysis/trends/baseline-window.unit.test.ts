// Which earlier reports form the baseline (the `baseline` input), and that enough of them are fetched for the span.
import { baselineWindowsOf, type WindowSample } from '../../../src/analysis/trends/baseline-window.js'
import { earlierReportLimit } from '../../../src/series/earlier-reports.js'

const window = (date: string, number: number, hour = 6): WindowSample => ({
  date,
  number,
  window: { since: null, until: `${date}T${String(hour).padStart(2, '0')}:00:00.000Z` },
  workflows: [],
})

describe('baseline windows', () => {
  // Newest first as readEarlierReports gives them; 04-10 has two reports (a re-run), 03-30 is 11 days back.
  const earlier = [
    window('2026-04-10', 12, 9),
    window('2026-04-10', 11, 6),
    window('2026-04-08', 10),
    window('2026-04-04', 9),
    window('2026-04-03', 8),
    window('2026-03-30', 7),
  ]

  test('7d: one report per day of the 7 days before, the newest of a day', () => {
    expect(baselineWindowsOf(earlier, '2026-04-11', { kind: 'days', days: 7 }).map((w) => w.number)).toEqual([
      12, 10, 9,
    ])
  })

  test('14d reaches further back; previous is the single newest report', () => {
    expect(baselineWindowsOf(earlier, '2026-04-11', { kind: 'days', days: 14 }).map((w) => w.number)).toEqual([
      12, 10, 9, 8, 7,
    ])
    expect(baselineWindowsOf(earlier, '2026-04-11', { kind: 'previous' }).map((w) => w.number)).toEqual([12])
  })

  test('a report of the same day or later is never part of the baseline', () => {
    expect(baselineWindowsOf(earlier, '2026-04-10', { kind: 'days', days: 7 }).map((w) => w.number)).toEqual([10, 9, 8])
  })
})

test('enough earlier reports are fetched for the baseline span, and for the history', () => {
  const limits = [
    earlierReportLimit({ history: 14, baseline: { kind: 'days', days: 30 } }),
    earlierReportLimit({ history: 14, baseline: { kind: 'previous' } }),
    earlierReportLimit({ history: 3 }),
  ]
  // 10 more than needed: same-day duplicates and unreadable reports are skipped.
  expect(limits).toEqual([40, 24, 17])
})
