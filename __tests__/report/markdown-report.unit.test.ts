import { renderJobSummary, renderMarkdownReport } from '../../src/report/markdown-report.js'
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'
import { HOSTILE_BRANCH, HOSTILE_MODEL, hostileReport } from './report-fixtures.js'

const report = hostileReport()
const md = renderMarkdownReport(report)

/** Cells of a table row, split on unescaped pipes. */
function cellsOf(row: string): string[] {
  const cells: string[] = []
  let cell = ''
  for (let i = 1; i < row.length - 1; i++) {
    if (row[i] === '\\') {
      cell += row[i] + row[i + 1]
      i++
    } else if (row[i] === '|') {
      cells.push(cell.trim())
      cell = ''
    } else cell += row[i]
  }
  cells.push(cell.trim())
  return cells
}

/** Every table in the document: each row has as many cells as its header. */
function tablesOf(text: string): string[][] {
  const tables: string[][] = []
  let current: string[] | null = null
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) tables.push((current = []))
      current.push(line)
    } else current = null
  }
  return tables
}

test('the sections of the LLM analyzer layout, in order', () => {
  const headings = [
    '### Overview',
    '### Workflow Summary',
    '### 🔍 Optimisation Opportunities',
    '### Per-Workflow Details',
    '<summary><b>Runs Without Token Data</b> (1)</summary>',
    '### Cost Breakdown',
    '### Unpriced Models',
    '### Threat-Detection Usage',
    '### Skipped Lines and Records',
  ]
  const positions = headings.map((h) => md.indexOf(h))
  expect(positions.every((p) => p >= 0)).toBe(true)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
})

test('every table row keeps its column count, whatever the names hold', () => {
  const tables = tablesOf(md)
  expect(tables.length).toBeGreaterThanOrEqual(8)
  for (const table of tables) {
    const width = cellsOf(table[0]).length
    for (const row of table) expect(cellsOf(row)).toHaveLength(width)
  }
})

