// The layout a reader gets at a glance: a workflow summary of at most 8 columns (the rest in the details), the model
// mix in one table, and a flag sentence read whole however long its drivers make it.
import type { Flag } from '../../src/analysis/report-data.js'
import { flagMessageOf } from '../../src/analysis/flags/flag-wording.js'
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'

const usage = {
  model: 'claude-sonnet-4.6',
  requests: 4,
  input: 1_000,
  output: 2_000,
  cacheRead: 9_000,
  cacheWrite: 0,
  price: SONNET,
}
const data = analyseRuns([runSummary('a-workflow-with-a-rather-long-name', '1', [usage])], {})

const cellsOf = (line: string): string[] => line.split(/(?<!\\)\|/).slice(1, -1)

test('the workflow summary has at most 8 columns; requests, tokens and the I/O ratio are in the details', () => {
  const md = renderMarkdownReport(data)
  const summary = md.slice(md.indexOf('### Workflow Summary'), md.indexOf('### 🔍'))
  const header = summary.split('\n').find((l) => l.startsWith('| Workflow'))!
  expect(cellsOf(header).length).toBeLessThanOrEqual(8)
  expect(header).toContain('Top Model')
  expect(md).toContain(`- **Requests**: ${usage.requests} (avg ${usage.requests}/run)`)
  expect(md).toMatch(/- \*\*Cache hit rate\*\*: .* · \*\*I\/O ratio\*\*: /)
})

test('the model mix over all workflows is one table', () => {
  const md = renderMarkdownReport(data)
  // The model appears once over all workflows (Cost Breakdown); its workflow's only model is named in a line of its
  // details, not in a second, one-row table.
  const rows = md.split('\n').filter((l) => l.startsWith(`| ${usage.model} |`))
  expect(rows).toHaveLength(1)
  expect(md).toContain(`- **Models**: ${usage.model} (`)
  expect(md).not.toContain('### Model Distribution')
})

test('a flag sentence longer than 300 characters reads whole, with its standing after it', () => {
  const drivers = Array.from({ length: 12 }, (_, i) => `model-${i} cache write +$0.0${i}`).join('; ')
  const flag: Flag = {
    id: 'increasing-trend',
    severity: 'warning',
    workflow: data.workflows[0].name,
    metric: 'costPerRunUsd',
    value: 0.5,
    threshold: 0.2,
    standing: 'new',
    context: {
      rises: [{ metric: 'costPerRunUsd', previous: 0.1, current: 0.15, change: 0.5 }],
      baselineReports: 7,
      baselineRuns: 70,
      drivers,
    },
    message: '',
  }
  expect(flagMessageOf(flag).length).toBeGreaterThan(300)
  const flagged = { ...data, workflows: [{ ...data.workflows[0], flags: [flag] }] }
  const md = renderMarkdownReport(flagged)
  const line = md.split('\n').find((l) => l.includes('Cost per run rose'))!
  expect(line).toContain(drivers)
  expect(line).not.toContain('…')
  expect(line.endsWith(' 🆕')).toBe(true)
})
