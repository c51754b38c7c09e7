// Unknown is "—", never 0: a run known by its agent_usage.json alone has no request count, and records without
// duration_ms (those `log` writes) have no latency. Markdown, the terminal table and CSV show "—" or an empty cell;
// JSON has null.
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderCsvReport } from '../../src/report/csv-report.js'
import { renderJsonReport } from '../../src/report/json-report.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { renderTableReport } from '../../src/report/table-report.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'

const LOGGED_REQUESTS = 3
const sonnet = (requests: number) => ({
  model: 'claude-sonnet-4.6',
  requests,
  input: 100_000,
  output: 3_000,
  cacheRead: 90_000,
  cacheWrite: 5_000,
  price: SONNET,
})
// No duration_ms on any record: durationMsTotal stays 0.
const logged = runSummary('Logged', '402', [{ ...sonnet(LOGGED_REQUESTS), durationMsTotal: 0 }])
const totalsOnly = runSummary('Totals', '401', [sonnet(0)], { state: 'analysed-totals' })
const data = analyseRuns([logged, totalsOnly], {})

const rowOf = (text: string, name: string): string[] =>
  text
    .split('\n')
    .find((line) => line.startsWith(`| ${name} |`) || line.startsWith(`│ ${name} `))!
    .split(/[|│]/)
    .slice(1, -1)
    .map((c) => c.trim())

test('markdown: no invented latency or request count', () => {
  const md = renderMarkdownReport(data)
  expect(md).not.toMatch(/\b0ms\b/)
  expect(md).toContain('**Latency**: avg —/request')
  expect(md).toContain(`**Requests**: ${LOGGED_REQUESTS}, not counting 1 totals-only run`)
  expect(md).not.toContain('0 requests')
  expect(md).not.toContain('**Requests**: 0')
  expect(md).toContain('- **Requests**: — (totals-only runs have no request count)')
  expect(md).toContain('- **Models**: claude-sonnet-4.6 (totals only)')
  // A workflow's only model is named in its Models line (above), never with a request count of 0 in a table.
  expect(md).not.toMatch(/\| claude-sonnet-4\.6 \| 0 \|/)
})

test('terminal table: "—" for the latency and the totals-only workflow\'s requests', () => {
  const table = renderTableReport(data)
  expect(rowOf(table, 'Totals')[3]).toBe('—')
  const model = rowOf(table, 'claude-sonnet-4.6')
  expect(model[7]).toBe('—')
  expect(table).toContain(`${LOGGED_REQUESTS} requests (not counting 1 totals-only run)`)
})

test('CSV: empty latency and request cells; JSON: null latency', () => {
  const [header, ...rows] = renderCsvReport(data).trim().split('\n')
  const columns = header.split(',')
  const cell = (row: string, column: string) => row.split(',')[columns.indexOf(column)]
  const totals = rows.find((r) => r.startsWith('Totals,'))!
  const loggedRow = rows.find((r) => r.startsWith('Logged,'))!
  expect(cell(totals, 'requests')).toBe('')
  expect(cell(loggedRow, 'requests')).toBe(String(LOGGED_REQUESTS))
  expect(cell(loggedRow, 'avg_latency_ms')).toBe('')
  const json = JSON.parse(renderJsonReport(data))
  const workflow = json.workflows.find((w: { name: string }) => w.name === 'Logged')
  expect(workflow.avgLatencyMs).toBeNull()
  expect(workflow.models[0].avgLatencyMs).toBeNull()
  expect(json.workflows.find((w: { name: string }) => w.name === 'Totals').requestsPerRun).toBeNull()
})
