// prices-update: auto through the action's own loader (pricesLoader, its URL from TOKEN_USAGE_ANALYZER_PRICES_URL)
// against a local catalogue server: the report names the catalogue in its JSON and footer; when the server fails,
// one warning and the bundled prices, and a model neither catalogue knows stays unpriced by name while its recorded
// AI credits are still shown. Nothing here reaches the internet.
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
const FUTURE = 'claude-future-9'
const futureRecords = Array.from({ length: 4 }, (_, i) => ({
  request_id: `future-${i}`,
  timestamp: '2026-11-26T02:00:00Z',
  provider: 'anthropic',
  model: FUTURE,
  input_tokens: 1_000_000,
  output_tokens: 0,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
  ai_credits_this_response: 1.25,
}))

/** The bundled catalogue with a model it does not know: $7 per million input tokens. */
async function catalogueWithFuture(): Promise<string> {
  const providers = JSON.parse(JSON.stringify(await waitForUpdate())) as {
    id: string
    models: { id: string; match: unknown; prices: unknown }[]
  }[]
  providers
    .find((p) => p.id === 'anthropic')!
    .models.push({ id: FUTURE, match: { equals: FUTURE }, prices: { input_mtok: 7, output_mtok: 70 } })
  return JSON.stringify(providers)
}

beforeAll(async () => {
  h = await startCollectorHarness()
  work = await mkdtemp(path.join(os.tmpdir(), 'prices-remote-'))
  server = createServer((_req, res) => handler(res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const run = h.gh.addRun({ workflow: 'Future Models', createdAt: new Date(NOW.getTime() - 3_600_000) })
  await h.gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(futureRecords as never) } })
})

// A remote catalogue stays installed for the process: the next test starts from the bundled one.
afterEach(async () => {
  await useBundledPrices()
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function runDaily(label: string) {
  const { runAction } = await import('../../src/orchestrator/run-action.js')
  const { pricesLoader } = await import('../../src/engine/prices-loader.js')
  const recorded = await recordingDeps(h, work, NOW)
  recorded.deps.loadPrices = pricesLoader({ TOKEN_USAGE_ANALYZER_PRICES_URL: `${base}/data.json` })
  await runAction(
    await settingsFor(h, { until: NOW.toISOString(), cache: 'false', labels: label, 'prices-update': 'auto' }),
    recorded.deps,
  )
  const report = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8'))
  return { report, markdown: recorded.summaries[0] ?? '', lines: recorded.lines }
}

test('the remote catalogue prices the report and is named in the JSON and the footer', async () => {
  const body = await catalogueWithFuture()
  handler = (res) => res.writeHead(200, { 'content-type': 'application/json', etag: '"v9"' }).end(body)
  const { report, markdown } = await runDaily('remote-prices')
  expect(report.prices).toEqual({ source: 'remote', version: '"v9"', fetchedAt: expect.any(String) })
  expect(markdown).toContain('Prices: the maintained remote catalogue (v9, fetched')
  // 4 requests of 1M input tokens at $7 per million.
  expect(report.totals.costUsd).toBeCloseTo(28, 9)
  expect(report.unpricedModels).toEqual([])
  // No routing call and no fallback among these records: neither section.
  expect(report.routing.requests).toBe(0)
  expect(report.fallbacks.requests).toBe(0)
  expect(markdown).not.toContain('### Firewall Routing Calls')
  expect(markdown).not.toContain('### Model Fallbacks')
})

test('a failing server: one warning, the bundled prices, the unknown model unpriced by name with its recorded AIC', async () => {
  handler = (res) => res.writeHead(500).end('down')
  const { report, markdown, lines } = await runDaily('bundled-prices')
  expect(lines.filter((l) => l.startsWith('warning: Price catalogue update'))).toHaveLength(1)
  expect(report.prices).toMatchObject({ source: 'bundled', fetchedAt: null })
  expect(markdown).toContain('Prices: the bundled catalogue')
  expect(report.unpricedModels).toEqual([{ provider: 'anthropic', model: FUTURE, requests: 4 }])
  const model = report.models.find((m: { model: string }) => m.model === FUTURE)
  expect(model.costUsd).toBeNull()
  expect(model.aiCredits).toBeCloseTo(4 * 1.25, 9)
  expect(markdown).toMatch(/\| claude-future-9 \| anthropic \| 4 \| 5\.00 AIC \| unpriced \| — \|/)
})
