import type { ReportIssue, ReportIssues } from '../../src/github/report-issues.js'
import type { DailyIssueSettings } from '../../src/orchestrator/daily-issue.js'
import { ISSUE_BODY_LIMIT } from '../../src/report/fit-to-limit.js'
import { encodeDailyDataBlock, readDailyDataBlock, dailyDataBlockOf } from '../../src/series/daily-data-block.js'
import { REPORT_MARKER } from '../../src/series/markers.js'
import type { RunSummary } from '../../src/usage/run-summary.js'
import { issueOf, publishDay, reportOf, runSummary, SONNET, sonnetRuns } from './series-fixtures.js'
import { shapeProblems } from './markdown-shape.js'

const NOW = new Date('2026-04-03T06:00:00Z')
const SINCE = '2026-04-02T06:00:00.000Z'

const settings: DailyIssueSettings = {
  titlePrefix: '📊 Token Usage Report',
  labels: ['token-usage-report'],
  history: 14,
  trendThreshold: 0.2,
  closeOlder: true,
  dryRun: true,
}

/** Issues that hold nothing and must not be written to in dry-run. */
const noIssues: ReportIssues = {
  findReports: async () => [],
  viewer: async () => 'github-actions[bot]',
  ensureLabel: () => Promise.reject(new Error('write in dry-run')),
  createIssue: () => Promise.reject(new Error('write in dry-run')),
  updateIssue: () => Promise.reject(new Error('write in dry-run')),
  closeIssue: () => Promise.reject(new Error('write in dry-run')),
}

async function bodyFor(runs: RunSummary[], previous: ReportIssue[] = []) {
  return publishDay({
    issues: { ...noIssues, findReports: async () => previous },
    report: reportOf(runs, SINCE, NOW.toISOString()),
    runs,
    settings,
    now: NOW,
  })
}

const HOSTILE = [
  'evil | wf\n| --- |\n<script>alert(1)</script> @org/team',
  '**bold** `code` [link](https://evil.example) <!-- x --> @octocat',
  '<details><summary>x',
  '```\nfence %%{init: {}}%% "quoted"',
]

describe('the issue body', () => {
  test('dry-run renders title, marker and data block and writes nothing', async () => {
    const runs = sonnetRuns('smoke-claude', 2)
    const result = await bodyFor(runs)
    expect(result.issueNumber).toBeNull()
    expect(result.title).toBe('📊 Token Usage Report 2026-04-03')
    expect(result.body.startsWith(REPORT_MARKER)).toBe(true)
    const reading = readDailyDataBlock(result.body)
    expect(reading.status).toBe('ok')
    if (reading.status === 'ok') expect(reading.block.window).toEqual({ since: SINCE, until: NOW.toISOString() })
    expect(result.body).toContain('Historical Trend')
    expect(shapeProblems(result.body)).toEqual([])
  })

  test('names full of markdown, HTML, pipes, newlines and mentions leave the body well formed', async () => {
    const runs = HOSTILE.flatMap((name, i) =>
      [1, 2, 3, 4, 5, 6].map((k) =>
        runSummary(
          name,
          `${i}${k}`,
          [{ model: `claude-${name}`, requests: 3, output: 100, cacheRead: 1000, cacheWrite: 10, price: SONNET }],
          { branch: `${HOSTILE[(i + 1) % HOSTILE.length]}`, url: 'javascript:alert(1)' },
        ),
      ),
    )
    runs.push(runSummary(HOSTILE[0], 'x', [], { state: 'download-failed', stateDetail: HOSTILE[1] }))
    // Yesterday's report of the same runs (half the cost), so the trend table and the charts carry the names too.
    const until = '2026-04-02T06:00:00.000Z'
    const yesterday = runs.map((r) => ({ ...r, models: r.models.map((m) => ({ ...m, costUsd: m.costUsd / 2 })) }))
    const snapshot = dailyDataBlockOf(reportOf(yesterday, null, until), yesterday, { since: null, until })
    const previous = issueOf(`${REPORT_MARKER}\n${encodeDailyDataBlock(snapshot)}`, until, { number: 5 })
    const result = await bodyFor(runs, [previous])
    expect(result.body).toContain('xychart-beta')
    expect(result.body).toMatch(/Cost per run rose by (99\.9|100\.0)% \\\(\$0\.000\d+ → \$0\.00\d+\\\)/)
    expect(shapeProblems(result.body)).toEqual([])
    expect(result.body).not.toContain('<script')
    expect(result.body).not.toContain('javascript:')
    const reading = readDailyDataBlock(result.body)
    if (reading.status !== 'ok') throw new Error(`data block: ${JSON.stringify(reading)}`)
    expect(reading.block.workflows.map((w) => w.name).sort()).toEqual([...HOSTILE].sort())
  })

  test('a capped window is noted in the trend section', async () => {
    const runs = sonnetRuns('smoke-claude', 1)
    const note = 'Report #3 ended 2026-01-01, more than max-lookback (7d) ago: runs before 2026-03-27 are in no report.'
    const result = await publishDay({
      issues: noIssues,
      report: reportOf(runs, SINCE, NOW.toISOString()),
      runs,
      settings,
      now: NOW,
      window: { capped: true, note },
    })
    expect(result.body).toContain('runs before 2026-03-27 are in no report')
    expect(shapeProblems(result.body)).toEqual([])
  })

  test('a huge report is shortened to fit, says what was left out, and keeps its data block', async () => {
    // 150 workflows × 40 runs with long branch names: far beyond 65,536 characters in full.
    const runs = Array.from({ length: 150 }, (_, w) =>
      sonnetRuns(`workflow-${w}-${'x'.repeat(60)}`, 40, 1 + w / 100, w * 1000).map((r) => ({
        ...r,
        branch: `feature/${'long-branch-name-'.repeat(5)}${r.runId}`,
      })),
    ).flat()
    const result = await bodyFor(runs)
    expect(result.body.length).toBeLessThanOrEqual(ISSUE_BODY_LIMIT)
    expect(result.omitted.length).toBeGreaterThan(0)
    expect(result.body).toContain('Left out:')
    expect(result.body).toMatch(/per-run/)
    const reading = readDailyDataBlock(result.body)
    if (reading.status !== 'ok') throw new Error(`data block: ${JSON.stringify(reading)}`)
    expect(reading.block.workflows).toHaveLength(150)
    // every run is either in the block or counted as left out of it
    expect(reading.block.runs.length + (reading.block.runsOmitted ?? 0)).toBe(150 * 40)
    expect(shapeProblems(result.body)).toEqual([])
  })
})

describe('the shape checker itself', () => {
  test('finds a broken table, stray HTML, an open fence and a raw mention', () => {
    const bad = ['| a | b |', '| --- | --- |', '| 1 | 2 | 3 |', '', '<script>', '@octocat', '```'].join('\n')
    const problems = shapeProblems(bad).join('\n')
    expect(problems).toMatch(/3 cells/)
    expect(problems).toMatch(/<script>/)
    expect(problems).toMatch(/fence/)
    expect(problems).toMatch(/raw mention/)
  })
})
