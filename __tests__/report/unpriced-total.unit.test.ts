// A report whose every model lacks a price: its total cost is unknown, never $0.00 (issue 11), in markdown, the
// terminal table and JSON; a report with one priced model keeps its number, and says what it leaves out.
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderJsonReport } from '../../src/report/json-report.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { renderTableReport } from '../../src/report/table-report.js'
import { runSummary } from '../analysis/run-summary-builders.js'

const window = { since: null, until: null }
const mystery = { model: 'mystery-model-9', provider: 'unknown', requests: 3, input: 1000, output: 200 }

test('every model unpriced: the total is unpriced in markdown and the table, null in JSON', () => {
  const data = analyseRuns([runSummary('wf', '1', [mystery])], { window })
  expect(renderMarkdownReport(data)).toContain('**Estimated total cost**: unpriced')
  const table = renderTableReport(data)
  expect(table).not.toContain('$0.00')
  expect(table).toMatch(/tokens, unpriced/)
  const json = JSON.parse(renderJsonReport(data))
  expect(json.totals.costUsd).toBeNull()
  expect(json.totals.cost).toBeNull()
})

test('one priced model beside an unpriced one: the priced part, marked as leaving some out', () => {
  const sonnet = { model: 'claude-sonnet-4.6', requests: 2, input: 1_000_000, price: [3, 15, 0.3, 3.75] as const }
  const data = analyseRuns(
    [runSummary('wf', '1', [mystery, { ...sonnet, price: [...sonnet.price] as [number, number, number, number] }])],
    { window },
  )
  // 1M fresh input tokens at $3 per million.
  expect(renderMarkdownReport(data)).toContain('**Estimated total cost**: $3.00 + unpriced')
  expect(JSON.parse(renderJsonReport(data)).totals.costUsd).toBeCloseTo(3, 9)
})
