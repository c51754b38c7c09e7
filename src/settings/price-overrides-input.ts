import { readFile } from 'node:fs/promises'
import YAML from 'yaml'
import { z } from 'zod'
import { canonicalModelName } from '../usage/model-name.js'
import type { PriceOverride, PriceOverrides } from '../usage/pricing.js'

// Messages in words a price file's author reads (zod's defaults speak of types and `>=0`).
const rate = z
  .number({
    error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a number (USD per million tokens)'),
  })
  .finite({ error: 'must be a finite number' })
  .nonnegative({ error: 'must be 0 or more' })

// snake_case spellings are accepted too, since the api-proxy's records use them.
const overrideSchema = z
  .strictObject(
    {
      input: rate,
      output: rate,
      cacheRead: rate.optional(),
      cacheWrite: rate.optional(),
      cache_read: rate.optional(),
      cache_write: rate.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `has unknown fields ${issue.keys.map((key) => `'${key}'`).join(', ')} (known: input, output, cacheRead, cacheWrite)`
          : 'must be a mapping such as {input: 3, output: 15}',
    },
  )
  .transform((o): PriceOverride => ({
    input: o.input,
    output: o.output,
    ...((o.cacheRead ?? o.cache_read) !== undefined ? { cacheRead: o.cacheRead ?? o.cache_read } : {}),
    ...((o.cacheWrite ?? o.cache_write) !== undefined ? { cacheWrite: o.cacheWrite ?? o.cache_write } : {}),
  }))

const overridesSchema = z.record(z.string().min(1), overrideSchema)

function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/**
 * Parses a price file: a JSON or YAML mapping of model name → `{ input, output, cacheRead?, cacheWrite? }` in
 * $ per million tokens. `source` names the file or input in error messages, quoted (`file 'prices.yml'`).
 */
export function parsePriceOverrides(text: string, source: string): PriceOverrides {
  let data: unknown
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both.
    data = YAML.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new Error(`Invalid price overrides in ${source}: not JSON or YAML (${message})`)
  }
  if (data === null || data === undefined) return {}
  const parsed = overridesSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const where = issue.path.map(String)
    const model = where[0] !== undefined ? ` model '${where[0]}'` : ''
    const field = where.length > 1 ? ` field '${where.slice(1).join('.')}'` : ''
    const got = 'input' in issue && issue.input !== undefined ? ` (got ${quoted(issue.input)})` : ''
    throw new Error(`Invalid price overrides in ${source}:${model}${field}: ${issue.message}${got}`)
  }
  const overrides: PriceOverrides = {}
  const spelledAs = new Map<string, string>()
  for (const [name, price] of Object.entries(parsed.data)) {
    const canonical = canonicalModelName(name)
    const earlier = spelledAs.get(canonical)
    if (earlier !== undefined) {
      throw new Error(
        `Invalid price overrides in ${source}: '${earlier}' and '${name}' are the same model (${canonical})`,
      )
    }
    spelledAs.set(canonical, name)
    overrides[canonical] = price
  }
  return overrides
}

/** The file errors a user can act on, in words rather than errno codes. */
const readErrors: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
}

export async function loadPriceOverrides(file: string): Promise<PriceOverrides> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code ? (readErrors[code] ?? code) : String(error)
    throw new Error(`Cannot read price overrides file '${file}': ${why}`)
  }
  return parsePriceOverrides(text, `file '${file}'`)
}
