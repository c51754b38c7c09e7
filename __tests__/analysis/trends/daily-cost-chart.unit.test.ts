// The daily cost chart counts each run on the UTC day it was created, from the data blocks' per-run rows: a first
// report over a 30-day lookback is spread over its days instead of standing as one giant day; a day some report
// covered without runs is a zero bar, a day no report covered is a gap.
import { readEarlierReports } from '../../../src/series/earlier-reports.js'
import { reportWithTrends } from '../../../src/analysis/trends/report-trends.js'
import { dailyDataBlockOf, encodeDailyDataBlock } from '../../../src/series/daily-data-block.js'
import { REPORT_MARKER } from '../../../src/series/markers.js'
import { trendSectionOf } from '../../../src/report/trend-markdown.js'
import type { RunSummary } from '../../../src/usage/run-summary.js'
import { issueOf, reportOf, runSummary, SONNET } from '../../series/series-fixtures.js'

const NOW = new Date('2026-04-03T06:00:00Z')

/** A run created at `createdAt` whose cost is `scale` × the base usage. */
function run(id: string, createdAt: string, scale: number): RunSummary {
  return runSummary(
    'smoke',
    id,
    [
      {
        model: 'claude-sonnet-4.6',
        requests: 4,
        input: 1_000 * scale,
        output: 2_000 * scale,
        cacheRead: 50_000 * scale,
        cacheWrite: 10_000 * scale,
        price: SONNET,
      },
    ],
    { createdAt },
  )
}

const costOf = (scale: number): number =>
  (1_000 * scale * 3 + 2_000 * scale * 15 + 50_000 * scale * 0.3 + 10_000 * scale * 3.75) / 1e6

function issueOfRuns(runs: RunSummary[], window: { since: string; until: string }, number: number) {
  const block = dailyDataBlockOf(reportOf(runs, window.since, window.until), runs, window)
  return issueOf(`${REPORT_MARKER}\n${encodeDailyDataBlock(block)}`, window.until, { number })
}

// The first report looks back 30 days (2026-03-01 06:00 to 2026-03-31 06:00); no report covers 2026-04-01; this
// report covers 2026-04-02 06:00 to 2026-04-03 06:00.
const first = [
  run('1', '2026-03-27T09:00:00Z', 1),
  run('2', '2026-03-29T01:00:00Z', 2),
  run('3', '2026-03-29T23:59:00Z', 3),
  run('4', '2026-03-30T20:00:00Z', 4),
]
const current = [run('5', '2026-04-02T12:00:00Z', 5), run('6', '2026-04-03T03:00:00Z', 6)]

function trends() {
  const previous = readEarlierReports(
    [issueOfRuns(first, { since: '2026-03-01T06:00:00.000Z', until: '2026-03-31T06:00:00.000Z' }, 10)],
    { now: NOW },
  )
  const report = reportOf(current, '2026-04-02T06:00:00.000Z', NOW.toISOString())
  return reportWithTrends(report, previous, { date: '2026-04-03', history: 7, threshold: 0.2 }).trends
}

test('each run counts on its UTC day; a covered day without runs is 0, an uncovered day is null', () => {
  const days = trends().days ?? []
  expect(days.map((d) => d.date)).toEqual([
    '2026-03-27',
    '2026-03-28',
    '2026-03-29',
    '2026-03-30',
    '2026-03-31',
    '2026-04-01',
    '2026-04-02',
    '2026-04-03',
  ])
  const expected = [costOf(1), 0, costOf(2) + costOf(3), costOf(4), 0, null, costOf(5), costOf(6)]
  days.forEach((d, i) => {
    if (expected[i] === null) expect(d.costUsd).toBeNull()
    else expect(d.costUsd).toBeCloseTo(expected[i]!, 5)
  })
  expect(days.map((d) => d.runsWithData)).toEqual([1, 0, 2, 1, 0, null, 1, 1])
})

test('the chart draws a bar per day, marks the gap, and no bar holds the whole first report', () => {
  const section = trendSectionOf(trends())
  const bars = /bar \[([^\]]*)\]/.exec(section)?.[1].split(', ').map(Number)
  const expected = [costOf(1), 0, costOf(2) + costOf(3), costOf(4), 0, 0, costOf(5), costOf(6)]
  expect(bars).toEqual(expected.map((c) => Number(c.toFixed(2))))
  // The first report's total on one day would be the sum of its four runs.
  const firstTotal = [1, 2, 3, 4].reduce((n, s) => n + costOf(s), 0)
  expect(Math.max(...bars!)).toBeLessThan(Number(firstTotal.toFixed(2)))
  expect(section).toContain('x-axis ["03-27", "03-28", "03-29", "03-30", "03-31", "○ 04-01", "04-02", "04-03"]')
  expect(section).toContain('○ marks a day no report covered: its cost is unknown, not zero.')
  expect(section).toContain('title "Daily cost (USD), 2026-03-27 to 2026-04-03"')
})

test('a run read by two reports (a same-day re-run) counts once', () => {
  const window = { since: '2026-04-01T06:00:00.000Z', until: '2026-04-02T06:00:00.000Z' }
  const runs = [run('7', '2026-04-01T12:00:00Z', 1)]
  const rerun = { ...window, until: '2026-04-02T05:00:00.000Z' }
  const previous = readEarlierReports([issueOfRuns(runs, rerun, 11), issueOfRuns(runs, window, 12)], { now: NOW })
  const report = reportOf(current, '2026-04-02T06:00:00.000Z', NOW.toISOString())
  const days = reportWithTrends(report, previous, { date: '2026-04-03', history: 7, threshold: 0.2 }).trends.days
  expect(days?.find((d) => d.date === '2026-04-01')?.costUsd).toBeCloseTo(costOf(1), 5)
  expect(days?.find((d) => d.date === '2026-04-01')?.runsWithData).toBe(1)
})
