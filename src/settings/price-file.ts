import type { PriceOverrides } from '../usage/pricing.js'

/**
 * Reads a price file (JSON or YAML). Its parser, the yaml library and the file's zod schema, is a dynamic import:
 * most reports have no price file, and loading them is a measurable part of the CLI's start-up (BENCHMARKS.md).
 */
export async function loadPriceOverrides(file: string): Promise<PriceOverrides> {
  return (await import('./price-overrides-input.js')).loadPriceOverrides(file)
}
