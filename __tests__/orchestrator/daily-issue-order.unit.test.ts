// The daily issue reads in the order a reader asks: what did we spend, what changed and why, what to do, then the
// details; the trend section keeps its place (and survives) when the body is cut to fit.
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { dailyIssueOf, dailyReportWithTrends } from '../../src/orchestrator/daily-issue.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { silentLog } from '../series/series-fixtures.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'

const until = '2026-04-02T17:20:00Z'
// One workflow without any cache use (a flag: something to do), another that is healthy.
const runs = [
  ...Array.from({ length: 3 }, (_, i) =>
    runSummary('no-cache', String(100 + i), [
      { model: 'claude-sonnet-4.6', requests: 4, input: 200_000, output: 2_000, price: SONNET },
    ]),
  ),
  ...Array.from({ length: 3 }, (_, i) =>
    runSummary('cached', String(200 + i), [
      { model: 'claude-sonnet-4.6', requests: 6, input: 10, output: 1_000, cacheRead: 150_000, price: SONNET },
    ]),
  ),
]
const settings = { history: 7, trendThreshold: 0.2 }
const report = dailyReportWithTrends(
  analyseRuns(runs, { window: { since: '2026-04-01T17:20:00Z', until } }),
  [],
  settings,
  new Date(until),
)

/** Positions of the headings in `text`, each found after the one before it (-1 when missing or out of order). */
function positionsInOrder(text: string, headings: readonly string[]): number[] {
  let from = 0
  return headings.map((h) => {
    const at = text.indexOf(h, from)
    if (at >= 0) from = at + h.length
    return at
  })
}

test('the issue body: spend, then what changed, then what to do, then the details', () => {
  const { body } = dailyIssueOf(report, {
    runs,
    titlePrefix: '📊 Token Usage Report',
    now: new Date(until),
    log: silentLog,
  })
  const headings = [
    '### Overview',
    '### Workflow Summary',
    '### 📈 Historical Trend',
    '### 🔍 Optimisation Opportunities',
    '### Per-Workflow Details',
    '### Cost Breakdown',
  ]
  // Every heading present once, each after the one before it.
  for (const h of headings) expect(body.split(h).length - 1).toBe(1)
  const positions = positionsInOrder(body, headings)
  expect(positions.every((p) => p >= 0)).toBe(true)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
})

test('cut to 2,000 characters, the change section stays whole after the overview; the details are cut', () => {
  // Eight workflows of 20 runs: the details alone are well over 2,000 characters.
  const many = Array.from({ length: 160 }, (_, i) =>
    runSummary(`workflow-${i % 8}`, String(1_000 + i), [
      { model: 'claude-sonnet-4.6', requests: 5, input: 1_000, output: 2_000, cacheRead: 50_000, price: SONNET },
    ]),
  )
  const big = analyseRuns(many)
  // A trend section long enough that, with the overview and summary, only a cut makes the report fit.
  const trend = `### 📈 Historical Trend\n\n${'CHANGES '.repeat(25).trim()}`
  const full = renderMarkdownReport(big, { changeSections: [trend], maxLength: Number.MAX_SAFE_INTEGER })
  expect(full.length).toBeGreaterThan(2_000)
  const cut = renderMarkdownReport(big, { changeSections: [trend], maxLength: 2_000 })
  expect(cut.length).toBeLessThanOrEqual(2_000)
  expect(cut).toContain(trend)
  expect(cut).toContain('The report was cut to fit the size limit')
  expect(cut.indexOf('### Overview')).toBeLessThan(cut.indexOf(trend))
  expect(cut.indexOf(trend)).toBeLessThan(cut.indexOf('The report was cut'))
  expect(cut).toContain('### Workflow Summary')
  expect(cut).not.toContain('### Cost Breakdown')
})
