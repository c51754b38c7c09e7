import { CSV_COLUMNS, csvUsd, renderCsvReport, spreadsheetSafe } from '../../src/report/csv-report.js'
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderJsonReport } from '../../src/report/json-report.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'
import { hostileReport, HOSTILE_MODEL, HOSTILE_WORKFLOW } from './report-fixtures.js'

const report = hostileReport()

/** A small RFC 4180 reader, enough for the check. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  return rows
}

test('CSV: one row per workflow and model (agent and detection), raw numbers, costs to 6 decimals', () => {
  const rows = parseCsv(renderCsvReport(report))
  expect(rows[0]).toEqual([...CSV_COLUMNS])
  const body = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])))
  expect(body.map((r) => [r.workflow, r.usage, r.model])).toEqual([
    ['smoke-claude', 'agent', 'claude-sonnet-4.6'],
    ['smoke-claude', 'agent', 'claude-haiku-4.5'],
    [HOSTILE_WORKFLOW, 'agent', 'mystery|model @here'],
    [HOSTILE_WORKFLOW, 'detection', 'claude-sonnet-4.6'],
    ['quiet @someone', 'agent', ''],
  ])
  const sonnet = body[0]
  expect(Number(sonnet.cache_read_tokens)).toBe(193_303)
  expect(Number(sonnet.total_tokens)).toBe(7 + 1542 + 193_303 + 58_092)
  // To 6 decimals: $0.2989869 is written 0.298987.
  expect(Number(sonnet.cost_usd)).toBe(
    Math.round(((7 * 3 + 1542 * 15 + 193_303 * 0.3 + 58_092 * 3.75) / 1e6) * 1e6) / 1e6,
  )
  expect(sonnet.cost_usd).toBe('0.298987')
  expect(Number(sonnet.avg_latency_ms)).toBe(6000)
  expect(body[2].unpriced_requests).toBe('3')
})

test('CSV: an average latency with a fraction is written in whole milliseconds', () => {
  const fractional = {
    ...report,
    workflows: report.workflows.map((w, i) =>
      i === 0 ? { ...w, models: w.models.map((m) => ({ ...m, avgLatencyMs: 4799.869565217391 })) } : w,
    ),
  }
  const rows = parseCsv(renderCsvReport(fractional))
  const column = CSV_COLUMNS.indexOf('avg_latency_ms')
  expect(rows[1][column]).toBe('4800')
})

test('CSV: text that a spreadsheet would run as a formula is defused', () => {
  expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")')
  expect(spreadsheetSafe('@SUM(A1)')).toBe("'@SUM(A1)")
  expect(spreadsheetSafe('-1+2')).toBe("'-1+2")
  expect(spreadsheetSafe('smoke-claude')).toBe('smoke-claude')
})

test('JSON: the ReportData contract, pretty-printed', () => {
  const text = renderJsonReport(report)
  expect(text.endsWith('}\n')).toBe(true)
  expect(text).toContain('\n  "schemaVersion": 1,')
  const parsed = JSON.parse(text)
  // Everything as in ReportData, but the cost of the unpriced model (and of its run and workflow) is null.
  const expected = JSON.parse(JSON.stringify(report))
  const hostile = expected.workflows.find((w: { name: string }) => w.name === HOSTILE_WORKFLOW)
  Object.assign(hostile, { costUsd: null, costPerRunUsd: null, costPerRun: null, cost: null })
  Object.assign(hostile.models[0], { costUsd: null, cost: null, repricedAiCredits: null })
  Object.assign(hostile.runDetails[0], { costUsd: null })
  Object.assign(
    expected.models.find((m: { model: string }) => m.model === HOSTILE_MODEL),
    { costUsd: null, cost: null, repricedAiCredits: null },
  )
  // Money is rounded (to 6 decimals, AI credits to 4): every number equals ReportData's to within that.
  const close = (value: unknown): unknown =>
    typeof value === 'number'
      ? expect.closeTo(value, 4)
      : Array.isArray(value)
        ? value.map(close)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, close(v)]))
          : value
  expect(parsed).toEqual(close(expected))
  for (const key of [
    'schemaVersion',
    'window',
    'totals',
    'workflows',
    'runsWithoutData',
    'skipped',
    'unpricedModels',
  ]) {
    expect(parsed).toHaveProperty(key)
  }
  for (const key of [
    'runs',
    'runsWithData',
    'requests',
    'inputTokens',
    'outputTokens',
    'cacheReadTokens',
    'cacheWriteTokens',
    'totalTokens',
    'costUsd',
    'cacheHitRate',
    'ioRatio',
  ]) {
    expect(parsed.totals).toHaveProperty(key)
  }
  expect(Object.keys(parsed.workflows[0])).toEqual(
    expect.arrayContaining([
      'name',
      'runs',
      'runsWithData',
      'fullPriceTokens',
      'cacheWriteRate',
      'avgLatencyMs',
      'costPerRunUsd',
      'models',
      'flags',
    ]),
  )
  expect(parsed.workflows[0].models[0]).toEqual(
    expect.objectContaining({ provider: 'anthropic', model: 'claude-sonnet-4.6', requests: 5 }),
  )
})

test('JSON: an unpriced model costs null, never 0; a partly priced one keeps its priced part', () => {
  const data = analyseRuns([
    runSummary('wf', '1', [
      { model: 'claude-sonnet-4.6', requests: 2, input: 1_000_000, output: 0, price: SONNET, unpricedRequests: 1 },
      { provider: 'opencode', model: 'mystery', requests: 4, input: 100, output: 10 },
    ]),
  ])
  const parsed = JSON.parse(renderJsonReport(data))
  const [sonnet, mystery] = parsed.workflows[0].models
  expect(mystery).toMatchObject({ model: 'mystery', costUsd: null, cost: null, unpricedRequests: 4 })
  expect(sonnet).toMatchObject({ model: 'claude-sonnet-4.6', unpricedRequests: 1 })
  expect(sonnet.costUsd).toBeCloseTo(3, 9)
  // The workflow is partly priced: its cost is the priced part.
  expect(parsed.workflows[0].costUsd).toBeCloseTo(3, 9)
  expect(parsed.models.find((m: { model: string }) => m.model === 'mystery').costUsd).toBeNull()
})

test('CSV: costs to 6 decimals without float noise; an unpriced model has empty cost cells', () => {
  expect(csvUsd(0.1 + 0.2)).toBe(0.3)
  expect(csvUsd(0.0000004)).toBe(0)
  expect(csvUsd(1.23456789)).toBe(1.234568)
  const rows = parseCsv(renderCsvReport(report)).slice(1)
  const mystery = rows.find((r) => r[3] === HOSTILE_MODEL)!
  const cell = (row: string[], column: string) => row[CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])]
  expect(['cost_usd', 'cost_input_usd', 'cost_output_usd'].map((c) => cell(mystery, c))).toEqual(['', '', ''])
  for (const row of rows) {
    for (const column of CSV_COLUMNS.filter((c) => c.startsWith('cost_'))) {
      expect(cell(row, column)).toMatch(/^(|\d+(\.\d{1,6})?)$/)
    }
  }
})
