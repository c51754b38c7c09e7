import { canonicalModelName } from './model-name.js'
import { activePriceLookup } from './price-catalogue.js'
import { pricesAt } from './price-catalogue-match.js'
import type { TableModel, TablePrices, TableRate } from './price-catalogue-table.js'
import type { CostByType, TokenCounts } from './run-summary.js'

/** User prices for one model, in USD per million tokens. Cache rates default to the input rate when absent. */
export interface PriceOverride {
  input: number
  output: number
  cacheRead?: number
  cacheWrite?: number
}

/** Keyed by canonical model name (raw spellings are accepted in files and canonicalised on parse). */
export type PriceOverrides = Record<string, PriceOverride>

/** Prices one request of one model; the resolved rates live inside, so per-request work is arithmetic only. */
export interface RequestPricer {
  /**
   * Adds this request's cost to `into` and returns the request's total in USD. `baseRates`: price sums of many
   * requests (a run's `agent_usage.json` totals) at the base rates, as long-context tiers apply per request only.
   */
  addCost(tokens: TokenCounts, into: CostByType, timestamp?: string, baseRates?: boolean): number
}

export interface PriceBook {
  /** Cost of one request (normalised tokens); null when no price covers the model. */
  price(
    provider: string,
    model: string,
    tokens: TokenCounts,
    timestamp?: string,
  ): { costUsd: number; cost: CostByType } | null
  /** Fast path for the reader: resolve once per (provider, model), then price each request. Optional for fakes. */
  pricerFor?(provider: string, model: string): RequestPricer | null
}

/** A $/M rate, either flat or long-context tiered (tier chosen by the request's TOTAL input, cache included). */
type Rate = number | { base: number; tiers: { start: number; price: number }[] }

interface Rates {
  input: Rate
  output: Rate
  cacheRead: Rate
  cacheWrite: Rate
  /** Flat fee per request in USD (`requests_kcount`), counted as input cost. */
  perRequest: number
}

/** Our provider names → genai-prices provider ids. Copilot, opencode and unknown resell other vendors' models. */
const catalogProviderIds: Record<string, string> = {
  anthropic: 'anthropic',
  openai: 'openai',
  gemini: 'google',
}

function rateAt(rate: Rate, totalInput: number): number {
  if (typeof rate === 'number') return rate
  // Same rule as genai-prices: a tier applies when the request's total input is greater than its start, and then
  // to all of the request's tokens (Anthropic's >200K rule).
  let price = rate.base
  for (const tier of rate.tiers) if (totalInput > tier.start) price = tier.price
  return price
}

function toRate(value: TableRate | undefined): Rate | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number') return value
  return { base: value.base, tiers: [...value.tiers].sort((a, b) => a.start - b.start) }
}

/** genai-prices decomposes total input: a cache kind without its own price is charged at the input rate. */
function ratesFromModelPrice(price: TablePrices): Rates {
  const input = toRate(price.input_mtok) ?? 0
  const requests = price.requests_kcount
  return {
    input,
    output: toRate(price.output_mtok) ?? 0,
    cacheRead: toRate(price.cache_read_mtok) ?? input,
    cacheWrite: toRate(price.cache_write_mtok) ?? input,
    perRequest: typeof requests === 'number' ? requests / 1000 : 0,
  }
}

class RatesPricer implements RequestPricer {
  readonly #r: Rates
  readonly #flat: boolean
  readonly #input: number
  readonly #output: number
  readonly #cacheRead: number
  readonly #cacheWrite: number

  constructor(rates: Rates) {
    this.#r = rates
    this.#flat = [rates.input, rates.output, rates.cacheRead, rates.cacheWrite].every((r) => typeof r === 'number')
    // $/M → $/token once, so the flat path is four multiplications.
    this.#input = this.#flat ? (rates.input as number) / 1e6 : 0
    this.#output = this.#flat ? (rates.output as number) / 1e6 : 0
    this.#cacheRead = this.#flat ? (rates.cacheRead as number) / 1e6 : 0
    this.#cacheWrite = this.#flat ? (rates.cacheWrite as number) / 1e6 : 0
  }

  addCost(t: TokenCounts, into: CostByType, _timestamp?: string, baseRates = false): number {
    let input: number, output: number, cacheRead: number, cacheWrite: number
    if (this.#flat) {
      input = t.inputTokens * this.#input
      output = t.outputTokens * this.#output
      cacheRead = t.cacheReadTokens * this.#cacheRead
      cacheWrite = t.cacheWriteTokens * this.#cacheWrite
    } else {
      const r = this.#r
      // A total of 0 is above no tier's start: the base rate.
      const total = baseRates ? 0 : t.inputTokens + t.cacheReadTokens + t.cacheWriteTokens
      input = (t.inputTokens * rateAt(r.input, total)) / 1e6
      output = (t.outputTokens * rateAt(r.output, total)) / 1e6
      cacheRead = (t.cacheReadTokens * rateAt(r.cacheRead, total)) / 1e6
      cacheWrite = (t.cacheWriteTokens * rateAt(r.cacheWrite, total)) / 1e6
    }
    input += this.#r.perRequest
    into.input += input
    into.output += output
    into.cacheRead += cacheRead
    into.cacheWrite += cacheWrite
    return input + output + cacheRead + cacheWrite
  }
}

/**
 * Models whose catalog prices changed over time (`start_date` constraints, e.g. Sonnet 4.6 dropped its long-context
 * tier on 2026-03-13): each request is priced with the entry in force at its timestamp, chosen as genai-prices does
 * (last matching entry wins, else the first). ISO UTC timestamps are compared as strings, so the hot path parses
 * no dates.
 */
