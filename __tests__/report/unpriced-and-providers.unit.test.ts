// What the markdown report shows for an unpriced model (never $0.00), a model served by two providers (the provider
// beside it wherever both appear) and a skipped line (the run it came from).
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { fitMarkdownReport, renderJobSummary } from '../../src/report/markdown-report.js'
import { runSummary, SONNET } from '../analysis/run-summary-builders.js'

function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`### ${heading}`)
  expect(start).toBeGreaterThanOrEqual(0)
  const next = markdown.indexOf('\n### ', start + 4)
  return markdown.slice(start, next < 0 ? undefined : next)
}

/** The table row whose first cell is `first`, as its cells. */
function rowOf(markdown: string, first: string): string[] {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${first} |`))
  expect(line).toBeDefined()
  return line!.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, ''))
}

const report = analyseRuns([
  runSummary(
    'mixed',
    '11',
    [
      { model: 'claude-sonnet-4.6', requests: 3, input: 1000, output: 100, cacheRead: 9000, price: SONNET },
      { provider: 'copilot', model: 'claude-sonnet-4.6', requests: 1, input: 500, output: 50, price: SONNET },
      { model: 'mystery-x', requests: 1, input: 10, output: 1 },
    ],
    { detectionModels: [{ model: 'mystery-x', requests: 2, input: 5, output: 5 }] },
  ),
  runSummary('unknown-only', '12', [{ model: 'mystery-x', requests: 2, input: 20, output: 2 }], {
    skipped: {
      invalidLines: 1,
      byReason: { schema: 1 },
      examples: [
        { file: 'agent/token_usage.jsonl', line: 4, reason: 'schema', detail: 'input_tokens must be 0 or more' },
      ],
      duplicateRecords: 0,
      filteredRecords: 0,
    },
  }),
])
const markdown = renderJobSummary(report)

test('an unpriced model reads "unpriced" or "—" in every table, never $0.00', () => {
  const breakdown = sectionOf(markdown, 'Cost Breakdown')
  expect(rowOf(breakdown, 'mystery-x')).toEqual(['mystery-x', 'anthropic', '—', '—', '—', '—', 'unpriced', '—'])
  // The model mix is one table (Cost Breakdown), with the providers under it.
  const distribution = breakdown
  expect(rowOf(distribution, 'mystery-x').at(-2)).toBe('unpriced')
  // The provider serving a priced and an unpriced model: its cost is the priced part, and says so.
  expect(distribution).toMatch(/By provider: anthropic 6 requests, [^·]+, \$0\.\d\d \+ unpriced · copilot 1 request,/)
  const details = sectionOf(markdown, 'Per-Workflow Details')
  const unknownOnly = details.slice(details.indexOf('<b>unknown-only</b>'))
  expect(unknownOnly).toContain('- **Cost per run**: unpriced')
  expect(unknownOnly).toContain('- **Estimated cost**: unpriced')
  // Its only model is named in the Models line, not in a one-row table; in a table, its cost reads "unpriced".
  expect(unknownOnly).not.toContain('| mystery-x |')
  const mixed = details.slice(details.indexOf('<b>mixed</b>'), details.indexOf('<b>unknown-only</b>'))
  expect(rowOf(mixed, 'mystery-x').at(-1)).toBe('unpriced')
  expect(details).toMatch(/- \*\*Cost per run\*\*: mean \$\S+ · median \$\S+ · p95 \$\S+ \(priced requests only\)/)
  const detection = sectionOf(markdown, 'Threat-Detection Usage')
  expect(rowOf(detection, 'mixed').at(-1)).toBe('unpriced')
  for (const section of [breakdown, distribution, details, detection]) {
    for (const line of section.split('\n').filter((l) => l.includes('mystery-x'))) expect(line).not.toContain('$0.00')
  }
})

test('no flag is raised on the model whose cost is unknown', () => {
  expect(report.workflows.flatMap((w) => w.flags).filter((f) => f.model === 'mystery-x')).toEqual([])
})

test('a model served by two providers shows the provider in the tables where both appear', () => {
  const details = sectionOf(markdown, 'Per-Workflow Details')
  const mixed = details.slice(details.indexOf('<b>mixed</b>'), details.indexOf('<b>unknown-only</b>'))
  expect(mixed).toContain('| Model | Provider | Requests |')
  expect(rowOf(mixed, 'claude-sonnet-4.6').slice(0, 3)).toEqual(['claude-sonnet-4.6', 'anthropic', '3 (60%)'])
  expect(mixed).toContain(
    '- **Models**: claude-sonnet-4.6 (anthropic, 3 requests), claude-sonnet-4.6 (copilot, 1 request), mystery-x (anthropic, 1 request)',
  )
  // One provider per model: no provider column, and counts in words ("1 request", not "1 req").
  const unknownOnly = details.slice(details.indexOf('<b>unknown-only</b>'))
  // Its only model is in the Models line (no one-row table), without the provider.
  expect(unknownOnly).not.toContain('| Model |')
  expect(unknownOnly).toContain('- **Models**: mystery-x (2 requests)')
})

test('a skipped line names the run it came from', () => {
  expect(sectionOf(markdown, 'Skipped Lines and Records')).toContain(
    '- run 12 of unknown-only, agent/token\\_usage.jsonl:4 — schema: input\\_tokens must be 0 or more',
  )
})

test('what a shortened report leaves out is counted in words, singular for one', () => {
  const { omitted } = fitMarkdownReport(report, { maxLength: 1500 })
  expect(omitted.length).toBeGreaterThan(0)
  expect(omitted.join('; ')).not.toMatch(/\b1 (rows|runs|workflows)\b/)
  expect(omitted).toContain('the per-workflow details (2 workflows)')
  const one = fitMarkdownReport(
    analyseRuns([runSummary('solo', '1', [{ model: 'claude-sonnet-4.6', requests: 1, input: 5, price: SONNET }])]),
    { maxLength: 900 },
  ).omitted
  expect(one.join('; ')).toMatch(/the per-workflow details \(1 workflow\)|the per-run tables \(1 row\)/)
})
