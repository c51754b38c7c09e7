// The remote price catalogue against a local server: nothing here reaches the internet.
import { calcPrice, waitForUpdate } from '@pydantic/genai-prices'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadPriceCatalogue, useBundledPrices } from '../../src/usage/price-catalogue.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import { PRICE_CATALOGUE_VERSION } from '../../src/versions.js'

type Handler = (res: ServerResponse) => void
let server: Server
let base: string
let handler: Handler
let requests = 0

/** The bundled catalogue with Sonnet 4.5 repriced and a model it does not know added. */
async function updatedCatalogue(): Promise<string> {
  const providers = JSON.parse(JSON.stringify(await waitForUpdate())) as {
    id: string
    models: { id: string; match: unknown; prices: unknown }[]
  }[]
  const anthropic = providers.find((p) => p.id === 'anthropic')!
  const sonnet = anthropic.models.find((m) => m.id === 'claude-sonnet-4-5')!
  sonnet.prices = { input_mtok: 4, output_mtok: 20 }
  anthropic.models.push({
    id: 'claude-future-9',
    match: { equals: 'claude-future-9' },
    prices: { input_mtok: 7, output_mtok: 70 },
  })
  return JSON.stringify(providers)
}

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++
    handler(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
afterEach(async () => {
  await useBundledPrices()
})

// 100K tokens: under the 200K long-context tier.
const sonnetPerMillionInput = (): number =>
  calcPrice({ input_tokens: 100_000 }, 'claude-sonnet-4-5', { providerId: 'anthropic' })!.total_price * 10

describe('loadPriceCatalogue', () => {
  test('good data: installed, named remote with its ETag, used by new price books', async () => {
    const body = await updatedCatalogue()
    handler = (res) => res.writeHead(200, { 'content-type': 'application/json', etag: '"v42"' }).end(body)
    const catalogue = await loadPriceCatalogue({
      update: 'auto',
      url: `${base}/data.json`,
      now: () => new Date('2026-12-01T05:00:00Z'),
    })
    expect(catalogue).toEqual({ source: 'remote', version: '"v42"', fetchedAt: '2026-12-01T05:00:00.000Z' })
    expect(sonnetPerMillionInput()).toBeCloseTo(4, 9)
    const book = createPriceBook()
    const tokens = { inputTokens: 1_000_000, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }
    expect(book.price('anthropic', 'claude-future-9', tokens)!.costUsd).toBeCloseTo(7, 9)
    // A model neither catalogue knows stays unpriced, never $0.
    expect(book.price('anthropic', 'claude-unheard-of-1', tokens)).toBeNull()
  })

  test('without an ETag the version is a hash of the content', async () => {
    const body = await updatedCatalogue()
    handler = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body)
    const catalogue = await loadPriceCatalogue({ update: 'auto', url: `${base}/data.json` })
    expect(catalogue.source).toBe('remote')
    expect(catalogue.version).toMatch(/^sha256:[0-9a-f]{12}$/)
  })

  test('off: the bundled catalogue, no request', async () => {
    const before = requests
    expect(await loadPriceCatalogue({ update: 'off', url: `${base}/data.json` })).toEqual({
      source: 'bundled',
      version: PRICE_CATALOGUE_VERSION,
      fetchedAt: null,
    })
    expect(requests).toBe(before)
  })

  const bundledPrice = 3
  test.each<[string, Handler, RegExp, { timeoutMs?: number; maxBytes?: number }]>([
    ['a server error', (res) => res.writeHead(500).end('oops'), /HTTP 500/, {}],
    ['a page of HTML', (res) => res.writeHead(200).end('<html>rate limited</html>'), /not JSON/, {}],
    ['JSON that is not a catalogue', (res) => res.writeHead(200).end('{"providers":[]}'), /not a price catalogue/, {}],
    [
      'a catalogue without the main providers',
      (res) => res.writeHead(200).end(JSON.stringify([{ id: 'x', name: 'X', api_pattern: 'x', models: [] }])),
      /no anthropic, openai, google provider/,
      {},
    ],
    [
      'prices genai-prices refuses',
      (res) =>
        res.writeHead(200).end(
          JSON.stringify(
            ['anthropic', 'openai', 'google'].map((id) => ({
              id,
              name: id,
              api_pattern: id,
              models: [{ id: 'm', match: { equals: 'm' }, prices: { input_mtok: -1 } }],
            })),
          ),
        ),
      /not a usable price catalogue/,
      {},
    ],
    [
      'a catalogue that cannot price a known model',
      (res) =>
        res
          .writeHead(200)
          .end(
            JSON.stringify(
              ['anthropic', 'openai', 'google'].map((id) => ({ id, name: id, api_pattern: id, models: [] })),
            ),
          ),
      /no price for claude-sonnet-4-5/,
      {},
    ],
    [
      'a declared size over the cap',
      (res) => res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)),
      /5000 bytes, over the limit of 1000/,
      { maxBytes: 1000 },
    ],
    [
      'a streamed body over the cap',
      (res) => {
        res.writeHead(200)
        res.write('['.padEnd(800, ' '))
        setTimeout(() => res.end(' '.repeat(800)), 10)
      },
      /over the limit of 1000 bytes/,
      { maxBytes: 1000 },
    ],
    ['no answer in time', () => undefined, /no answer within 0.2 s/, { timeoutMs: 200 }],
    [
      'a body that stops coming',
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('[')
      },
      /no answer within 0.2 s/,
      { timeoutMs: 200 },
    ],
  ])('%s: the bundled catalogue and one warning', async (_label, serve, why, limits) => {
    handler = serve
    const catalogue = await loadPriceCatalogue({ update: 'auto', url: `${base}/data.json`, ...limits })
    expect(catalogue).toMatchObject({ source: 'bundled', version: PRICE_CATALOGUE_VERSION, fetchedAt: null })
    expect(catalogue.warning).toMatch(why)
    expect(catalogue.warning).toContain(`${base}/data.json`)
    expect(sonnetPerMillionInput()).toBeCloseTo(bundledPrice, 9)
  })

  test('a connection refused: the bundled catalogue', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const catalogue = await loadPriceCatalogue({ update: 'auto', url: `http://127.0.0.1:${port}/data.json` })
    expect(catalogue.source).toBe('bundled')
    expect(catalogue.warning).toMatch(/fetch failed|ECONNREFUSED/)
  })
})
