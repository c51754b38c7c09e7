import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderTableReport } from '../../src/report/table-report.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'
import { HOSTILE_MODEL, HOSTILE_WORKFLOW, hostileReport } from './report-fixtures.js'

/** The cells of the table rows (│ … │ lines) under a section title, header row first. */
function tableRows(text: string, title: string): string[][] {
  const lines = text.split('\n')
  const rows: string[][] = []
  for (const line of lines.slice(lines.indexOf(title) + 1)) {
    if (!/^[┌├│└]/.test(line)) break
    if (line.startsWith('│'))
      rows.push(
        line
          .slice(1, -1)
          .split('│')
          .map((cell) => cell.trim()),
      )
  }
  return rows
}

test('workflows and models in box-drawn tables, numbers as the markdown report words them', () => {
  // 2 runs of one workflow, Sonnet at $3/$15/$0.30/$3.75 per million tokens.
  const report = analyseRuns([
    runSummary('nightly', '1', [{ model: 'claude-sonnet-4.6', requests: 4, input: 1000, output: 2000, price: SONNET }]),
    runSummary('nightly', '2', [
      { model: 'claude-sonnet-4.6', requests: 6, input: 3000, output: 4000, cacheRead: 36_000, price: SONNET },
    ]),
  ])
  const text = renderTableReport(report)
  const cost = (4000 * 3 + 6000 * 15 + 36_000 * 0.3) / 1e6 // $0.1128
  expect(tableRows(text, 'Workflows')).toEqual([
    ['Workflow', 'Runs', 'With data', 'Requests', 'Tokens', 'Cost', 'Cost/run', 'Cache hit rate', 'I/O ratio'],
    // 46K tokens; cache hits 36,000 / (36,000 + 4,000); I/O (4,000 + 36,000) / 6,000.
    ['nightly', '2', '2', '10', '46K', `$${cost.toFixed(2)}`, `$${(cost / 2).toFixed(2)}`, '90.0%', '6.7:1'],
  ])
  expect(tableRows(text, 'Models')).toEqual([
    ['Model', 'Provider', 'Requests', 'Input', 'Output', 'Cache read', 'Cache write', 'Latency', 'Cost', 'Share'],
    // Its records carry no duration: the latency is unknown (—), not 0ms.
    ['claude-sonnet-4.6', 'anthropic', '10', '4K', '6K', '36K', '0', '—', '$0.11', '100%'],
  ])
  expect(text).toContain('2 runs in 1 workflow (2 with token data), 10 requests, 46K tokens, $0.11\n')
})

test('plain text: no markdown markup or escapes, one line per name, every line of a table as wide as the others', () => {
  const text = renderTableReport(hostileReport())
  expect(text).not.toMatch(/\*\*|<details>|<summary>|^#|^\| |\\[|<>@#]|&lt;|&gt;|‍/m)
  // The hostile workflow's newline folds to a space; its text is shown as it is otherwise.
  expect(text).toContain(HOSTILE_WORKFLOW.replace('\n', ' '))
  expect(text).toContain(HOSTILE_MODEL)
  for (const title of ['Workflows', 'Models']) {
    const lines = text.split('\n')
    const start = lines.indexOf(title) + 1
    const end = lines.findIndex((line, index) => index > start && line.startsWith('└'))
    const widths = new Set(lines.slice(start, end + 1).map((line) => [...line].length))
    expect(widths.size).toBe(1)
  }
})

test('an unpriced model costs "unpriced", never $0.00, and is named with its requests', () => {
  const text = renderTableReport(hostileReport())
  const models = tableRows(text, 'Models')
  const hostile = models.find((row) => row[0] === HOSTILE_MODEL)
  expect(hostile?.slice(-2)).toEqual(['unpriced', '—'])
  expect(
    tableRows(text, 'Workflows')
      .find((row) => row[0].startsWith('evil'))
      ?.slice(5, 7),
  ).toEqual(['unpriced', 'unpriced'])
  expect(text).toContain(`Unpriced models: ${HOSTILE_MODEL} (opencode, 3 requests).`)
  expect(text).not.toContain('$0.00')
})

test('control characters from run data are removed, so a name cannot drive the terminal', () => {
  const report = analyseRuns([
    runSummary('evil\u001b[2J\u001b[31mred', '7', [{ model: 'm\u0007odel', requests: 1, input: 10, output: 5 }]),
  ])
  const text = renderTableReport(report)
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/)
  expect(text).toContain('evil[2J[31mred')
  expect(text).toContain('model')
})

test('runs without data, flags, threat detection and skipped lines are listed', () => {
  const text = renderTableReport(hostileReport())
  expect(tableRows(text, 'Runs without token data (1)')[1]).toEqual([
    'quiet @someone',
    '2',
    'artifact could not be downloaded or read: HTTP 500 <html>|@x',
  ])
  // A high I/O ratio at a 99.6% cache hit rate is cheap cached context: info since issue 12.
  expect(text).toMatch(/^ {2}info {5}smoke-claude: I\/O ratio is 119:1 \(threshold: >100:1\)\.$/m)
  expect(text).toContain('Threat detection (not in the totals): 1 run, 1 request, 12K tokens, $0.05')
  expect(text).toContain('Skipped: 2 invalid lines skipped (invalid-json: 1, schema: 1), 6 duplicate records removed')
})
