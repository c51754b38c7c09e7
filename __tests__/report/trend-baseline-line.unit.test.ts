// The sentence saying what the baseline is: a `7d` baseline takes the earlier reports whose windows ENDED in the last
// 7 days, and a report's window can start long before (a first report looks back 30 days), so the words must not
// say "the last 7 days" of runs beside a 30-day span.
import type { ReportTrends } from '../../src/analysis/report-data.js'
import { trendSectionOf } from '../../src/report/trend-markdown.js'

function trends(baseline: ReportTrends['baseline']): ReportTrends {
  return { previous: null, threshold: 0.2, baseline, note: null, workflows: [], history: [] }
}

test('one earlier report whose window started 30 days before it ended', () => {
  const since = '2026-03-22T06:00:00.000Z'
  const until = '2026-04-21T06:00:00.000Z'
  const text = trendSectionOf(trends({ span: '7d', reports: 1, runs: 13, since, until }))
  const expected =
    'compared with its runs in the earlier reports whose windows ended in the last 7 days ' +
    `(1 report, 13 runs with data, window from ${since.slice(0, 10)} to ${until.slice(0, 10)})`
  expect(text).toContain(expected)
  expect(text).not.toContain('of the last 7 days')
})

test('several reports, a 14-day span, and the single previous report', () => {
  const text = trendSectionOf(
    trends({ span: '14d', reports: 3, runs: 40, since: '2026-04-01T00:00:00Z', until: '2026-04-20T00:00:00Z' }),
  )
  expect(text).toContain(
    'the earlier reports whose windows ended in the last 14 days (3 reports, 40 runs with data, windows from 2026-04-01 to 2026-04-20)',
  )
  const previous = trendSectionOf(
    trends({ span: 'previous', reports: 1, runs: 5, since: null, until: '2026-04-20T00:00:00Z' }),
  )
  expect(previous).toContain('in the previous report (1 report, 5 runs with data, window ending by 2026-04-20)')
})
