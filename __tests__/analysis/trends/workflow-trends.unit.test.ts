import { readEarlierReports } from '../../../src/series/earlier-reports.js'
import { reportWithTrends } from '../../../src/analysis/trends/report-trends.js'
import { encodeDailyDataBlock, dailyDataBlockOf } from '../../../src/series/daily-data-block.js'
import { REPORT_MARKER } from '../../../src/series/markers.js'
import { trendSectionOf } from '../../../src/report/trend-markdown.js'
import type { RunSummary } from '../../../src/usage/run-summary.js'
import { HAIKU, issueOf, LLM_REPORT_BODY, reportOf, runSummary, SONNET } from '../../series/series-fixtures.js'

const NOW = new Date('2026-04-03T06:00:00Z')

/** One run of `workflow` with the given Sonnet tokens. */
function run(workflow: string, id: string, tokens: { input: number; output: number; read: number; write: number }) {
  return runSummary(workflow, id, [
    {
      model: 'claude-sonnet-4.6',
      requests: 5,
      input: tokens.input,
      output: tokens.output,
      cacheRead: tokens.read,
      cacheWrite: tokens.write,
      price: SONNET,
    },
  ])
}

const costOf = (t: { input: number; output: number; read: number; write: number }): number =>
  (t.input * 3 + t.output * 15 + t.read * 0.3 + t.write * 3.75) / 1e6

/** A previous report (our own) made from runs, as an issue. */
function previousIssue(runs: RunSummary[], until: string, number: number) {
  const snapshot = dailyDataBlockOf(reportOf(runs, null, until), runs, { since: null, until })
  return issueOf(`${REPORT_MARKER}\n${encodeDailyDataBlock(snapshot)}`, until, { number })
}

const base = { input: 100, output: 2_000, read: 100_000, write: 20_000 }
const scaled = (f: number) => ({
  input: base.input * f,
  output: base.output * f,
  read: base.read * f,
  write: base.write * f,
})

function trendsFor(previousRuns: RunSummary[], currentRuns: RunSummary[]) {
  const previous = readEarlierReports([previousIssue(previousRuns, '2026-04-02T06:00:00.000Z', 41)], { now: NOW })
  const report = reportOf(currentRuns, '2026-04-02T06:00:00.000Z', NOW.toISOString())
  return reportWithTrends(report, previous, { date: '2026-04-03', history: 14, threshold: 0.2 })
}

describe('trends against the previous report', () => {
  // Since issue 12 a rise must be significant against the baseline (at least 5 runs a side, Mann–Whitney p < 0.01):
  // 8 runs a side, each 0–7% above the profile, so the two windows' runs do not overlap.
  test('+30% cost per run over 8 runs a side raises increasing-trend with both values in the message', () => {
    const spread = (f: number, first: number) =>
      Array.from({ length: 8 }, (_, i) => run('smoke', String(first + i), scaled(f * (1 + i * 0.01))))
    const result = trendsFor(spread(1, 1), spread(1.3, 101))
    const trend = result.trends.workflows[0]
    // Costs are linear in the scale: the mean run is the run at the mean scale (1.035).
    const before = costOf(scaled(1.035))
    const after = costOf(scaled(1.3 * 1.035))
    expect(trend.status).toBe('compared')
    expect(trend.costPerRunUsd.previous).toBeCloseTo(before, 9)
    expect(trend.costPerRunUsd.current).toBeCloseTo(after, 9)
    expect(trend.costPerRunUsd.change).toBeCloseTo(0.3, 9)
    expect(trend.tokensPerRun.change).toBeCloseTo(0.3, 9)
    expect(trend.requestsPerRun.change).toBe(0) // 5 requests per run both times
    const cost = trend.changes.find((c) => c.metric === 'costPerRunUsd')!
    expect(cost).toMatchObject({ direction: 'up', significant: true, runs: { baseline: 8, current: 8 } })
    expect(cost.pValue!).toBeLessThan(0.01)
    expect(cost.relative).toBeCloseTo(0.3, 9)
    const sum = cost.drivers.reduce((s, d) => s + d.contribution, 0)
    expect(Math.abs(sum - (after - before))).toBeLessThan(0.01)
    expect(result.trends.baseline).toMatchObject({ span: '7d', reports: 1, runs: 8 })

    const flags = result.workflows[0].flags.filter((f) => f.id === 'increasing-trend')
    expect(flags).toHaveLength(1)
    expect(flags[0].severity).toBe('warning')
    expect(flags[0].message).toContain(`$${before.toFixed(2)} → $${after.toFixed(2)}`)
    expect(flags[0].message).toContain('rose by 30.0%')
    expect(flags[0].message).toContain('baseline of 1 report (8 runs)')
    expect(flags[0].message).toContain('minimum change: 20%')
  })

  test('+30% in one run against two is told as too few runs, never flagged', () => {
    const result = trendsFor([run('smoke', '1', base), run('smoke', '2', base)], [run('smoke', '3', scaled(1.3))])
    const cost = result.trends.workflows[0].changes.find((c) => c.metric === 'costPerRunUsd')!
    expect(cost).toMatchObject({ verdict: 'too-few-runs', significant: false, pValue: null })
    expect(cost.relative).toBeCloseTo(0.3, 9)
    expect(result.workflows[0].flags.map((f) => f.id)).not.toContain('increasing-trend')
  })

  test('+10% raises nothing', () => {
    const result = trendsFor([run('smoke', '1', base)], [run('smoke', '2', scaled(1.1))])
    expect(result.trends.workflows[0].costPerRunUsd.change).toBeCloseTo(0.1, 9)
    expect(result.workflows[0].flags.map((f) => f.id)).not.toContain('increasing-trend')
  })

  test('new and disappeared workflows, gained and lost prompt caching', () => {
    const noCache = { input: 50_000, output: 1_000, read: 0, write: 0 }
    const result = trendsFor(
      [run('gone', '1', base), run('learns-caching', '2', noCache), run('forgets-caching', '3', base)],
      [run('learns-caching', '4', base), run('forgets-caching', '5', noCache), run('fresh', '6', base)],
    )
    const byName = Object.fromEntries(result.trends.workflows.map((t) => [t.name, t]))
    expect(byName['fresh'].status).toBe('new')
    expect(byName['gone'].status).toBe('disappeared')
    expect(byName['learns-caching'].caching).toBe('gained')
    expect(byName['forgets-caching'].caching).toBe('lost')
    // cache hit rate change is a difference of rates: 0 → 100,000 / 100,100
    expect(byName['learns-caching'].cacheHitRate.change).toBeCloseTo(100_000 / 100_100, 9)
  })

  test("against the LLM analyzer's report, names match loosely and requests per run are unknown", () => {
    const previous = readEarlierReports([issueOf(LLM_REPORT_BODY, '2026-04-02T17:21:00Z', { number: 1606 })], {
      now: NOW,
    })
    const runs = [
      runSummary('Smoke Claude', '9', [
        {
          model: 'claude-sonnet-4.6',
          requests: 6,
          output: 1_000,
          cacheRead: 150_000,
          cacheWrite: 40_000,
          price: SONNET,
        },
        { model: 'claude-haiku-4.5', requests: 2, input: 800, output: 100, price: HAIKU },
      ]),
    ]
    const result = reportWithTrends(reportOf(runs, null, NOW.toISOString()), previous, {
      date: '2026-04-03',
      history: 14,
      threshold: 0.2,
    })
    const [trend] = result.trends.workflows
    expect(trend.status).toBe('compared')
    expect(trend.tokensPerRun.previous).toBeCloseTo(202_000, 6)
    expect(trend.requestsPerRun.previous).toBeNull()
    expect(result.trends.previous?.source).toBe('llm-analyzer')
  })
})

