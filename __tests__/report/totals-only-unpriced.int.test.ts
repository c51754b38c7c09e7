// Issue 11, "an unpriced model's cost is unpriced, never $0.00": a run known only by its agent_usage.json (no
// request count) whose model no catalogue prices has an unknown cost. Its model, run and workflow read "unpriced" (or
// "—") in markdown, empty in CSV and null in JSON; beside a priced totals-only run the workflow is partly priced.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import type { ReportData } from '../../src/analysis/report-data.js'
import { renderCsvReport } from '../../src/report/csv-report.js'
import { renderJsonReport } from '../../src/report/json-report.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { discoverLocalRuns } from '../../src/usage/discover-inputs.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import type { RunSummary } from '../../src/usage/run-summary.js'
import { summariseRun } from '../../src/usage/summarise-run.js'
import { zipBytes } from '../usage/zip-bytes.js'

const MYSTERY = 'mystery-model-9000'
const totals = (model: string) => ({
  input_tokens: 120_000,
  output_tokens: 3_400,
  cache_read_tokens: 90_000,
  cache_write_tokens: 5_000,
  ai_credits: 12.345,
  primary_model: model,
})
// Sonnet 4.6 at base rates ($3 input, $15 output, $0.30 cache read, $3.75 cache write per million); no provider in
// the file, so nothing is subtracted from the input.
const t = totals('claude-sonnet-4.6')
const sonnetUsd =
  (t.input_tokens * 3 + t.output_tokens * 15 + t.cache_read_tokens * 0.3 + t.cache_write_tokens * 3.75) / 1e6

let root: string
let runs: RunSummary[]
let data: ReportData

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'totals-only-unpriced-'))
  const put = async (relative: string, model: string) => {
    const path = join(root, relative)
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, zipBytes([{ name: 'agent_usage.json', data: JSON.stringify(totals(model)) }]))
  }
  await put('Mystery/401/usage.zip', MYSTERY)
  await put('Mixed/402/usage.zip', 'claude-sonnet-4.6')
  await put('Mixed/403/usage.zip', MYSTERY)
  const priceBook = createPriceBook()
  runs = []
  for (const run of await discoverLocalRuns([root])) runs.push(await summariseRun(run.meta, run.sources, { priceBook }))
  data = analyseRuns(runs, {})
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('a totals-only run whose model has no price', () => {
  test('its model row counts the run as unpriced (its requests are unknown)', () => {
    const run = runs.find((r) => r.runId === '401')!
    expect(run.state).toBe('analysed-totals')
    expect(run.models).toEqual([
      expect.objectContaining({ model: MYSTERY, requests: 0, unpricedRequests: 0, unpricedRuns: 1, costUsd: 0 }),
    ])
    expect(data.unpricedModels).toEqual([{ provider: 'unknown', model: MYSTERY, requests: 0, runs: 2 }])
  })

  test('JSON: null costs for the model, its runs and the workflow of only such runs; the mixed workflow keeps its priced part', () => {
    const json = JSON.parse(renderJsonReport(data))
    const mystery = json.workflows.find((w: { name: string }) => w.name === 'Mystery')
    expect(mystery).toMatchObject({ costUsd: null, costPerRunUsd: null })
    expect(mystery.models[0]).toMatchObject({ model: MYSTERY, costUsd: null, cost: null })
    expect(mystery.runDetails[0]).toMatchObject({ runId: '401', costUsd: null, unpricedRuns: 1 })
    const mixed = json.workflows.find((w: { name: string }) => w.name === 'Mixed')
    expect(mixed.costUsd).toBeCloseTo(sonnetUsd, 9)
    expect(mixed.runDetails.find((r: { runId: string }) => r.runId === '403').costUsd).toBeNull()
    expect(mixed.runDetails.find((r: { runId: string }) => r.runId === '402').costUsd).toBeCloseTo(sonnetUsd, 9)
    expect(json.models.find((m: { model: string }) => m.model === MYSTERY)).toMatchObject({ costUsd: null })
  })

  test('markdown: "unpriced", never $0.00, and the warning counts the runs', () => {
    const markdown = renderMarkdownReport(data)
    const row = (name: string) => markdown.split('\n').find((l) => l.startsWith(`| ${name} |`))!
    expect(row('Mystery')).toContain('| unpriced |')
    expect(row('Mystery')).not.toContain('$0.00')
    const usd = `$${sonnetUsd.toFixed(2)}`
    expect(row('Mixed')).toContain(`| ${usd} + unpriced |`)
    expect(markdown).toContain('2 totals-only runs of 1 model without a known price')
    expect(markdown).toMatch(new RegExp(`\\| unknown \\| ${MYSTERY} \\| 0 \\| 2 \\|`))
  })

  test('CSV: empty cost cells for the unpriced model', () => {
    // No cell of these rows holds a comma or a quote: a split reads them.
    const [header, ...lines] = renderCsvReport(data)
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.split(','))
    const rows = lines.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])))
    const mystery = rows.filter((r) => r.model === MYSTERY)
    expect(mystery).toHaveLength(2)
    for (const r of mystery) expect(r.cost_usd).toBe('')
    expect(Number(rows.find((r) => r.model === 'claude-sonnet-4.6')!.cost_usd)).toBeCloseTo(sonnetUsd, 6)
  })
})