class StartDatePricer implements RequestPricer {
  readonly #entries: { startIso: string | undefined; startMs: number; pricer: RatesPricer }[]
  readonly #fallback: RatesPricer
  readonly #current: RatesPricer
  #lastTimestamp: string | undefined
  #lastPricer: RatesPricer

  constructor(prices: { constraint?: { type: string; start_date?: string }; prices: TablePrices }[]) {
    this.#entries = prices.map((p) => {
      const startMs = p.constraint?.start_date !== undefined ? Date.parse(p.constraint.start_date) : Number.NaN
      return {
        startIso: Number.isNaN(startMs) ? undefined : new Date(startMs).toISOString(),
        startMs,
        pricer: new RatesPricer(ratesFromModelPrice(p.prices)),
      }
    })
    this.#fallback = this.#entries[0]!.pricer
    this.#current = this.#pick(new Date().toISOString())
    this.#lastPricer = this.#current
  }

  #pick(timestamp: string): RatesPricer {
    // `YYYY-MM-DDThh:mm…Z` sorts like time; anything else is parsed.
    const iso = timestamp.length >= 11 && timestamp.charCodeAt(4) === 45 && timestamp.endsWith('Z')
    const ms = iso ? 0 : Date.parse(timestamp)
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      const entry = this.#entries[i]!
      if (entry.startIso === undefined) return entry.pricer
      if (iso ? timestamp >= entry.startIso : ms >= entry.startMs) return entry.pricer
    }
    return this.#fallback
  }

  addCost(t: TokenCounts, into: CostByType, timestamp?: string, baseRates = false): number {
    if (timestamp === undefined) return this.#current.addCost(t, into, undefined, baseRates)
    if (timestamp !== this.#lastTimestamp) {
      this.#lastTimestamp = timestamp
      this.#lastPricer = this.#pick(timestamp)
    }
    return this.#lastPricer.addCost(t, into, undefined, baseRates)
  }
}

/**
 * Prices with other constraints (time-of-day discounts): each request's entry is chosen from its timestamp, as
 * genai-prices does. No model seen in real token files is like this; it is the rare, slower path.
 */
class ConstraintPricer implements RequestPricer {
  readonly #byPrice = new Map<TablePrices, RatesPricer>()

  constructor(private readonly model: TableModel) {}

  addCost(t: TokenCounts, into: CostByType, timestamp?: string, baseRates = false): number {
    const at = timestamp !== undefined ? new Date(timestamp) : new Date()
    const prices = pricesAt(this.model, Number.isNaN(at.getTime()) ? new Date() : at)
    let pricer = this.#byPrice.get(prices)
    if (!pricer) {
      pricer = new RatesPricer(ratesFromModelPrice(prices))
      this.#byPrice.set(prices, pricer)
    }
    return pricer.addCost(t, into, undefined, baseRates)
  }
}

function pricerForModel(model: TableModel): RequestPricer {
  const prices = model.prices
  if (!Array.isArray(prices)) return new RatesPricer(ratesFromModelPrice(prices))
  if (prices.every((p) => p.constraint === undefined || p.constraint.type === 'start_date')) {
    return new StartDatePricer(prices)
  }
  return new ConstraintPricer(model)
}

/**
 * The pricer of `model` in the catalogue in force, found as genai-prices' calcPrice finds it: within the
 * catalogue provider `providerId` when given (`anthropic`, `google`…), else by model name alone. Null when no
 * model matches.
 */
export function catalogueModelPricer(model: string, providerId?: string): RequestPricer | null {
  const found = activePriceLookup().find(model, providerId)
  return found ? pricerForModel(found.model) : null
}

function catalogPricer(provider: string, model: string): RequestPricer | null {
  const providerId = catalogProviderIds[provider]
  const canonical = canonicalModelName(model)
  const attempts: [string, string | undefined][] = []
  if (providerId) attempts.push([model, providerId], [canonical, providerId])
  // Model-name matching without a provider: how Copilot's claude/gpt models find their vendor's price.
  attempts.push([model, undefined], [canonical, undefined])
  for (const [name, id] of attempts) {
    const pricer = catalogueModelPricer(name, id)
    if (pricer) return pricer
  }
  return null
}

function overridePricer(overrides: PriceOverrides | undefined, model: string): RequestPricer | null {
  if (!overrides) return null
  const price = overrides[model] ?? overrides[canonicalModelName(model)]
  if (!price) return null
  return new RatesPricer({
    input: price.input,
    output: price.output,
    cacheRead: price.cacheRead ?? price.input,
    cacheWrite: price.cacheWrite ?? price.input,
    perRequest: 0,
  })
}

/**
 * Prices from the genai-prices catalog, with user overrides taking precedence. Each (provider, model) is resolved
 * once and cached (null included, so an unpriced model costs one failed lookup per run, not one per request).
 */
export function createPriceBook(overrides?: PriceOverrides): PriceBook {
  const resolved = new Map<string, Map<string, RequestPricer | null>>()
  const pricerFor = (provider: string, model: string): RequestPricer | null => {
    let byModel = resolved.get(provider)
    if (!byModel) {
      byModel = new Map()
      resolved.set(provider, byModel)
    }
    let pricer = byModel.get(model)
    if (pricer === undefined) {
      pricer = overridePricer(overrides, model) ?? catalogPricer(provider, model)
      byModel.set(model, pricer)
    }
    return pricer
  }
  return {
    pricerFor,
    price(provider, model, tokens, timestamp) {
      const pricer = pricerFor(provider, model)
      if (!pricer) return null
      const cost: CostByType = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
      const costUsd = pricer.addCost(tokens, cost, timestamp)
      return { costUsd, cost }
    },
  }
}
