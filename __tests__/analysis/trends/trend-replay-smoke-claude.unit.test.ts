// A replay of real runs through the real trend path: Smoke Claude's switch to Haiku (gh-aw-firewall, April 2026; see
// __tests__/data/smoke-claude-haiku-switch/README.md) is called a significant fall of cost per run, model mix its
// top driver, since the day the runs switched. One report a UTC day, each compared with the earlier reports' bodies.
import { readFileSync } from 'node:fs'
import { analyseRuns } from '../../../src/analysis/runs/analyse-runs.js'
import type { ReportData, ReportTrends } from '../../../src/analysis/report-data.js'
import { reportWithTrends } from '../../../src/analysis/trends/report-trends.js'
import type { ReportIssue } from '../../../src/github/report-issues.js'
import { readEarlierReports } from '../../../src/series/earlier-reports.js'
import { renderIssueBody } from '../../../src/series/issue-body.js'
import { dailyDataBlockOf } from '../../../src/series/daily-data-block.js'
import { trendSectionOf } from '../../../src/report/trend-markdown.js'
import { canonicalModelName } from '../../../src/usage/model-name.js'
import { runSummary } from '../run-summary-builders.js'

interface DatasetRun {
  run_id: number
  workflow: string
  created_at: string
  models: string[]
  api_calls: number
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
}

const runs = readFileSync(new URL('../../data/smoke-claude-haiku-switch/runs.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as DatasetRun)

// Anthropic's list prices, $ per million tokens (input, output, cache read, cache write): fixed here so that the
// test does not depend on the price catalogue.
const PRICES: Record<string, [number, number, number, number]> = {
  'claude-sonnet-4.6': [3, 15, 0.3, 3.75],
  'claude-haiku-4.5': [1, 5, 0.1, 1.25],
}

const summaryOf = (run: DatasetRun) => {
  const model = canonicalModelName(run.models[0]!)
  return runSummary(run.workflow, String(run.run_id), [
    {
      model,
      requests: run.api_calls,
      // Anthropic's input_tokens are fresh input already.
      input: run.input_tokens,
      output: run.output_tokens,
      cacheRead: run.cache_read_tokens,
      cacheWrite: run.cache_write_tokens,
      price: PRICES[model]!,
    },
  ])
}

type DailyResult = ReportData & { trends: ReportTrends }

/** One report per UTC day of the excerpt, its window the whole day. */
function replay(): Map<string, DailyResult> {
  const days = [...new Set(runs.map((r) => r.created_at.slice(0, 10)))].sort()
  const issues: ReportIssue[] = []
  const results = new Map<string, DailyResult>()
  for (const [i, day] of days.entries()) {
    const since = `${day}T00:00:00.000Z`
    const until = `${day}T23:59:59.000Z`
    const summaries = runs.filter((r) => r.created_at.startsWith(day)).map(summaryOf)
    const report = analyseRuns(summaries, { window: { since, until } })
    const previous = readEarlierReports(issues, { now: new Date(until) })
    const result = reportWithTrends(report, previous, { date: day, history: 14, threshold: 0.2 })
    const { body } = renderIssueBody(result, dailyDataBlockOf(result, summaries, { since, until }))
    issues.unshift({
      number: 100 + i,
      title: `📊 Token Usage Report ${day}`,
      url: `https://github.example/github/gh-aw-firewall/issues/${100 + i}`,
      state: 'closed',
      body,
      createdAt: until,
      updatedAt: until,
      author: 'github-actions[bot]',
    } as ReportIssue)
    results.set(day, result)
  }
  return results
}

const costChangeOf = (result: DailyResult) =>
  result.trends.workflows.find((w) => w.name === 'Smoke Claude')!.changes.find((c) => c.metric === 'costPerRunUsd')!

describe("replay of Smoke Claude's switch to Haiku (real runs)", () => {
  const results = replay()

  it('calls 04-18 a significant fall of cost per run, model mix the top driver, since 04-18', () => {
    const cost = costChangeOf(results.get('2026-04-18')!)
    // The baseline: the 20 Sonnet runs of 04-16 and 04-17; now: 11 runs, 9 of them Haiku.
    expect(cost.runs).toEqual({ baseline: 20, current: 11 })
    expect(cost).toMatchObject({ significant: true, direction: 'down', since: '2026-04-18' })
    expect(cost.relative!).toBeLessThan(-0.4)
    expect(cost.drivers[0]!.id).toBe('model-mix')
    const sum = cost.drivers.reduce((s, d) => s + d.contribution, 0)
    expect(Math.abs(sum - (cost.current! - cost.baseline!))).toBeLessThan(0.01)
    expect(cost.why).toMatch(/^model mix \(claude-haiku-4\.5 now 81% of requests, was 0%\) −\$0\.\d\d/)
  })

  it('still holds on 04-20 against the 7 days before, since 04-18, and the trend section says so first', () => {
    const result = results.get('2026-04-20')!
    const cost = costChangeOf(result)
    expect(cost).toMatchObject({ significant: true, direction: 'down', since: '2026-04-18' })
    expect(cost.drivers[0]!.id).toBe('model-mix')
    expect(result.workflows[0]!.flags.map((f) => f.id)).toContain('decreasing-trend')
    expect(result.workflows[0]!.flags.map((f) => f.id)).not.toContain('increasing-trend')
    // Read as rendered: without the escapes of parentheses and the bold of the name.
    const section = trendSectionOf(result.trends).replace(/\\|\*\*/g, '')
    expect(section).toMatch(
      /- 📉 Smoke Claude — cost per run −\d+% \(\$0\.\d\d → \$0\.\d\d, significant, since 2026-04-18\): model mix \(claude-haiku-4\.5 now 100% of requests, was \d+%[^)]*\) −\$0\.\d\d/,
    )
    // The day the change began is marked on the one cost chart.
    expect(section).toContain('"◆ 04-18"')
    // Dates in one format (YYYY-MM-DD): the table's note, the baseline's span and the flag say so too; only the
    // chart's axis labels are short (for space).
    expect(section).toContain('significant since 2026-04-18')
    expect(section).toMatch(/with data, windows from 2026-04-1\d to 2026-04-\d\d\)/)
    const flag = result.workflows[0]!.flags.find((f) => f.id === 'decreasing-trend')!
    expect(flag.message).toContain(', since 2026-04-18')
    const outsideChart = section.replace(/```mermaid[\s\S]*?```/g, '')
    expect(outsideChart.match(/(?<!\d{4}-)\b\d\d-\d\d\b(?!-\d)/g)).toBeNull()
  })

  it("19 April's 4 runs are pooled with 18 April's: still a significant fall since 04-18 (no longer 'too few runs')", () => {
    const result = results.get('2026-04-19')!
    const cost = costChangeOf(result)
    expect(cost.runs.current).toBe(4)
    const eighteenth = costChangeOf(results.get('2026-04-18')!)
    // The pooled runs: 04-18's 11 and 04-19's 4 against the 20 Sonnet runs before.
    expect(cost.pooled).toMatchObject({ since: '2026-04-18', runs: { before: 20, after: eighteenth.runs.current + 4 } })
    expect(cost).toMatchObject({ verdict: 'significant', significant: true, direction: 'down', since: '2026-04-18' })
    expect(result.workflows[0]!.flags.map((f) => f.id)).toContain('decreasing-trend')
    expect(result.workflows[0]!.flags.map((f) => f.id)).not.toContain('increasing-trend')
  })
})
