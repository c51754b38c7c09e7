/**
 * The price table: the part of a genai-prices catalogue that pricing reads (provider and model matching, the four
 * token rates and the per-request fee, with their date and time-of-day constraints), without names, descriptions,
 * extractors or other units. The bundled one is written at build time (scripts/generate-price-table.ts) as JSON,
 * which starts in a millisecond where genai-prices' catalogue is 0.83 MB of JavaScript to compile; a remote
 * catalogue goes through the same `priceTableOf`, which also refuses prices no provider charges.
 */
import type { MatchLogic } from '@pydantic/genai-prices'

export type { MatchLogic }

/** A $/M (or $/K requests) price, flat or long-context tiered (tier chosen by the request's total input). */
export type TableRate = number | { base: number; tiers: { start: number; price: number }[] }

/** The price keys pricing charges; a catalogue's other units (audio, images, searches) are left out. */
export const chargedPriceKeys = [
  'input_mtok',
  'output_mtok',
  'cache_read_mtok',
  'cache_write_mtok',
  'requests_kcount',
] as const
export type ChargedPriceKey = (typeof chargedPriceKeys)[number]
export type TablePrices = Partial<Record<ChargedPriceKey, TableRate>>

export type TableConstraint =
  { type: 'start_date'; start_date: string } | { type: 'time_of_date'; start_time: string; end_time: string }

export interface TableModel {
  id: string
  match: MatchLogic
  /** One price, or entries of which the last whose constraint holds applies (else the first), as genai-prices. */
  prices: TablePrices | { constraint?: TableConstraint; prices: TablePrices }[]
}

export interface TableProvider {
  id: string
  provider_match?: MatchLogic
  model_match?: MatchLogic
  fallback_model_providers?: string[]
  models: TableModel[]
}

export interface PriceTable {
  /** The catalogue it was made from (`@pydantic/genai-prices@0.1.8` for the bundled one). */
  version: string
  providers: TableProvider[]
}

/**
 * The bundled table as stored (price-catalogue-data.json): each provider's models as a JSON text of their own,
 * parsed the first time a name is looked up in that provider, so a report of Anthropic and OpenAI models parses
 * 25 KB of the 277 KB (OpenRouter alone is 98 KB).
 */
export interface StoredPriceTable {
  version: string
  providers: (Omit<TableProvider, 'models'> & { models: string })[]
}

export function storedPriceTable(table: PriceTable): StoredPriceTable {
  return {
    version: table.version,
    providers: table.providers.map((provider) => ({ ...provider, models: JSON.stringify(provider.models) })),
  }
}

/** The table of a stored one, each provider's models parsed on first use. */
export function priceTableOfStored(stored: StoredPriceTable): PriceTable {
  const providers = stored.providers.map((provider): TableProvider => {
    let models: TableModel[] | undefined
    return {
      ...provider,
      get models(): TableModel[] {
        return (models ??= JSON.parse(provider.models) as TableModel[])
      },
    }
  })
  return { version: stored.version, providers }
}

/** A catalogue as genai-prices (and its remote JSON) spells it: only what `priceTableOf` reads is typed. */
export interface CatalogueProvider {
  id: string
  provider_match?: MatchLogic
  model_match?: MatchLogic
  fallback_model_providers?: string[]
  models: {
    id: string
    match: MatchLogic
    prices: Record<string, unknown> | { constraint?: unknown; prices: unknown }[]
  }[]
}

/** Token price keys whose 0 is worth a warning: a model that charges nothing for input or output is a typo. */
const tokenKeys = new Set<string>(['input_mtok', 'output_mtok', 'cache_read_mtok', 'cache_write_mtok'])

class Where {
  constructor(
    readonly provider: string,
    readonly model: string,
  ) {}
  toString(): string {
    return `model '${this.model}' of provider '${this.provider}'`
  }
}

function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