describe('history', () => {
  test('no chart with only one point', () => {
    const report = reportOf([run('smoke', '1', base)], null, NOW.toISOString())
    const result = reportWithTrends(report, [], { date: '2026-04-03', history: 14, threshold: 0.2 })
    expect(result.trends.history).toHaveLength(1)
    const section = trendSectionOf(result.trends)
    expect(section).not.toContain('xychart-beta')
    expect(section).toContain('first report')
  })

  // Since issue 12: one cost chart whose axis starts at 0 (no chart per workflow), a sparkline per workflow.
  test('three days give one cost chart from 0, a sparkline per workflow and a table, oldest first', () => {
    const issues = [
      previousIssue([run('smoke', '1', base)], '2026-04-01T06:00:00.000Z', 10),
      previousIssue([run('smoke', '2', scaled(2))], '2026-04-02T06:00:00.000Z', 11),
    ]
    const previous = readEarlierReports(issues, { now: NOW })
    const report = reportOf([run('smoke', '3', scaled(3))], null, NOW.toISOString())
    const { trends } = reportWithTrends(report, previous, { date: '2026-04-03', history: 14, threshold: 0.2 })
    expect(trends.history.map((p) => p.date)).toEqual(['2026-04-01', '2026-04-02', '2026-04-03'])
    const section = trendSectionOf(trends)
    const costs = [1, 2, 3].map((f) => Number(costOf(scaled(f)).toFixed(2)))
    expect(section).toContain(`bar [${costs.join(', ')}]`)
    expect(section.match(/xychart-beta/g)).toHaveLength(1)
    expect(section).not.toContain('line [')
    // The axis starts at 0 and ends at a round number at or above the largest day.
    const top = Number(/y-axis "USD" 0 --> ([\d.]+)/.exec(section)?.[1])
    expect(top).toBeGreaterThanOrEqual(Math.max(...costs))
    expect(top).toBeLessThanOrEqual(2 * Math.max(...costs))
    // The axis labels are the only short dates (MM-DD, for space); the title gives the full first and last dates.
    expect(section).toContain('x-axis ["04-01", "04-02", "04-03"]')
    expect(section).toContain('title "Daily cost (USD), 2026-04-01 to 2026-04-03"')
    // Cost per run 1 : 2 : 3 on a scale from 0 to the largest, 7 steps: 1/3 → step 2 (▃), 2/3 → step 5 (▆), █.
    expect(section).toMatch(/\| smoke \| ▃▆█ \|/)
    expect(section).toContain('too few runs to tell')
    expect(section).toMatch(/\| 2026-04-01 \| #10 \| 1 \|/)
  })

  test('history keeps at most N earlier days', () => {
    const issues = Array.from({ length: 5 }, (_, i) =>
      previousIssue([run('smoke', String(i), base)], `2026-03-2${i}T06:00:00.000Z`, 20 + i),
    )
    const previous = readEarlierReports(issues, { now: NOW })
    const report = reportOf([run('smoke', '9', base)], null, NOW.toISOString())
    const { trends } = reportWithTrends(report, previous, { date: '2026-04-03', history: 2, threshold: 0.2 })
    expect(trends.history.map((p) => p.report)).toEqual([23, 24, null])
  })
})
