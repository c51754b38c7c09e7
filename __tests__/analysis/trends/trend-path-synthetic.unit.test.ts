// The issue's "done when" through the REAL trend path, not only the pure statistics: seeded synthetic repositories
// (synthetic-workflows.ts) become one report a day — analyseRuns → reportWithTrends against the earlier reports read
// back from their issue bodies (readEarlierReports: data block v2 → baseline) → renderIssueBody with its data block —
// and the checks read what a user gets: the flags and trends.workflows[].changes of the JSON report.
import { analyseRuns } from '../../../src/analysis/runs/analyse-runs.js'
import type { ReportData, ReportTrends } from '../../../src/analysis/report-data.js'
import { reportWithTrends } from '../../../src/analysis/trends/report-trends.js'
import { readEarlierReports } from '../../../src/series/earlier-reports.js'
import { renderIssueBody } from '../../../src/series/issue-body.js'
import { dailyDataBlockOf } from '../../../src/series/daily-data-block.js'
import type { RunSummary } from '../../../src/usage/run-summary.js'
import type { ReportIssue } from '../../../src/github/report-issues.js'
import { runSummary, SONNET as SONNET_PRICE } from '../run-summary-builders.js'
import {
  agentProfile,
  drawDays,
  HAIKU,
  SONNET,
  type SyntheticRun,
  type WorkflowProfile,
} from '../synthetic-workflows.js'

const RATES: Record<string, [number, number, number, number]> = {
  'claude-sonnet-4.6': SONNET,
  'claude-haiku-4.5': HAIKU,
}

const dateOf = (day: number): string => new Date(Date.UTC(2026, 3, 1 + day)).toISOString().slice(0, 10)
const untilOf = (day: number): string => `${dateOf(day)}T06:00:00.000Z`

function summaryOf(workflow: string, id: string, run: SyntheticRun): RunSummary {
  return runSummary(
    workflow,
    id,
    run.rows.map((row) => ({
      model: row.model,
      requests: row.requests,
      input: row.inputTokens,
      output: row.outputTokens,
      cacheRead: row.cacheReadTokens,
      cacheWrite: row.cacheWriteTokens,
      price: RATES[row.model]!,
    })),
  )
}

type DailyResult = ReportData & { trends: ReportTrends }

/**
 * One report a day for `days` days of the workflows' runs (days[w][d] = the runs of workflow w on day d), each
 * compared with the earlier reports' issue bodies; returns every day's JSON report.
 */
function dailySeries(workflows: { name: string; days: SyntheticRun[][] }[], days: number): DailyResult[] {
  const summaries = Array.from({ length: days }, (_, day) =>
    workflows.flatMap((w) => w.days[day]!.map((run, i) => summaryOf(w.name, `${w.name}-${day}-${i}`, run))),
  )
  return seriesOfSummaries(summaries, days)
}

/** As dailySeries, from each day's run summaries. */
function seriesOfSummaries(summaries: RunSummary[][], days: number): DailyResult[] {
  const issues: ReportIssue[] = []
  const results: DailyResult[] = []
  for (let day = 0; day < days; day++) {
    const until = untilOf(day)
    const since = day === 0 ? null : untilOf(day - 1)
    const runs = summaries[day]!
    const report = analyseRuns(runs, { window: { since, until } })
    const previous = readEarlierReports(issues, { now: new Date(until) })
    const result = reportWithTrends(report, previous, { date: dateOf(day), history: 14, threshold: 0.2 })
    const { body } = renderIssueBody(result, dailyDataBlockOf(result, runs, { since, until }))
    issues.unshift({
      number: day + 1,
      title: `📊 Token Usage Report ${dateOf(day)}`,
      url: `https://github.example/octo/repo/issues/${day + 1}`,
      state: 'closed',
      body,
      createdAt: until,
      updatedAt: until,
      author: 'github-actions[bot]',
    } as ReportIssue)
    results.push(result)
  }
  return results
}

/** One quiet workflow's runs of a day, to stand beside a hand-built one. */
const quietDays = drawDays(4242, 30, () => agentProfile(), [6, 12])
const drawQuietRuns = (day: number): RunSummary[] =>
  quietDays[day]!.map((run, i) => summaryOf('Quiet', `q-${day}-${i}`, run))

const changeOf = (result: DailyResult, workflow: string, metric: string) =>
  result.trends.workflows.find((w) => w.name === workflow)?.changes.find((c) => c.metric === metric)

