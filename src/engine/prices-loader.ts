/**
 * The price-catalogue loader the action and the CLI inject: `loadPriceCatalogue` with the remote catalogue's URL
 * from TOKEN_USAGE_ANALYZER_PRICES_URL when set (tests point it at a local server; a mirror can too), else
 * genai-prices' own.
 */
import { loadPriceCatalogue, type PriceCatalogue, type PriceUpdateMode } from '../usage/price-catalogue.js'

export const PRICES_URL_VARIABLE = 'TOKEN_USAGE_ANALYZER_PRICES_URL'

export function pricesLoader(
  env: { readonly TOKEN_USAGE_ANALYZER_PRICES_URL?: string } = process.env,
): (update: PriceUpdateMode) => Promise<PriceCatalogue> {
  const url = env[PRICES_URL_VARIABLE]?.trim()
  return (update) => loadPriceCatalogue({ update, ...(url ? { url } : {}) })
}
