/** The `report` command's options, validated once into typed settings; bad values are UsageErrors quoting them. */
import {
  DEFAULT_FLAG_THRESHOLDS,
  PROVIDER_NAMES,
  type FlagThresholds,
  type NormalisationRules,
} from '../engine/settings-names.js'
import { parseFlagThresholds } from '../settings/threshold-input.js'
import { parseNormalisationRules } from '../settings/token-semantics-input.js'
import { unknownName } from '../settings/known-names.js'
import { listInput } from '../settings/list-input.js'
import { notInFuture, parseTimeInput } from '../settings/time-input.js'
import { asUsageError, UsageError } from './cli-errors.js'

export type ReportFormat = 'markdown' | 'json' | 'csv' | 'table'
export const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'json', 'csv', 'table']

/** As commander hands them over. */
export interface RawReportOptions {
  format?: string
  providers?: string
  pricing?: string
  since?: string
  until?: string
  out?: string
  tokenSemantics?: string[]
  /** The earlier name of --token-semantics, still accepted. */
  normalise?: string[]
  threshold?: string[]
  updatePrices?: boolean
}

export interface ReportSettings {
  /** Directories, .zip archives or token files. */
  paths: string[]
  format: ReportFormat
  /** Only records of these providers (lower case); undefined: all. */
  providers?: string[]
  /** Price overrides file (JSON or YAML). */
  pricingFile?: string
  since?: Date
  until?: Date
  /** Output file; undefined: stdout. */
  outFile?: string
  /** Token semantics per provider (defaults with the --token-semantics rules on top); undefined: the defaults. */
  tokenSemantics?: NormalisationRules
  thresholds: FlagThresholds
  /** --update-prices: price with the remote catalogue when it loads (else the bundled one, with a warning). */
  updatePrices?: true
}

/** An ISO time or a duration before now, not after now (no record has been written there yet). */
export function pastTimeOption(option: string, text: string, now: Date, from: Date = now): Date {
  return asUsageError(() => notInFuture(parseTimeInput(text, from, option), now, option, text))
}

/** --threshold values: the parser's message, led by the option and the entries it was given. */
function thresholdsOption(entries: string[]): FlagThresholds {
  return asUsageError(() => {
    try {
      return parseFlagThresholds(entries)
    } catch (error) {
      throw new Error(`Invalid --threshold '${entries.join(',')}': ${(error as Error).message}`)
    }
  })
}

/**
 * `terminal`: stdout is a terminal. Without --format the report is then box-drawn tables (`table`), which read well
 * there; markdown stays the default for pipes and files, where it is rendered or processed later.
 */
export function readReportSettings(
  paths: string[],
  raw: RawReportOptions,
  now: Date = new Date(),
  terminal = false,
): ReportSettings {
  if (paths.length === 0) {
    throw new UsageError('No input PATH given. Example: token-usage-analyzer report ./artifacts')
  }
  const format = (raw.format ?? (terminal && raw.out === undefined ? 'table' : 'markdown')).toLowerCase()
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    throw new UsageError(`Invalid --format '${raw.format}'. Expected one of: ${REPORT_FORMATS.join(', ')}.`)
  }
  const settings: ReportSettings = {
    paths,
    format: format as ReportFormat,
    thresholds: raw.threshold?.length ? thresholdsOption(raw.threshold) : { ...DEFAULT_FLAG_THRESHOLDS },
  }
  if (raw.providers !== undefined) {
    const providers = listInput(raw.providers).map((p) => p.toLowerCase())
    if (providers.length === 0) throw new UsageError(`Invalid --providers '${raw.providers}': no provider named.`)
    const unknown = unknownName(providers, PROVIDER_NAMES)
    if (unknown) throw new UsageError(`Invalid --providers '${unknown.name}'. ${unknown.expected}`)
    settings.providers = providers
  }
  if (raw.pricing !== undefined) {
    if (raw.pricing.trim() === '') throw new UsageError("Invalid --pricing '': expected a file name.")
    settings.pricingFile = raw.pricing
  }
  if (raw.updatePrices) settings.updatePrices = true
  if (raw.since !== undefined) settings.since = pastTimeOption('--since', raw.since, now)
  if (raw.until !== undefined) settings.until = pastTimeOption('--until', raw.until, now)
  if (settings.since && settings.until && settings.since > settings.until) {
    throw new UsageError(`--since '${raw.since}' is after --until '${raw.until}'.`)
  }
  if (raw.out !== undefined) {
    if (raw.out.trim() === '') throw new UsageError("Invalid --out '': expected a file name.")
    settings.outFile = raw.out
  }
  const tokenSemantics = [...(raw.normalise ?? []), ...(raw.tokenSemantics ?? [])]
  if (tokenSemantics.length > 0) {
    const rules = tokenSemantics.join(',')
    settings.tokenSemantics = asUsageError(() => {
      try {
        return parseNormalisationRules(rules)
      } catch (error) {
        throw new Error(`Invalid --token-semantics '${rules}': ${(error as Error).message}`)
      }
    })
  }
  return settings
}
