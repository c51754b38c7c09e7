// The remote price catalogue against a local server: nothing here reaches the internet.
import { calcPrice, waitForUpdate } from '@pydantic/genai-prices'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { activePriceLookup, loadPriceCatalogue, useBundledPrices } from '../../src/usage/price-catalogue.js'
import { catalogueModelPricer, createPriceBook } from '../../src/usage/pricing.js'
import { PRICE_CATALOGUE_VERSION } from '../../src/versions.js'

type Handler = (res: ServerResponse) => void
let server: Server
let base: string
let handler: Handler
let requests = 0

type CatalogueData = { id: string; models: { id: string; match: unknown; prices: unknown }[] }[]

/** A copy of the bundled catalogue to edit. */
async function bundledCopy(): Promise<CatalogueData> {
  return JSON.parse(JSON.stringify(await waitForUpdate())) as CatalogueData
}

const modelOf = (providers: CatalogueData, providerId: string, modelId: string) =>
  providers.find((p) => p.id === providerId)!.models.find((m) => m.id === modelId)!

/** The bundled catalogue with Sonnet 4.5 repriced and a model it does not know added. */
async function updatedCatalogue(): Promise<string> {
  const providers = await bundledCopy()
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
  // Idle connections outlive a slow test on a busy machine: a reused socket the server just closed is not the case
  // under test.
  server.keepAliveTimeout = 60_000
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

// 100K tokens: under the 200K long-context tier; priced by the catalogue in force.
const sonnetPerMillionInput = (): number => {
  const into = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
  const tokens = { inputTokens: 100_000, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }
  return catalogueModelPricer('claude-sonnet-4-5', 'anthropic')!.addCost(tokens, into) * 10
}

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

describe('a remote catalogue is data from the network', () => {
  const million = { inputTokens: 1_000_000, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }
  const serve = (providers: CatalogueData) => {
    const body = JSON.stringify(providers)
    handler = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body)
  }
  const load = () => loadPriceCatalogue({ update: 'auto', url: `${base}/data.json` })

  test.each([
    [
      'a flat price',
      (m: { prices: unknown }) => ((m.prices as Record<string, unknown>).input_mtok = -2.5),
      /input_mtok is -2\.5 \(a price must be 0 or more\)/,
    ],
    [
      'a price that is not a number',
      (m: { prices: unknown }) => ((m.prices as Record<string, unknown>).output_mtok = '10'),
      /output_mtok is "10" \(a price must be a finite number\)/,
    ],
    [
      'a tier',
      (m: { prices: unknown }) =>
        ((m.prices as Record<string, unknown>).input_mtok = { base: 2.5, tiers: [{ start: 128_000, price: -5 }] }),
      /input_mtok\.tiers\[0\]\.price is -5/,
    ],
  ])(
    'a negative or broken price (%s) is refused, naming the model and the field: the bundled prices',
    async (_label, edit, field) => {
      const providers = await bundledCopy()
      const gpt4o = modelOf(providers, 'openai', 'gpt-4o')
      const bundledInput = (gpt4o.prices as { input_mtok: number }).input_mtok
      edit(gpt4o)
      serve(providers)
      const catalogue = await load()
      expect(catalogue).toMatchObject({ source: 'bundled', version: PRICE_CATALOGUE_VERSION })
      expect(catalogue.warning).toMatch(/not a usable price catalogue: model 'gpt-4o' of provider 'openai': /)
      expect(catalogue.warning).toMatch(field)
      expect(catalogue.warning).toMatch(/using the bundled prices/)
      expect(createPriceBook().price('openai', 'gpt-4o', million)!.costUsd).toBeCloseTo(bundledInput, 9)
    },
  )

  test('a zero price of a priced model is used, with a warning naming the model and the field', async () => {
    const providers = await bundledCopy()
    modelOf(providers, 'anthropic', 'claude-sonnet-4-5').prices = { input_mtok: 3, output_mtok: 0 }
    serve(providers)
    const catalogue = await load()
    expect(catalogue.source).toBe('remote')
    expect(catalogue.warning).toMatch(
      /zero prices: model 'claude-sonnet-4-5' of provider 'anthropic': output_mtok is 0/,
    )
    expect(catalogue.warning).toContain(`${base}/data.json`)
    const output = { inputTokens: 0, outputTokens: 1_000_000, cacheReadTokens: 0, cacheWriteTokens: 0 }
    expect(createPriceBook().price('anthropic', 'claude-sonnet-4-5', output)!.costUsd).toBe(0)
  })

  test('a good catalogue has no warning', async () => {
    serve(await bundledCopy())
    const catalogue = await load()
    expect(catalogue.source).toBe('remote')
    expect(catalogue.warning).toBeUndefined()
  })

  test('a catastrophic expression runs in linear time: a long name that does not match is unpriced, not a hang', async () => {
    const providers = await bundledCopy()
    // First among Anthropic's models, so every Anthropic name is tried against it.
    providers
      .find((p) => p.id === 'anthropic')!
      .models.unshift({
        id: 'backtracker',
        match: { regex: '(a+)+$' },
        prices: { input_mtok: 9, output_mtok: 90 },
      })
    serve(providers)
    const catalogue = await load()
    expect(catalogue.source).toBe('remote')
    // RE2 can run it: nothing refused.
    expect(catalogue.warning).toBeUndefined()
    const book = createPriceBook()
    // JavaScript's engine takes 2^n steps here: decades for 50,000 letters.
    expect(book.price('anthropic', `${'a'.repeat(50_000)}b`, million)).toBeNull()
    expect(book.price('anthropic', 'aaaa', million)!.costUsd).toBeCloseTo(9, 9)
    expect(book.price('anthropic', 'claude-haiku-4-5', million)!.costUsd).toBeCloseTo(1, 9)
  })

  test('an expression no linear engine runs is refused by name and matches nothing; the rest is used', async () => {
    const providers = await bundledCopy()
    providers
      .find((p) => p.id === 'anthropic')!
      .models.unshift({
        id: 'looker',
        match: { regex: '^(?=(a+)+$)' },
        prices: { input_mtok: 9, output_mtok: 90 },
      })
    serve(providers)
    const catalogue = await load()
    expect(catalogue.source).toBe('remote')
    expect(catalogue.warning).toContain(`regex "^(?=(a+)+$)" of model 'looker' of provider 'anthropic' refused`)
    const book = createPriceBook()
    expect(book.price('anthropic', `${'a'.repeat(50_000)}b`, million)).toBeNull()
    expect(book.price('anthropic', 'aaaa', million)).toBeNull()
    expect(book.price('anthropic', 'claude-haiku-4-5', million)!.costUsd).toBeCloseTo(1, 9)
  })

  test("the bundled catalogue's own look-aheads still match in a remote copy (Gemini 2.5 Pro, not its TTS)", async () => {
    serve(await bundledCopy())
    expect((await load()).source).toBe('remote')
    for (const name of ['gemini-2.5-pro', 'gemini-2.5-pro-preview-06-05', 'gemini-2.5-pro-preview-tts']) {
      const reference = calcPrice({ input_tokens: 1 }, name, { providerId: 'google' })
      expect(activePriceLookup().find(name, 'google')?.model.id).toBe(reference?.model.id)
    }
    expect(activePriceLookup().find('gemini-2.5-pro-preview-tts', 'google')?.model.id).not.toBe('gemini-2.5-pro')
  })
})