test('untrusted text cannot ping, inject HTML or links, or break lines', () => {
  expect(md).not.toMatch(/@(octocat|admin|here|someone|x)\b/)
  expect(md).not.toContain('<script>')
  expect(md).not.toContain('<html>')
  expect(md).not.toMatch(/(?<!\\)\]\(javascript:/)
  expect(md).not.toMatch(/(?<!\\)\(javascript:/)
  expect(md).not.toMatch(/(?<![\\&])#42/)
  // The hostile branch stays on its table row.
  const row = md.split('\n').find((l) => l.includes('admin'))!
  expect(row.startsWith('| ')).toBe(true)
  expect(row).toContain('main - \\[x\\]\\(javascript:alert\\(1\\)\\)')
  expect(cellsOf(row).at(-1)).toBe('unpriced')
  expect(HOSTILE_BRANCH).toContain('\n')
  expect(md).toContain('mystery\\|model')
  expect(HOSTILE_MODEL).toContain('|')
})

test('a workflow whose requests have no price shows "unpriced", never a bare $0.00', () => {
  const row = md.split('\n').find((l) => l.startsWith('| evil'))!
  // Workflow, Runs, With Data, Cost, Cost/Run (at most 8 columns: requests and tokens are in the details).
  expect(cellsOf(row).slice(3, 5)).toEqual(['unpriced', 'unpriced'])
})

test('costs to 2 decimals and shortened token counts in tables', () => {
  // smoke-claude: 7 + 1542 + 193303 + 58092 + 720 + 90 = 253,754 tokens → 254K
  expect(md).toMatch(/\| smoke-claude \| 1 \| 1 \| \$0\.30 \| \$0\.30 \|/)
  expect(md).toContain('- **Requests**: 7 (avg 7/run)')
  expect(md).toMatch(/- \*\*Tokens\*\*: 254K total/)
  expect(md).toContain('[23900672204](https://github.com/o/r/actions/runs/23900672204)')
  // No link for a javascript: URL: the run id is plain text.
  expect(md).toMatch(/\| 1 \| .*admin/)
})

test('the overview states the period, totals, unpriced requests and that detection is separate', () => {
  expect(md).toContain('**Period**: 2026-04-01 17:20 UTC to 2026-04-02 17:20 UTC')
  expect(md).toContain('**Runs in window**: 3 in 3 workflows (2 with token data)')
  expect(md).toMatch(/3 requests of 1 model without a known price are not included in any cost/)
  expect(md).toMatch(/Threat-detection usage \(12K tokens, \$0\.05\) is reported separately and is not included/)
})

test('runs without data give their reason; skipped lines give file:line examples', () => {
  expect(md).toMatch(
    /\| quiet @\u200Dsomeone \| 2 \| artifact could not be downloaded or read: HTTP 500 &lt;html&gt;\\\|@\u200Dx \|/,
  )
  expect(md).toContain('**2 invalid lines** skipped (invalid-json: 1, schema: 1)')
  expect(md).toContain('**6 duplicate records** removed')
  expect(md).toContain('runs/@\u200Doctocat\\|x/token-usage.jsonl:3 — invalid-json: Unexpected token &lt;')
})

test('flags are listed with their severity and message', () => {
  expect(md).toMatch(/\d\. ⚠️ \*\*evil\\\|wf @\u200Doctocat .*\*\* — Cache hit rate is 0\.0%/)
  // Warnings lead; smoke-claude's high I/O ratio at a 99.6% cache hit rate is cheap cached context, info (issue 12).
  expect(md).toMatch(/1\. ⚠️ \*\*evil/)
  expect(md).toMatch(
    /\d\. ℹ️ \*\*smoke-claude\*\* — I\/O ratio is 119:1 .*\n {3}- .*\n {3}- Info, not a warning: with a cache hit rate of (&gt;99|99|100)% the context is mostly cheap cached reads\./,
  )
})

test('extra sections come after the report and before the footer, untouched', () => {
  const extra = '### Historical Trend\n\n| a | b |\n| - | - |\n| 1 | 2 |'
  const out = renderMarkdownReport(report, { extraSections: [extra, '<!-- data -->'], header: '<!-- marker -->' })
  expect(out.startsWith('<!-- marker -->\n\n### Overview')).toBe(true)
  expect(out.indexOf(extra)).toBeGreaterThan(out.indexOf('### Skipped Lines'))
  expect(out.indexOf('<!-- data -->')).toBeGreaterThan(out.indexOf(extra))
  expect(out.trimEnd().endsWith('</sub>')).toBe(true)
})

test('a body over the limit drops per-run tables, then per-workflow details, then is cut; extras survive', () => {
  const runs = Array.from({ length: 400 }, (_, i) =>
    runSummary(`workflow-${i % 20}`, String(1_000_000 + i), [
      {
        model: 'claude-sonnet-4.6',
        requests: 3,
        input: 10,
        output: 900,
        cacheRead: 50_000,
        cacheWrite: 9_000,
        price: SONNET,
      },
    ]),
  )
  const big = analyseRuns(runs)
  const full = renderMarkdownReport(big, { maxLength: Number.MAX_SAFE_INTEGER })
  expect(full).toContain('| Run | Branch |')
  // Room for the report without per-run tables (and the note saying so), not for 5 run rows per workflow more.
  const withoutRunTables = renderMarkdownReport(big, { maxLength: Number.MAX_SAFE_INTEGER, maxRunsPerWorkflow: 0 })
  const limit = withoutRunTables.length + 400
  expect(limit).toBeLessThan(full.length)
  const fitted = renderMarkdownReport(big, { maxLength: limit, extraSections: ['EXTRA'] })
  expect(fitted.length).toBeLessThanOrEqual(limit)
  expect(fitted).not.toContain('| Run | Branch |')
  expect(fitted).toContain('### Per-Workflow Details')
  expect(fitted).toContain('EXTRA')
  expect(fitted).toContain('Left out: per-run rows beyond 5 per workflow (300 rows); the per-run tables (100 rows).')
  const tiny = renderMarkdownReport(big, { maxLength: 2000, extraSections: ['EXTRA'] })
  expect(tiny.length).toBeLessThanOrEqual(2000)
  expect(tiny).toContain('The report was cut to fit the size limit')
  expect(tiny).toContain('EXTRA')
  // The job summary's limit is GitHub's 1 MiB: everything fits.
  expect(renderJobSummary(big)).toContain('| Run | Branch |')
})

test('the job summary is fitted to 1 MiB of UTF-8, not to 1 Mi characters', () => {
  // 600 workflows whose names are 300 three-byte characters: about 0.8 Mi characters in full, well over 1 MiB.
  const runs = Array.from({ length: 600 }, (_, i) =>
    runSummary(`${'漢'.repeat(296)}${String(i).padStart(4, '0')}`, String(i), [
      { model: 'claude-sonnet-4.6', requests: 1, output: 10, price: SONNET },
    ]),
  )
  const report = analyseRuns(runs)
  const full = renderMarkdownReport(report, { maxLength: Number.MAX_SAFE_INTEGER })
  expect(full.length).toBeLessThan(1024 * 1024)
  expect(Buffer.byteLength(full)).toBeGreaterThan(1024 * 1024)
  const summary = renderJobSummary(report)
  expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1024 * 1024)
  expect(summary).toContain("Shortened to fit GitHub's 1 MiB job-summary limit")
})

test('a report without any data says so instead of empty tables', () => {
  const empty = renderMarkdownReport(analyseRuns([runSummary('wf', '1', [], { state: 'no-artifact' })]))
  expect(empty).toContain('No run in this period had token usage data')
  expect(empty).toContain('Nothing to assess: no token data in this period.')
  expect(empty).toContain('No workflow had token data.')
  expect(empty).not.toContain('### Model Distribution')
  expect(empty).toMatch(/\| wf \| 1 \| no artifact with token usage/)
})

test('per-run tables show at most maxRunsPerWorkflow rows and count the rest', () => {
  const runs = Array.from({ length: 5 }, (_, i) =>
    runSummary('wf', String(i + 1), [{ model: 'm', requests: 1, output: 10, price: SONNET }]),
  )
  const out = renderMarkdownReport(analyseRuns(runs), { maxRunsPerWorkflow: 2 })
  expect(out).toContain('…and 3 more runs (see the JSON report).')
})

test('runs without data: counted by reason, the table capped', () => {
  const runs = [
    ...Array.from({ length: 250 }, (_, i) => runSummary('wf', String(i), [], { state: 'artifact-expired' as const })),
    runSummary('wf', 'x', [], { state: 'no-artifact' }),
  ]
  const out = renderMarkdownReport(analyseRuns(runs))
  expect(out).toContain('- artifact expired before it could be downloaded: 250 runs')
  expect(out).toContain('- no artifact with token usage \\(the workflow may not use the api-proxy\\): 1 run')
  expect(out).toContain('…and 51 more runs (see the JSON report).')
  expect(out.split('\n').filter((l) => l.endsWith('| artifact expired before it could be downloaded |'))).toHaveLength(
    200,
  )
})

test('runs without data are grouped by state, not by the counts and details their reasons carry', () => {
  const skipped = (invalidLines: number) => ({
    invalidLines,
    byReason: { 'invalid-json': invalidLines },
    examples: [],
    duplicateRecords: 0,
    filteredRecords: 0,
  })
  const runs = [
    runSummary('wf', '1', [], { skipped: skipped(3) }),
    runSummary('wf', '2', [], { skipped: skipped(5) }),
    runSummary('wf', '3', [], { state: 'not-reached' }),
    runSummary('wf', '4', [], { state: 'empty-token-file', skipped: skipped(7) }),
  ]
  const out = renderMarkdownReport(analyseRuns(runs))
  expect(out).toContain('- no token usage records: 2 runs')
  expect(out).toContain('- not analysed: the time or request budget ran out first: 1 run')
  // Each run's own reason says what it skipped, a file without a valid record too.
  expect(out).toContain('| no token usage records \\(5 invalid lines\\) |')
  expect(out).toContain('| token usage file holds no valid record \\(7 invalid lines\\) |')
})

test('the unpriced-models section names the inputs that add a price', () => {
  expect(md).toContain('the `pricing-file` or `prices` input')
})

test('a shortened report still lists the flags of workflows it left out of the tables', () => {
  const runs = Array.from({ length: 60 }, (_, i) =>
    runSummary(`workflow-${i}`, String(i), [
      { model: 'claude-sonnet-4.6', requests: 3, input: 10, output: 900, cacheRead: 1_000 * (i + 1), price: SONNET },
    ]),
  )
  // The cheapest workflow has no cache hits at all: flagged.
  runs.push(
    runSummary('uncached', 'u', [{ model: 'claude-sonnet-4.6', requests: 1, input: 10, output: 10, price: SONNET }]),
  )
  const fitted = renderMarkdownReport(analyseRuns(runs), { maxLength: 4000 })
  expect(fitted).toContain('workflows with the lowest cost (totals still include them)')
  expect(fitted).not.toContain('| uncached |')
  expect(fitted).toMatch(/\*\*uncached\*\* — Cache hit rate is 0\.0%/)
})

test('the cache hit rate has one name in every markdown table header (the terminal table: table-report test)', () => {
  const headerCells = (text: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith('| Workflow |') || line.startsWith('| Run |'))
      .flatMap((line) => line.split('|').map((cell) => cell.trim()))
  const headers = headerCells(md)
  expect(headers).toContain('Cache hit rate')
  // Cache Read and Cache Write are token counts, another idea; a rate or hit count must use the one name.
  expect(headers.filter((cell) => /cache.*(rate|hit)/i.test(cell) && cell !== 'Cache hit rate')).toEqual([])
})
