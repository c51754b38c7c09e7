// prices-update through the engine: the catalogue is loaded before any run is priced, named in the result,
// its failure is one warning, and a remote catalogue keys the summary cache apart. No network: loadPrices is a fake.
import { jest } from '@jest/globals'
import { NullSummaryCache, summaryFingerprintOf } from '../../src/collect/summary-cache.js'
import type { CollectionRequest } from '../../src/engine/repository-report.js'
import { DEFAULT_FLAG_THRESHOLDS } from '../../src/analysis/flags/flags.js'
import type { PriceCatalogue, PriceUpdateMode } from '../../src/usage/price-catalogue.js'
import { PRICE_CATALOGUE_VERSION } from '../../src/versions.js'
import { startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'

jest.setTimeout(60_000)

let h: CollectorHarness
beforeAll(async () => {
  h = await startCollectorHarness()
})
afterAll(async () => {
  await h?.close()
})

const now = new Date('2026-12-01T05:00:00Z')
function request(pricesUpdate?: PriceUpdateMode): CollectionRequest {
  return {
    repository: 'octo/repo',
    since: new Date(now.getTime() - 86_400_000),
    until: now,
    artifactNames: ['usage'],
    providers: [],
    tokenSemantics: {},
    priceOverrides: {},
    thresholds: DEFAULT_FLAG_THRESHOLDS,
    concurrency: 1,
    apiReserve: 0,
    ...(pricesUpdate ? { pricesUpdate } : {}),
  }
}

async function collect(pricesUpdate: PriceUpdateMode | undefined, catalogue?: PriceCatalogue) {
  const { collectAndAnalyse } = await import('../../src/engine/repository-report.js')
  const fingerprints: string[] = []
  const asked: PriceUpdateMode[] = []
  h.logger.lines.length = 0
  const result = await collectAndAnalyse(request(pricesUpdate), {
    runs: h.client(),
    openSummaryCache: (fingerprint) => {
      fingerprints.push(fingerprint)
      return new NullSummaryCache()
    },
    log: h.logger,
    clock: () => now,
    ...(catalogue
      ? {
          loadPrices: async (update: PriceUpdateMode) => {
            asked.push(update)
            return catalogue
          },
        }
      : {}),
  })
  return { result, fingerprints, asked, lines: [...h.logger.lines] }
}

const bundledFingerprint = summaryFingerprintOf({
  repository: 'octo/repo',
  artifactNames: ['usage'],
  providers: [],
  tokenSemantics: {},
  priceOverrides: {},
})

test('without a loader the bundled catalogue prices, whatever the setting', async () => {
  const { result, fingerprints } = await collect('auto')
  expect(result.prices).toEqual({ source: 'bundled', version: PRICE_CATALOGUE_VERSION, fetchedAt: null })
  expect(fingerprints).toEqual([bundledFingerprint])
})

test('a remote catalogue is named, logged, and keys the cache apart', async () => {
  const remote: PriceCatalogue = { source: 'remote', version: '"etag-7"', fetchedAt: '2026-12-01T04:59:00.000Z' }
  const { result, fingerprints, asked, lines } = await collect('auto', remote)
  expect(asked).toEqual(['auto'])
  expect(result.prices).toEqual(remote)
  expect(fingerprints).toEqual([
    summaryFingerprintOf({ ...request(), priceOverrides: {}, priceCatalogue: 'remote:"etag-7"' }),
  ])
  expect(fingerprints[0]).not.toBe(bundledFingerprint)
  expect(lines).toContain('Prices: the remote catalogue "etag-7".')
})

test('a catalogue that could not be loaded is one warning, and the bundled key', async () => {
  const failed: PriceCatalogue = {
    source: 'bundled',
    version: PRICE_CATALOGUE_VERSION,
    fetchedAt: null,
    warning: 'Price catalogue update from https://example.invalid failed (HTTP 500); using the bundled prices.',
  }
  const { result, fingerprints, asked, lines } = await collect(undefined, failed)
  // No setting: off.
  expect(asked).toEqual(['off'])
  expect(result.prices.source).toBe('bundled')
  expect(fingerprints).toEqual([bundledFingerprint])
  expect(lines.filter((line) => line.startsWith('warning: Price catalogue'))).toEqual([`warning: ${failed.warning}`])
})
