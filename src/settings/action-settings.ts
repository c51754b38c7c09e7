import { z } from 'zod'
import { listInput } from './list-input.js'
import { plainNumber } from './number-input.js'
import { parseRepository } from './repository-input.js'
import { parseDurationMs, parseIsoTime, parseTimeInput } from './time-input.js'

/** Reads one input by its action.yml name; main.ts passes @actions/core's getInput, tests a plain lookup. */
export type InputReader = (name: string) => string

/** The action's inputs, read and validated once. Raw texts whose format belongs to the engine stay strings here. */
export interface ActionSettings {
  /** Token for the REST API (never logged). */
  token: string
  owner: string
  repo: string
  /** Window when there is no previous report: a duration (`24h`) or ISO time. */
  lookback: string
  /** End of the window (ISO time), or undefined for now. */
  until?: Date
  /** Upper bound on the window's length (a duration). */
  maxLookback: string
  workflows: string[]
  excludeWorkflows: string[]
  conclusions: string[]
  /** Artifact names in order of preference. */
  artifactNames: string[]
  /** Providers to include; empty = all. */
  providers: string[]
  /** `provider=additive|inclusive` overrides, parsed by the usage layer. */
  tokenSemantics: string
  pricingFile: string
  /** Inline JSON or YAML prices. */
  prices: string
  /** `id=value` flag threshold overrides, parsed by the analysis layer. */
  thresholds: string
  trendThreshold: number
  history: number
  titlePrefix: string
  labels: string[]
  closeOlder: boolean
  dryRun: boolean
  concurrency: number
  apiReserve: number
  cache: boolean
  maxArtifactBytes: number
  maxUnzippedBytes: number
  maxZipEntries: number
}

const MB = 1024 * 1024

function booleanInput(name: string, text: string): boolean {
  const value = text.trim().toLowerCase()
  if (['true', 'yes', '1', 'on'].includes(value)) return true
  if (['false', 'no', '0', 'off', ''].includes(value)) return false
  throw new Error(`Invalid input '${name}': '${text}'. Expected true or false.`)
}

function numberInput(name: string, text: string, schema: z.ZodNumber): number {
  const value = plainNumber(text)
  const parsed = schema.safeParse(value)
  if (value === undefined || !parsed.success) {
    const rule = value === undefined || parsed.success ? 'a non-negative number' : parsed.error.issues[0]?.message
    throw new Error(`Invalid input '${name}': '${text}'. Expected ${rule}.`)
  }
  return parsed.data
}

const providerNames = ['anthropic', 'openai', 'copilot', 'gemini', 'opencode', 'unknown']

/** Reads and validates every input; errors name the input and quote the bad value. */
export function readActionSettings(input: InputReader): ActionSettings {
  const repository = input('repository').trim()
  const parts = parseRepository(repository)
  if (!parts) throw new Error(`Invalid input 'repository': '${repository}'. Expected format {owner}/{repo}.`)
  const token = input('github-token').trim()
  if (!token) throw new Error("Input 'github-token' is empty. Pass a token with actions: read and issues: write.")

  const providers = listInput(input('providers')).map((p) => p.toLowerCase())
  const unknownProvider = providers.find((p) => !providerNames.includes(p))
  if (unknownProvider) {
    throw new Error(`Invalid input 'providers': '${unknownProvider}'. Expected some of ${providerNames.join(', ')}.`)
  }
  const labels = listInput(input('labels'))
  if (labels.length === 0) throw new Error("Input 'labels' is empty: the first label is how earlier reports are found.")

  const positiveInt = z.number().int().min(1)
  const until = input('until').trim()
  const untilDate = until === '' ? undefined : parseIsoTime(until)
  if (until !== '' && !untilDate) {
    throw new Error(`Invalid input 'until': '${until}'. Expected an ISO time such as 2026-04-02T08:00:00Z.`)
  }
  // The window is planned only after earlier reports are fetched; a typo here should fail before any API call.
  const lookback = input('lookback').trim() || '24h'
  parseTimeInput(lookback, untilDate ?? new Date(), "input 'lookback':")
  const maxLookback = input('max-lookback').trim() || '7d'
  if (parseDurationMs(maxLookback) === undefined) {
    throw new Error(`Invalid input 'max-lookback': '${maxLookback}'. Expected a duration such as 7d or 48h.`)
  }
  return {
    ...(untilDate ? { until: untilDate } : {}),
    token,
    owner: parts.owner,
    repo: parts.repo,
    lookback,
    maxLookback,
    workflows: listInput(input('workflows')),
    excludeWorkflows: listInput(input('exclude-workflows')),
    conclusions: listInput(input('conclusions')).map((c) => c.toLowerCase()),
    artifactNames: listInput(input('artifact-names')),
    providers,
    tokenSemantics: input('token-semantics').trim(),
    pricingFile: input('pricing-file').trim(),
    prices: input('prices').trim(),
    thresholds: input('thresholds').trim(),
    trendThreshold: numberInput('trend-threshold', input('trend-threshold'), z.number().min(0)),
    history: numberInput('history', input('history'), positiveInt),
    titlePrefix: input('title-prefix').trim(),
    labels,
    closeOlder: booleanInput('close-older', input('close-older')),
    dryRun: booleanInput('dry-run', input('dry-run')),
    concurrency: numberInput('concurrency', input('concurrency'), positiveInt.max(64)),
    apiReserve: numberInput('api-reserve', input('api-reserve'), z.number().int().min(0)),
    cache: booleanInput('cache', input('cache')),
    maxArtifactBytes: numberInput('max-artifact-mb', input('max-artifact-mb'), z.number().positive()) * MB,
    maxUnzippedBytes: numberInput('max-unzipped-mb', input('max-unzipped-mb'), z.number().positive()) * MB,
    maxZipEntries: numberInput('max-zip-entries', input('max-zip-entries'), positiveInt),
  }
}
