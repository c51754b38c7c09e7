// The bundled price table (written at build time from @pydantic/genai-prices) prices exactly as the package's own
// catalogue and calcPrice: every model of every provider, under its own id and the names its match rules spell,
// with and without the provider, at dates around every price change and times around every time-of-day window.
import { calcPrice, REMOTE_DATA_JSON_URL, waitForUpdate, type MatchLogic, type Provider } from '@pydantic/genai-prices'
import { readFileSync } from 'node:fs'
import { defaultPriceCatalogueUrl, activePriceLookup, useBundledPrices } from '../../src/usage/price-catalogue.js'
import { priceTableOf, storedPriceTable, type CatalogueProvider } from '../../src/usage/price-catalogue-table.js'
import { catalogueModelPricer } from '../../src/usage/pricing.js'
import type { CostByType, TokenCounts } from '../../src/usage/run-summary.js'
import { PRICE_CATALOGUE_VERSION } from '../../src/versions.js'

let providers: Provider[]
beforeAll(async () => {
  await useBundledPrices()
  providers = (await waitForUpdate())!
})

test('the committed table is the one the installed genai-prices gives (npm run build rewrites it)', () => {
  const committed = readFileSync(new URL('../../src/usage/price-catalogue-data.json', import.meta.url), 'utf8')
  const fresh = priceTableOf(providers as unknown as CatalogueProvider[], PRICE_CATALOGUE_VERSION)
  expect(committed).toBe(`${JSON.stringify(storedPriceTable(fresh))}\n`)
  expect(defaultPriceCatalogueUrl).toBe(REMOTE_DATA_JSON_URL)
})

/** The names a model's rules spell out (`equals`, `starts_with`), besides its id. */
function spelledNames(logic: MatchLogic, into: Set<string>): Set<string> {
  if ('or' in logic) logic.or.forEach((part) => spelledNames(part, into))
  else if ('and' in logic) logic.and.forEach((part) => spelledNames(part, into))
  else if ('equals' in logic) into.add(logic.equals)
  else if ('starts_with' in logic) into.add(logic.starts_with)
  return into
}

/** Instants around each of the model's price changes and time-of-day windows, besides a few fixed ones. */
function instantsFor(model: Provider['models'][number]): Date[] {
  const instants = ['2024-06-01T12:00:00Z', '2025-10-01T03:00:00Z', '2026-03-13T00:00:00Z', '2026-12-07T18:30:00Z']
  const dates = instants.map((iso) => new Date(iso))
  for (const entry of Array.isArray(model.prices) ? model.prices : []) {
    const c = entry.constraint as Record<string, string> | undefined
    if (c?.start_date) {
      const start = Date.parse(`${c.start_date}T00:00:00Z`)
      dates.push(new Date(start - 1), new Date(start))
    }
    for (const time of [c?.start_time, c?.end_time]) {
      if (!time) continue
      const at = Date.parse(`2026-06-15T${time}`)
      dates.push(new Date(at - 1000), new Date(at), new Date(at + 1000))
    }
  }
  return dates
}

const tokenSets: TokenCounts[] = [
  { inputTokens: 1_000, outputTokens: 500, cacheReadTokens: 3_000, cacheWriteTokens: 200 },
  // 220,000 input tokens in all: over the 200K long-context tiers.
  { inputTokens: 150_000, outputTokens: 2_000, cacheReadTokens: 60_000, cacheWriteTokens: 10_000 },
  { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 },
]

function theirs(name: string, providerId: string | undefined, t: TokenCounts, at: Date) {
  try {
    return calcPrice(
      {
        input_tokens: t.inputTokens + t.cacheReadTokens + t.cacheWriteTokens,
        output_tokens: t.outputTokens,
        cache_read_tokens: t.cacheReadTokens,
        cache_write_tokens: t.cacheWriteTokens,
      },
      name,
      { ...(providerId ? { providerId } : {}), timestamp: at },
    )
  } catch {
    return null
  }
}

test('every model of the bundled catalogue: the same model and the same cost as calcPrice', () => {
  let compared = 0
  const mismatches: string[] = []
  for (const provider of providers) {
    for (const model of provider.models) {
      const names = [...spelledNames(model.match, new Set([model.id]))]
      for (const name of names) {
        for (const providerId of [provider.id, undefined]) {
          const found = activePriceLookup().find(name, providerId)
          const pricer = catalogueModelPricer(name, providerId)
          for (const at of instantsFor(model)) {
            for (const t of tokenSets) {
              const reference = theirs(name, providerId, t, at)
              const into: CostByType = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
              const ours = pricer ? pricer.addCost(t, into, at.toISOString()) : null
              compared++
              const label = `${provider.id}/${model.id} as '${name}' (${providerId ?? 'no provider'}) at ${at.toISOString()}`
              if ((reference === null) !== (ours === null)) {
                mismatches.push(`${label}: theirs ${reference?.total_price ?? null}, ours ${ours}`)
              } else if (reference && ours !== null) {
                if (found?.model.id !== reference.model.id || found.provider.id !== reference.provider.id) {
                  mismatches.push(
                    `${label}: theirs ${reference.provider.id}/${reference.model.id}, ours ${found?.model.id}`,
                  )
                }
                const expected = reference.total_price
                if (Math.abs(ours - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
                  mismatches.push(`${label}: theirs $${expected}, ours $${ours}`)
                }
                expect(into.input + into.output + into.cacheRead + into.cacheWrite).toBeCloseTo(ours, 12)
              }
            }
          }
        }
      }
    }
  }
  expect(mismatches.slice(0, 20)).toEqual([])
  // Every model, several names and instants each.
  expect(compared).toBeGreaterThan(providers.reduce((n, p) => n + p.models.length, 0) * 2 * 4 * tokenSets.length)
})
