/** The remote price catalogue's schema (price-catalogue.ts loads this module only when it fetches one). */
import { z } from 'zod'

export { describeSchemaIssue } from './schema-wording.js'

/**
 * The shape calcPrice relies on, checked before any of it is used (genai-prices checks prices as it installs
 * them; this catches the rest: a page of HTML, an empty list, a provider without models).
 */
const matchLogic: z.ZodType = z.lazy(() =>
  z.union([
    z.object({ or: z.array(matchLogic) }),
    z.object({ and: z.array(matchLogic) }),
    z.object({ equals: z.string() }),
    z.object({ starts_with: z.string() }),
    z.object({ ends_with: z.string() }),
    z.object({ contains: z.string() }),
    z.object({ regex: z.string() }),
  ]),
)
export const catalogueSchema = z
  .array(
    z.looseObject({
      id: z.string().min(1),
      name: z.string(),
      api_pattern: z.string(),
      models: z.array(
        z.looseObject({
          id: z.string().min(1),
          match: matchLogic,
          prices: z.union([z.record(z.string(), z.unknown()), z.array(z.looseObject({ prices: z.unknown() }))]),
        }),
      ),
    }),
  )
  .min(1)
