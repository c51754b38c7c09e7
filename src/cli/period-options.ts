/** `report --by day|week|month [--timezone ZONE] [--breakdown]`: the period split, validated once. */
import { Option, type Command } from 'commander'
import type { PeriodSplit } from '../engine/settings-names.js'
import { canonicalTimeZone, PERIOD_KINDS, type PeriodKind } from '../common/periods.js'
import { asUsageError, UsageError } from './cli-errors.js'

/** As commander hands them over. */
export interface RawPeriodOptions {
  by?: string
  timezone?: string
  breakdown?: boolean
}

export interface PeriodSettings {
  /** Undefined without --by. */
  periods?: PeriodSplit
  /** A row per model under each period in the tables. */
  breakdown: boolean
}

export function withPeriodOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--by <period>',
        "add usage per period of each record's timestamp: day, week (ISO, 2026-W16) or month",
      ).choices([...PERIOD_KINDS]),
    )
    .option('--timezone <zone>', 'IANA time zone of the --by calendar, e.g. Europe/Berlin (default: UTC)')
    .option('--breakdown', 'with --by: a row per model under each period')
}

export function readPeriodSettings(raw: RawPeriodOptions): PeriodSettings {
  const breakdown = raw.breakdown === true
  if (raw.by === undefined) {
    if (raw.timezone !== undefined) throw new UsageError(`--timezone '${raw.timezone}' needs --by day|week|month.`)
    if (breakdown) throw new UsageError('--breakdown needs --by day|week|month.')
    return { breakdown }
  }
  const by = raw.by.toLowerCase()
  if (!PERIOD_KINDS.includes(by as PeriodKind)) {
    throw new UsageError(`Invalid --by '${raw.by}'. Expected one of: ${PERIOD_KINDS.join(', ')}.`)
  }
  const zone = raw.timezone?.trim() || 'UTC'
  const timeZone = asUsageError(() => canonicalTimeZone(zone))
  return { periods: { by: by as PeriodKind, timeZone }, breakdown }
}
