/**
 * Finds a model's price in a price table by the rules of genai-prices' `calcPrice`: the provider by id (or its
 * `provider_match`), else the first provider whose `model_match` takes the name; then the provider's first model
 * whose `match` takes the lower-cased name, then its fallback providers' models, then the same with a `-YYYYMMDD`
 * date spelled `-YYYY-MM-DD`; then the price entry in force at the request's time. A test checks every model of the
 * bundled catalogue against `calcPrice`.
 */
import type {
  MatchLogic,
  PriceTable,
  TableConstraint,
  TableModel,
  TablePrices,
  TableProvider,
} from './price-catalogue-table.js'

/**
 * Makes the test of one of the catalogue's regular expressions. Which engine runs it is decided when a table is
 * installed: the bundled catalogue's own expressions run as JavaScript RegExps; a remote catalogue's new ones
 * through a linear-time engine (price-catalogue-regex.ts).
 */
export type RegexTest = (pattern: string) => (lowerName: string) => boolean

type Test = (lowerName: string) => boolean

/** JavaScript's own engine, as genai-prices runs it: for expressions known not to backtrack without bound. */
export const nativeRegex: RegexTest = (pattern) => {
  const expression = new RegExp(pattern)
  return (text) => expression.test(text)
}

function compile(logic: MatchLogic, regex: RegexTest): Test {
  if ('or' in logic) {
    const parts = logic.or.map((part) => compile(part, regex))
    return (text) => parts.some((part) => part(text))
  }
  if ('and' in logic) {
    const parts = logic.and.map((part) => compile(part, regex))
    return (text) => parts.every((part) => part(text))
  }
  if ('equals' in logic) {
    const value = logic.equals.toLowerCase()
    return (text) => text === value
  }
  if ('starts_with' in logic) {
    const value = logic.starts_with.toLowerCase()
    return (text) => text.startsWith(value)
  }
  if ('ends_with' in logic) {
    const value = logic.ends_with.toLowerCase()
    return (text) => text.endsWith(value)
  }
  if ('contains' in logic) {
    const value = logic.contains.toLowerCase()
    return (text) => text.includes(value)
  }
  if ('regex' in logic) return regex(logic.regex)
  return () => false
}

/** Every regular expression of a table, with where each is used ("model 'x' of provider 'y'"). */
export function regexesOf(table: PriceTable): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const walk = (logic: MatchLogic | undefined, where: string): void => {
    if (!logic) return
    if ('or' in logic) logic.or.forEach((part) => walk(part, where))
    else if ('and' in logic) logic.and.forEach((part) => walk(part, where))
    else if ('regex' in logic) found.set(logic.regex, [...(found.get(logic.regex) ?? []), where])
  }
  for (const provider of table.providers) {
    walk(provider.provider_match, `provider '${provider.id}'`)
    walk(provider.model_match, `provider '${provider.id}'`)
    for (const model of provider.models) walk(model.match, `model '${model.id}' of provider '${provider.id}'`)
  }
  return found
}

const datedId = /(-)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=-|:|$)/g

/** `claude-x-20251001` → `claude-x-2025-10-01` (real days only), genai-prices' second try. */
function withDashedDates(name: string): string {
  return name.replace(datedId, (whole, dash: string, y: string, m: string, d: string) => {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
    const real =
      date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
    return real ? `${dash}${y}-${m}-${d}` : whole
  })
}

export interface FoundModel {
  provider: TableProvider
  model: TableModel
}

/** A price table ready to be searched, its match rules compiled on first use. */
export class PriceLookup {
  readonly #compiled = new WeakMap<MatchLogic, Test>()

  constructor(
    readonly table: PriceTable,
    private readonly regex: RegexTest,
  ) {}

  #matches(logic: MatchLogic, lowerName: string): boolean {
    let test = this.#compiled.get(logic)
    if (!test) {
      test = compile(logic, this.regex)
      this.#compiled.set(logic, test)
    }
    return test(lowerName)
  }

  #provider(lowerName: string, providerId: string | undefined): TableProvider | undefined {
    const providers = this.table.providers
    if (providerId !== undefined && providerId !== '') {
      const id = providerId.toLowerCase().trim()
      return (
        providers.find((p) => p.id === id) ??
        providers.find((p) => p.provider_match !== undefined && this.#matches(p.provider_match, id))
      )
    }
    return providers.find((p) => p.model_match !== undefined && this.#matches(p.model_match, lowerName))
  }

  #model(provider: TableProvider, lowerName: string, withFallbacks: boolean): TableModel | undefined {
    const model = provider.models.find((m) => this.#matches(m.match, lowerName))
    if (model || !withFallbacks) return model
    for (const id of provider.fallback_model_providers ?? []) {
      const fallback = this.table.providers.find((p) => p.id === id)
      const found = fallback && this.#model(fallback, lowerName, false)
      if (found) return found
    }
    return undefined
  }

  /** The model that prices `name`, searched within `providerId`'s provider when given; null when none does. */
  find(name: string, providerId?: string): FoundModel | null {
    const lowerName = name.toLowerCase().trim()
    const provider = this.#provider(lowerName, providerId)
    if (!provider) return null
    let model = this.#model(provider, lowerName, true)
    if (!model) {
      const dashed = withDashedDates(lowerName)
      if (dashed !== lowerName) model = this.#model(provider, dashed, true)
    }
    return model ? { provider, model } : null
  }
}

/** Seconds after midnight UTC of a time-of-day constraint's `hh:mm:ss[.fff](Z|±hh:mm)`. */
function secondsOfDay(time: string): number {
  const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(time)
  if (!m) throw new Error(`Invalid time-of-day constraint: ${time}`)
  const [, h, min, s, fraction = '', zone, sign, oh = '00', om = '00'] = m
  const offset = (Number(oh) * 60 + Number(om)) * 60
  const local = Number(h) * 3600 + Number(min) * 60 + Number(s) + Number(`0.${fraction}`)
  const shift = zone === 'Z' ? 0 : sign === '+' ? offset : -offset
  return (local - shift + 86_400) % 86_400
}

function holds(constraint: TableConstraint, at: Date): boolean {
  if (constraint.type === 'start_date') return at >= new Date(constraint.start_date)
  const now = at.getUTCHours() * 3600 + at.getUTCMinutes() * 60 + at.getUTCSeconds() + at.getUTCMilliseconds() / 1000
  const start = secondsOfDay(constraint.start_time)
  const end = secondsOfDay(constraint.end_time)
  // A window past midnight (22:00 → 06:00) wraps.
  return end < start ? now >= start || now < end : now >= start && now < end
}

/** The prices in force at `at`: the last entry whose constraint holds (or that has none), else the first. */
export function pricesAt(model: TableModel, at: Date): TablePrices {
  if (!Array.isArray(model.prices)) return model.prices
  for (let i = model.prices.length - 1; i >= 0; i--) {
    const entry = model.prices[i]!
    if (entry.constraint === undefined || holds(entry.constraint, at)) return entry.prices
  }
  return model.prices[0]!.prices
}