const isPrice = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Checks one price (every key, charged or not, as genai-prices refuses them all); returns it when it is charged. */
function checkedRate(value: unknown, field: string, where: Where, zeros: string[]): TableRate | undefined {
  const refuse = (path: string, got: unknown, why: string) => new Error(`${where}: ${path} is ${quoted(got)} (${why})`)
  const checkNumber = (path: string, got: unknown) => {
    if (!isPrice(got)) throw refuse(path, got, 'a price must be a finite number')
    if (got < 0) throw refuse(path, got, 'a price must be 0 or more')
    if (got === 0 && tokenKeys.has(field)) zeros.push(`${where}: ${path} is 0`)
  }
  if (value === undefined || value === null) return undefined
  if (typeof value === 'object' && !Array.isArray(value)) {
    const { base, tiers } = value as { base?: unknown; tiers?: unknown }
    checkNumber(`${field}.base`, base)
    if (!Array.isArray(tiers)) throw refuse(`${field}.tiers`, tiers, 'tiers must be a list')
    const checked = tiers.map((tier: { start?: unknown; price?: unknown }, i) => {
      const start = tier?.start
      if (typeof start !== 'number' || !Number.isSafeInteger(start) || start < 0) {
        throw refuse(`${field}.tiers[${i}].start`, start, 'a tier starts at a whole number of tokens, 0 or more')
      }
      checkNumber(`${field}.tiers[${i}].price`, tier.price)
      return { start, price: tier.price as number }
    })
    return { base: base as number, tiers: checked }
  }
  checkNumber(field, value)
  return value as number
}

function tablePrices(prices: unknown, where: Where, zeros: string[]): TablePrices {
  if (typeof prices !== 'object' || prices === null || Array.isArray(prices)) {
    throw new Error(`${where}: prices is ${quoted(prices)} (expected a mapping of price keys)`)
  }
  const out: TablePrices = {}
  for (const [key, value] of Object.entries(prices)) {
    const rate = checkedRate(value, key, where, zeros)
    if (rate !== undefined && (chargedPriceKeys as readonly string[]).includes(key)) out[key as ChargedPriceKey] = rate
  }
  return out
}

/** `YYYY-MM-DD`, a real day. */
function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

/** `hh:mm:ss[.fff](Z|±hh:mm)`, as genai-prices reads a time-of-day constraint. */
export function isTimeOfDay(value: unknown): value is string {
  const m =
    typeof value === 'string' ? /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(value) : null
  if (!m) return false
  const [, h, min, s, oh = '00', om = '00'] = m
  return Number(h) <= 23 && Number(min) <= 59 && Number(s) <= 59 && oh <= '23' && om <= '59'
}

/** The constraint in genai-prices' normal form (`type` added when the catalogue leaves it out), or an error. */
function tableConstraint(constraint: unknown, where: Where): TableConstraint {
  const c = (typeof constraint === 'object' && constraint !== null ? constraint : {}) as Record<string, unknown>
  const keys = Object.keys(c).filter((key) => key !== 'type')
  const typeOk = (type: string) => c.type === undefined || c.type === type
  if (typeOk('start_date') && keys.length === 1 && isDay(c.start_date)) {
    return { type: 'start_date', start_date: c.start_date }
  }
  if (typeOk('time_of_date') && keys.length === 2 && isTimeOfDay(c.start_time) && isTimeOfDay(c.end_time)) {
    return { type: 'time_of_date', start_time: c.start_time, end_time: c.end_time }
  }
  throw new Error(`${where}: constraint is ${quoted(constraint)} (expected a start date or a time-of-day window)`)
}

/**
 * The price table of a catalogue. Throws on a price no catalogue should hold (negative, not a number, a broken tier
 * or constraint), naming the model and the field and quoting the value; `zeros` receives each token price of 0.
 */
export function priceTableOf(
  providers: readonly CatalogueProvider[],
  version: string,
  zeros: string[] = [],
): PriceTable {
  const table: TableProvider[] = providers.map((provider) => ({
    id: provider.id,
    ...(provider.provider_match ? { provider_match: provider.provider_match } : {}),
    ...(provider.model_match ? { model_match: provider.model_match } : {}),
    ...(provider.fallback_model_providers ? { fallback_model_providers: provider.fallback_model_providers } : {}),
    models: provider.models.map((model): TableModel => {
      const where = new Where(provider.id, model.id)
      if (Array.isArray(model.prices) && model.prices.length === 0) {
        throw new Error(`${where}: prices is [] (expected a price or a list of dated prices)`)
      }
      const prices = Array.isArray(model.prices)
        ? model.prices.map((entry) => ({
            ...(entry.constraint !== undefined ? { constraint: tableConstraint(entry.constraint, where) } : {}),
            prices: tablePrices(entry.prices, where, zeros),
          }))
        : tablePrices(model.prices, where, zeros)
      return { id: model.id, match: model.match, prices }
    }),
  }))
  return { version, providers: table }
}
