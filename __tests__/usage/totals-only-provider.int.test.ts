// A run known only by its agent_usage.json, whose file names no `provider`: the provider comes from the primary
// model's name, as `log` infers it, so the row joins the same model's per-request rows instead of making a second
// row under `unknown`; a name that says nothing keeps `unknown`.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { discoverLocalRuns } from '../../src/usage/discover-inputs.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import type { RunSummary } from '../../src/usage/run-summary.js'
import { summariseRun } from '../../src/usage/summarise-run.js'
import { zipBytes } from './zip-bytes.js'

const totals = (model: string) => ({ input_tokens: 10_000, output_tokens: 1_000, ai_credits: 5, primary_model: model })
const record = {
  timestamp: '2026-11-30T10:00:00.000Z',
  request_id: 'req-1',
  provider: 'anthropic',
  model: 'claude-sonnet-4.6',
  input_tokens: 2_000,
  output_tokens: 100,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
}

let root: string
let runs: RunSummary[]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'totals-only-provider-'))
  const put = async (relative: string, name: string, data: string) => {
    const path = join(root, relative)
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, zipBytes([{ name, data }]))
  }
  await put('Planner/501/usage.zip', 'agent_usage.json', JSON.stringify(totals('claude-sonnet-4.6')))
  await put('Planner/502/usage.zip', 'agent_usage.json', JSON.stringify(totals('mystery-model-9000')))
  await put('Planner/503/agent.zip', 'token-usage.jsonl', `${JSON.stringify(record)}\n`)
  const priceBook = createPriceBook()
  runs = []
  for (const run of await discoverLocalRuns([root])) runs.push(await summariseRun(run.meta, run.sources, { priceBook }))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

test('a claude model without a provider is anthropic; a name that says nothing stays unknown', () => {
  const byId = new Map(runs.map((r) => [r.runId, r]))
  expect(byId.get('501')!.state).toBe('analysed-totals')
  expect(byId.get('501')!.models.map((m) => [m.provider, m.model])).toEqual([['anthropic', 'claude-sonnet-4.6']])
  expect(byId.get('502')!.models.map((m) => [m.provider, m.model])).toEqual([['unknown', 'mystery-model-9000']])
})

test('one Sonnet row over the totals-only and the per-request run, and no "unknown" provider for it', () => {
  const data = analyseRuns(runs, {})
  const sonnetRows = data.models.filter((m) => m.model === 'claude-sonnet-4.6')
  expect(sonnetRows).toHaveLength(1)
  expect(sonnetRows[0]!.inputTokens).toBe(10_000 + record.input_tokens)
  expect(data.providers.map((p) => p.provider).sort()).toEqual(['anthropic', 'unknown'])
})