function expectDriversSumToChange(result: DailyResult, workflow: string): void {
  const cost = changeOf(result, workflow, 'costPerRunUsd')!
  const sum = cost.drivers.reduce((s, d) => s + d.contribution, 0)
  expect(Math.abs(sum - (cost.current! - cost.baseline!))).toBeLessThan(0.01)
}

const WORKFLOWS = 6
const STEP_DAY = 8
const stepped =
  (after: WorkflowProfile) =>
  (day: number): WorkflowProfile =>
    day >= STEP_DAY ? after : agentProfile()

describe('the real trend path on seeded synthetic repositories', () => {
  it('14 quiet days (the same distribution every day) raise at most one increasing-trend across 6 workflows', () => {
    for (const seed of [12, 3]) {
      const workflows = Array.from({ length: WORKFLOWS }, (_, w) => ({
        name: `Workflow ${w}`,
        days: drawDays(seed * 1000 + w, 14, () => agentProfile()),
      }))
      const results = dailySeries(workflows, 14)
      const rises = results.flatMap((r) =>
        r.workflows.flatMap((w) => w.flags.filter((f) => f.id === 'increasing-trend')),
      )
      expect({ seed, atMostOne: rises.length <= 1 }).toEqual({ seed, atMostOne: true })
      // The baseline really is the 7 days before: by day 7 it holds 7 reports of all 6 workflows.
      expect(results[7]!.trends.baseline).toMatchObject({ span: '7d', reports: 7 })
      expect(results[7]!.trends.baseline.runs).toBe(workflows.reduce((n, w) => n + w.days.slice(0, 7).flat().length, 0))
    }
  })

  it('calls a +40% step in requests per run in one workflow significant and up within two reports, requests per run the top driver', () => {
    const after = agentProfile({ requestsPerRun: 12 * 1.4 })
    let called = 0
    const seeds = [0, 1, 2, 3, 4]
    for (const seed of seeds) {
      const workflows = [
        { name: 'Stepped', days: drawDays(seed, STEP_DAY + 2, stepped(after), [6, 20]) },
        { name: 'Quiet', days: drawDays(seed + 500, STEP_DAY + 2, () => agentProfile(), [6, 20]) },
      ]
      const results = dailySeries(workflows, STEP_DAY + 2).slice(STEP_DAY)
      for (const r of results) {
        expectDriversSumToChange(r, 'Stepped')
        expect(changeOf(r, 'Stepped', 'costPerRunUsd')!.drivers[0]!.id).toBe('requests-per-run')
      }
      const requests = results.map((r) => changeOf(r, 'Stepped', 'requestsPerRun')!)
      if (requests.some((c) => c.significant && c.direction === 'up')) {
        called++
        const first = requests.find((c) => c.significant)!
        expect(first.since).toBe(dateOf(STEP_DAY))
      }
    }
    // The pure statistics call it for 59 of 60 seeds (trend-statistics-synthetic); here all 5.
    expect(called).toBe(seeds.length)
  })

  it('calls a switch of most requests to a cheaper model a significant fall with model mix the top driver, and raises decreasing-trend', () => {
    const [sonnet, haiku] = agentProfile().models
    const after = agentProfile({
      models: [
        { ...sonnet!, share: 0.1 },
        { ...haiku!, share: 0.9 },
      ],
    })
    for (const seed of [0, 1, 2]) {
      const workflows = [{ name: 'Smoke Claude', days: drawDays(seed, STEP_DAY + 1, stepped(after), [6, 20]) }]
      const result = dailySeries(workflows, STEP_DAY + 1)[STEP_DAY]!
      const cost = changeOf(result, 'Smoke Claude', 'costPerRunUsd')!
      expect({ seed, significant: cost.significant, direction: cost.direction }).toEqual({
        seed,
        significant: true,
        direction: 'down',
      })
      expect(cost.drivers[0]!.id).toBe('model-mix')
      expect(cost.since).toBe(dateOf(STEP_DAY))
      expect(cost.why).toMatch(/^model mix \(claude-haiku-4\.5 now \d+% of requests, was \d+%\) −\$/)
      expectDriversSumToChange(result, 'Smoke Claude')
      const flags = result.workflows[0]!.flags
      expect(flags.map((f) => f.id)).toContain('decreasing-trend')
      expect(flags.map((f) => f.id)).not.toContain('increasing-trend')
      expect(flags.find((f) => f.id === 'decreasing-trend')!.severity).toBe('info')
    }
  })

  it('calls a broken cache (cost per run ×2.5) on the first report whose 3 runs show it, p = 2 · 2 / C(73, 3)', () => {
    // Cost per run: $15/M output + $0.30/M cache read; the cache breaks and its reads are billed as $3/M fresh
    // input. With cache reads 10 × the output: 15 + 3 = 2.5 × (15 + 0.3), the same tokens.
    // Run k has 2,000 + k output tokens and 10 × that in cache reads: whole tokens, no two runs alike.
    const cached = (k: number) => ({ output: 2_000 + k, cacheRead: 10 * (2_000 + k), input: 0 })
    const broken = (k: number) => ({ output: 2_000 + k, cacheRead: 0, input: 10 * (2_000 + k) })
    const costOf = (t: { output: number; cacheRead: number; input: number }) =>
      (t.input * 3 + t.output * 15 + t.cacheRead * 0.3) / 1e6
    expect(costOf(broken(0)) / costOf(cached(0))).toBeCloseTo(2.5, 12)
    // 10 runs a day for 7 days (within 5% of each other); then 3, 4 and 5 runs with the cache broken.
    const runsPerDay = [10, 10, 10, 10, 10, 10, 10, 3, 4, 5]
    const sonnetRun = (name: string, id: string, t: { output: number; cacheRead: number; input: number }) =>
      runSummary(name, id, [{ model: 'claude-sonnet-4.6', requests: 5, ...t, price: SONNET_PRICE }])
    const summaries = runsPerDay.map((n, day) =>
      Array.from({ length: n }, (_, i) => {
        const k = day * 10 + i
        return sonnetRun('Cached', `c-${day}-${i}`, day >= 7 ? broken(k) : cached(k))
      }),
    )
    const results = seriesOfSummaries(
      summaries.map((runs, day) => [...runs, ...drawQuietRuns(day)]),
      runsPerDay.length,
    )
    const first = results[7]!
    const cost = changeOf(first, 'Cached', 'costPerRunUsd')!
    expect(cost.runs).toEqual({ baseline: 70, current: 3 })
    // Exact rank test: 2 of the C(73, 3) orderings are as extreme; doubled for the share of alpha of this window alone.
    const orderings = (73 * 72 * 71) / 6
    expect(cost.pValue).toBeCloseTo(2 * (2 / orderings), 14)
    const tested = first.trends.workflows.flatMap((w) => w.changes).filter((c) => c.pValue !== null).length
    expect(cost.pAdjusted).toBeLessThanOrEqual(cost.pValue! * tested)
    expect(cost).toMatchObject({ significant: true, direction: 'up', since: dateOf(7) })
    expect(cost.relative).toBeCloseTo(2.5 - 1, 1)
    expect(first.workflows.find((w) => w.name === 'Cached')!.flags.map((f) => f.id)).toContain('increasing-trend')
    // And it stays called, since the same day, on the next reports: their runs pooled with the first day's.
    for (const later of results.slice(8)) {
      const c = changeOf(later, 'Cached', 'costPerRunUsd')!
      expect(c).toMatchObject({ significant: true, since: dateOf(7) })
      expect(c.pooled?.since).toBe(dateOf(7))
    }
    // The quiet workflow beside it raises nothing.
    for (const r of results) expect(changeOf(r, 'Quiet', 'costPerRunUsd')?.significant ?? false).toBe(false)
  })

  it('14 quiet days of 12 workflows (every metric tested, about 50 tests a report) call a change on at most 1 day', () => {
    for (const seed of [7, 12]) {
      const workflows = Array.from({ length: 12 }, (_, w) => ({
        name: `Workflow ${w}`,
        days: drawDays(seed * 1000 + w, 14, () => agentProfile()),
      }))
      const results = dailySeries(workflows, 14)
      const tested = results[13]!.trends.workflows.flatMap((w) => w.changes).filter((c) => c.pValue !== null).length
      expect(tested).toBeGreaterThanOrEqual(12 * 3)
      const alarmDays = results.filter((r) => r.trends.workflows.some((w) => w.changes.some((c) => c.significant)))
      expect({ seed, alarmDays: alarmDays.length <= 1 }).toEqual({ seed, alarmDays: true })
    }
  })
})
