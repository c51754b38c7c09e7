/**
 * The price catalogue in force: the snapshot bundled with `@pydantic/genai-prices`, or its maintained remote copy.
 * Catalogues go stale within weeks (new models ship monthly), so by default the remote one is tried first, as
 * LiteLLM and ccusage do, with the bundled snapshot as the offline fallback. Pure of @actions: the caller prints the
 * warning and names the catalogue in its report.
 */
import { createHash } from 'node:crypto'
import { PRICE_CATALOGUE_VERSION } from '../versions.js'
import { nativeRegex, PriceLookup, pricesAt, regexesOf } from './price-catalogue-match.js'
import {
  priceTableOf,
  priceTableOfStored,
  type CatalogueProvider,
  type PriceTable,
  type StoredPriceTable,
} from './price-catalogue-table.js'
// Written at build time from @pydantic/genai-prices (scripts/generate-price-table.ts): JSON parses in a
// millisecond, where the package's catalogue is 0.83 MB of JavaScript to compile at every start.
import bundledData from './price-catalogue-data.json' with { type: 'json' }

/** `auto`: try the remote catalogue, fall back to the bundled one; `off`: the bundled one, no network. */
export type PriceUpdateMode = 'auto' | 'off'

export interface PriceCatalogueOptions {
  update: PriceUpdateMode
  /** The remote catalogue (default: genai-prices' own, `REMOTE_DATA_JSON_URL`). */
  url?: string
  /** For the whole download, headers and body (default 10 s). */
  timeoutMs?: number
  /** Largest body accepted (default 16 MiB; the catalogue is about 1 MB). */
  maxBytes?: number
  /** For tests and proxies (default: the global fetch). */
  fetch?: typeof globalThis.fetch
  now?: () => Date
}

/** Which catalogue prices this report: named in the JSON and the footer. */
export interface PriceCatalogue {
  source: 'bundled' | 'remote'
  /** `@pydantic/genai-prices@0.1.8` for the bundled one; for the remote one its ETag or a hash of its content. */
  version: string
  /** When the remote catalogue was fetched (ISO); null for the bundled one. */
  fetchedAt: string | null
  /**
   * One line for the log: why the remote catalogue was not used, when it was tried and failed; or, when it is
   * used, the zero prices it holds and the regular expressions of it that were refused.
   */
  warning?: string
}

export const defaultPriceTimeoutMs = 10_000
export const defaultPriceMaxBytes = 16 * 1024 * 1024
/** genai-prices' maintained remote catalogue (its `REMOTE_DATA_JSON_URL`), named here so settings and docs can. */
export const defaultPriceCatalogueUrl =
  'https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json'

/** Providers the tool prices with; a catalogue without them is not one to trust. */
const requiredProviders = ['anthropic', 'openai', 'google']

/** A model every catalogue since 2025 prices, checked after installing: a catalogue that cannot price it is undone. */
const probe = { model: 'claude-sonnet-4-5', providerId: 'anthropic' }

const bundledTable = priceTableOfStored(bundledData as StoredPriceTable)
let bundled: PriceLookup | null = null
let active: PriceLookup | null = null

/** The bundled catalogue, searched with JavaScript's RegExp: its expressions were vetted when it was built. */
function bundledLookup(): PriceLookup {
  return (bundled ??= new PriceLookup(bundledTable, nativeRegex))
}

/** The catalogue every price book made from now on resolves its models in. */
export function activePriceLookup(): PriceLookup {
  return (active ??= bundledLookup())
}

/** How many of a list a warning line quotes before "and N more". */
const quotedInWarning = 5

function listed(items: string[]): string {
  const shown = items.slice(0, quotedInWarning).join('; ')
  return items.length > quotedInWarning ? `${shown}; and ${items.length - quotedInWarning} more` : shown
}

