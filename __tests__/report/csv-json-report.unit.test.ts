import { CSV_COLUMNS, renderCsvReport, spreadsheetSafe } from '../../src/report/csv-report.js'
import { renderJsonReport } from '../../src/report/json-report.js'
import { hostileReport, HOSTILE_WORKFLOW } from './report-fixtures.js'

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

test('CSV: one row per workflow and model (agent and detection), raw numbers', () => {
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
  expect(Number(sonnet.cost_usd)).toBeCloseTo((7 * 3 + 1542 * 15 + 193_303 * 0.3 + 58_092 * 3.75) / 1e6, 12)
  expect(Number(sonnet.avg_latency_ms)).toBe(6000)
  expect(body[2].unpriced_requests).toBe('3')
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
  expect(parsed).toEqual(JSON.parse(JSON.stringify(report)))
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
