// A remote price catalogue is data from the network: through the action's own loader (pricesLoader) against a local
// catalogue server, a negative price is refused by name (one warning, the bundled prices), a zero price is used
// with a warning, and an expression that backtracks without bound in JavaScript's engine neither hangs nor fails
// the run. Nothing here reaches the internet.
import { waitForUpdate } from '@pydantic/genai-prices'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { useBundledPrices } from '../../src/usage/price-catalogue.js'
import { jsonl, startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from './action-harness.js'

let h: CollectorHarness
let work: string
let server: Server
let base: string
let handler: (res: ServerResponse) => void

const NOW = new Date('2026-11-26T06:00:00Z')
const SONNET = 'claude-sonnet-4-5' // reported as claude-sonnet-4.5
// `(a+)+$` tries 2^n ways to split these letters before giving up on the `b`.
const LONG_NAME = `${'a'.repeat(10_000)}b`
const record = (i: number, model: string) => ({
  request_id: `hostile-${i}`,
  timestamp: '2026-11-26T02:00:00Z',
  provider: 'anthropic',
  model,
  input_tokens: 100_000,
  output_tokens: 100_000,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
})

type CatalogueData = { id: string; models: { id: string; match: unknown; prices: unknown }[] }[]
let bundled: CatalogueData
const copy = (): CatalogueData => JSON.parse(JSON.stringify(bundled)) as CatalogueData
const anthropic = (providers: CatalogueData) => providers.find((p) => p.id === 'anthropic')!
const sonnetOf = (providers: CatalogueData) => anthropic(providers).models.find((m) => m.id === SONNET)!

beforeAll(async () => {
  bundled = JSON.parse(JSON.stringify(await waitForUpdate())) as CatalogueData
  h = await startCollectorHarness()
  work = await mkdtemp(path.join(os.tmpdir(), 'prices-hostile-'))
  server = createServer((_req, res) => handler(res))
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const run = h.gh.addRun({ workflow: 'Hostile Prices', createdAt: new Date(NOW.getTime() - 3_600_000) })
  const files = { 'agent/token_usage.jsonl': jsonl([record(0, SONNET), record(1, LONG_NAME)] as never) }
  await h.gh.addArtifact(run.id, 'usage', { files })
})

afterEach(async () => {
  await useBundledPrices()
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function runDaily(providers: CatalogueData, label: string) {
  const body = JSON.stringify(providers)
  handler = (res) => res.writeHead(200, { 'content-type': 'application/json', etag: `"${label}"` }).end(body)
  const { runAction } = await import('../../src/orchestrator/run-action.js')
  const { pricesLoader } = await import('../../src/engine/prices-loader.js')
  const recorded = await recordingDeps(h, work, NOW)
  recorded.deps.loadPrices = pricesLoader({ TOKEN_USAGE_ANALYZER_PRICES_URL: `${base}/data.json` })
  await runAction(
    await settingsFor(h, { until: NOW.toISOString(), cache: 'false', labels: label, 'prices-update': 'auto' }),
    recorded.deps,
  )
  const report = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8'))
  const sonnetCost = report.models.find((m: { model: string }) => m.model === 'claude-sonnet-4.5')?.costUsd as
    number | null
  return { report, sonnetCost, warnings: recorded.lines.filter((l) => l.startsWith('warning: Price catalogue')) }
}

/** 100K input and 100K output tokens at a catalogue's Sonnet 4.5 rates (below its 200K long-context tier). */
function sonnetCostIn(providers: CatalogueData): number {
  const prices = sonnetOf(providers).prices as Record<string, number | { base: number }>
  const rate = (key: string) => {
    const value = prices[key]
    return typeof value === 'object' ? value.base : (value ?? 0)
  }
  return (rate('input_mtok') + rate('output_mtok')) / 10
}

test('a negative price is refused naming the model, the field and the value: one warning, the bundled prices', async () => {
  const providers = copy()
  ;(sonnetOf(providers).prices as Record<string, unknown>).input_mtok = -3
  const { report, sonnetCost, warnings } = await runDaily(providers, 'negative-price')
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain(`model '${SONNET}' of provider 'anthropic': input_mtok is -3`)
  expect(warnings[0]).toContain('using the bundled prices')
  expect(report.prices).toMatchObject({ source: 'bundled', fetchedAt: null })
  expect(sonnetCost).toBeCloseTo(sonnetCostIn(bundled), 9)
})

test('a zero price of a priced model is used and named in one warning', async () => {
  const providers = copy()
  sonnetOf(providers).prices = { input_mtok: 3, output_mtok: 0 }
  const { report, sonnetCost, warnings } = await runDaily(providers, 'zero-price')
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain(`zero prices: model '${SONNET}' of provider 'anthropic': output_mtok is 0`)
  expect(report.prices).toMatchObject({ source: 'remote', version: '"zero-price"' })
  expect(sonnetCost).toBeCloseTo(3 / 10, 9)
})

test('a catastrophic expression is matched in linear time: the run finishes, the long name is unpriced', async () => {
  const providers = copy()
  anthropic(providers).models.unshift({
    id: 'backtracker',
    match: { regex: '(a+)+$' },
    prices: { input_mtok: 9, output_mtok: 90 },
  })
  const { report, sonnetCost, warnings } = await runDaily(providers, 'catastrophic-regex')
  expect(warnings).toEqual([])
  expect(report.prices).toMatchObject({ source: 'remote', version: '"catastrophic-regex"' })
  expect(report.unpricedModels).toEqual([{ provider: 'anthropic', model: LONG_NAME, requests: 1 }])
  expect(sonnetCost).toBeCloseTo(sonnetCostIn(bundled), 9)
})