/** Reads at most `maxBytes` of the body, or throws naming the limit. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new Error(`it is ${declared} bytes, over the limit of ${maxBytes}`)
  }
  if (!response.body) return ''
  const chunks: Uint8Array[] = []
  let bytes = 0
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength
    if (bytes > maxBytes) throw new Error(`it is over the limit of ${maxBytes} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, bytes).toString('utf8')
}

function describeError(error: unknown, timeoutMs: number): string {
  // fetch rejects with a DOMException, which is not an Error in every realm: its name tells.
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`
  const message = error instanceof Error ? error.message : String(error)
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
  return `${message}${cause}`.slice(0, 200)
}

/** The remote table ready to search (its new expressions in a linear-time engine), or why it is not usable. */
async function remoteLookup(
  providers: CatalogueProvider[],
  version: string,
  now: Date,
): Promise<{ lookup: PriceLookup; notes: string[] } | { why: string }> {
  const zeros: string[] = []
  let table: PriceTable
  try {
    table = priceTableOf(providers, version, zeros)
  } catch (error) {
    return { why: (error as Error).message }
  }
  const { remoteRegexes } = await import('./price-catalogue-regex.js')
  const { regex, refused } = await remoteRegexes(regexesOf(table), new Set(regexesOf(bundledTable).keys()))
  const lookup = new PriceLookup(table, regex)
  const found = lookup.find(probe.model, probe.providerId)
  const input = found ? pricesAt(found.model, now).input_mtok : undefined
  const rate = typeof input === 'object' ? input.base : input
  if (!(rate !== undefined && rate > 0)) return { why: `it has no price for ${probe.model}` }
  const notes = [
    ...(zeros.length > 0 ? [`zero prices: ${listed(zeros)}`] : []),
    ...(refused.length > 0 ? [`${listed(refused)}; those models are matched without it`] : []),
  ]
  return { lookup, notes }
}

/**
 * Loads the catalogue to price with. With `update: 'auto'` it fetches the remote catalogue (within `timeoutMs`, at
 * most `maxBytes`), validates it and installs it for every later price lookup; on any failure (network, status,
 * size, not JSON, not a catalogue, a negative or broken price, cannot price a known model) the bundled snapshot
 * stays and `warning` says why. A remote catalogue is data from the network: its zero prices are named in
 * `warning`, and its regular expressions never backtrack without bound (price-catalogue-regex.ts).
 * Call it before `createPriceBook`, whose pricers resolve once. Models neither catalogue knows stay unpriced.
 */
export async function loadPriceCatalogue(options: PriceCatalogueOptions): Promise<PriceCatalogue> {
  const bundledCatalogue: PriceCatalogue = { source: 'bundled', version: PRICE_CATALOGUE_VERSION, fetchedAt: null }
  if (options.update === 'off') return bundledCatalogue

  const url = options.url ?? defaultPriceCatalogueUrl
  const timeoutMs = options.timeoutMs ?? defaultPriceTimeoutMs
  const maxBytes = options.maxBytes ?? defaultPriceMaxBytes
  const fetchImpl = options.fetch ?? globalThis.fetch
  const now = options.now ?? (() => new Date())
  const fallBack = (why: string): PriceCatalogue => ({
    ...bundledCatalogue,
    warning: `Price catalogue update from ${url} failed (${why}); using the bundled prices.`,
  })

  let text: string
  let etag: string | null
  try {
    const signal = AbortSignal.timeout(timeoutMs)
    const response = await fetchImpl(url, { signal, headers: { accept: 'application/json' }, redirect: 'follow' })
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      return fallBack(`HTTP ${response.status}`)
    }
    etag = response.headers.get('etag')
    text = await readCapped(response, maxBytes)
  } catch (error) {
    return fallBack(describeError(error, timeoutMs))
  }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fallBack(`not JSON: ${(error as Error).message.slice(0, 80)}`)
  }
  // A dynamic import: the schema brings zod, needed only for a remote catalogue (the bundled one is the default).
  const { catalogueSchema, describeSchemaIssue } = await import('./price-catalogue-schema.js')
  const parsed = catalogueSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return fallBack(`not a price catalogue: ${issue ? describeSchemaIssue(issue, 'the catalogue') : 'schema mismatch'}`)
  }
  const ids = new Set(parsed.data.map((provider) => provider.id))
  const missing = requiredProviders.filter((id) => !ids.has(id))
  if (missing.length > 0) return fallBack(`not a price catalogue: no ${missing.join(', ')} provider`)

  const version = etag ?? `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 12)}`
  const remote = await remoteLookup(parsed.data as CatalogueProvider[], version, now())
  if ('why' in remote) return fallBack(`not a usable price catalogue: ${remote.why}`)
  active = remote.lookup
  return {
    source: 'remote',
    version,
    fetchedAt: now().toISOString(),
    ...(remote.notes.length > 0
      ? { warning: `Price catalogue update from ${url} is used, but check it: ${remote.notes.join('; ')}.` }
      : {}),
  }
}

/** Puts the bundled catalogue back (tests; a CLI run that loads twice). */
export async function useBundledPrices(): Promise<void> {
  active = bundledLookup()
}
