/** The cost of one request as `report` would price it: input normalised by the provider's token semantics first. */
import { defaultNormalisationRules, freshInputOf, tokenSemanticsFor } from '../usage/normalise.js'
import { createPriceBook } from '../usage/pricing.js'
import { loadPriceOverrides } from '../settings/price-file.js'

export interface LoggedRequest {
  provider: string
  model: string
  /** As the provider reports it (for openai and copilot: the whole prompt, cache read included). */
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  timestamp: string
}

/** The request's cost in USD with the bundled prices and the overrides file, if any; null when unpriced. */
export async function costOfRequest(request: LoggedRequest, pricingFile?: string): Promise<number | null> {
  const priceBook = createPriceBook(pricingFile ? await loadPriceOverrides(pricingFile) : undefined)
  const inclusive = tokenSemanticsFor(request.provider, defaultNormalisationRules) === 'inclusive'
  const priced = priceBook.price(
    request.provider,
    request.model,
    {
      inputTokens: freshInputOf(request.inputTokens, request.cacheReadTokens, inclusive),
      outputTokens: request.outputTokens,
      cacheReadTokens: request.cacheReadTokens,
      cacheWriteTokens: request.cacheWriteTokens,
    },
    request.timestamp,
  )
  return priced ? priced.costUsd : null
}
