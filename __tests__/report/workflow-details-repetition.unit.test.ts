// A workflow's details say each thing once: a workflow with one model names it in the Models line, without a
// one-row model table that would repeat its requests, tokens, latency and cost; two models or more get the table.
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { HAIKU, runSummary, SONNET } from '../analysis/run-summary-builders.js'

const sonnet = {
  model: 'claude-sonnet-4.6',
  requests: 4,
  input: 1_000,
  output: 2_000,
  cacheRead: 30_000,
  price: SONNET,
}
const haiku = { model: 'claude-haiku-4.5', requests: 2, input: 500, output: 700, cacheRead: 9_000, price: HAIKU }
const report = analyseRuns([
  runSummary('single', '1', [sonnet]),
  runSummary('single', '2', [sonnet]),
  runSummary('mixed', '3', [sonnet, haiku]),
])
const md = renderMarkdownReport(report)

/** The collapsed details of one workflow. */
function detailsOf(name: string): string {
  const start = md.indexOf(`<summary><b>${name}</b>`)
  expect(start).toBeGreaterThan(0)
  return md.slice(start, md.indexOf('</details>', start))
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1

test('a workflow with one model names it once, in a line, without a one-row model table', () => {
  const single = detailsOf('single')
  expect(single).toContain(`- **Models**: claude-sonnet-4.6 (${2 * sonnet.requests} requests)`)
  expect(single).not.toContain('| Model |')
  expect(single).not.toContain('Avg Latency')
  expect(occurrences(single, 'claude-sonnet-4.6')).toBe(1)
})

test('a workflow with two models keeps its model table, one row per model', () => {
  const mixed = detailsOf('mixed')
  expect(mixed).toContain('| Model | Requests |')
  const rows = mixed.split('\n').filter((l) => l.startsWith('| claude-'))
  expect(rows.length).toBe(2)
})
