/**
 * Flag thresholds from `name=value` text (the action's `thresholds` input, the CLI's --threshold), onto the
 * defaults of analysis/flags.ts.
 */
import { DEFAULT_FLAG_THRESHOLDS, type FlagThresholds } from '../analysis/flags/flags.js'
import { listInput } from './list-input.js'
import { plainNumber } from './number-input.js'

type ThresholdKey = keyof FlagThresholds
type ValueKind = 'rate' | 'number' | 'usd'

/** Accepted names for each threshold: the setting's own name first, then the flag id it belongs to. */
const THRESHOLD_NAMES: { key: ThresholdKey; names: string[]; kind: ValueKind }[] = [
  { key: 'zeroCacheHitRate', names: ['zero-cache-hit-rate', 'zero-cache-hits'], kind: 'rate' },
  { key: 'lowCacheHitRate', names: ['low-cache-hit-rate', 'low-cache-hits'], kind: 'rate' },
  { key: 'cacheWriteToReadRatio', names: ['cache-write-read-ratio', 'cache-write-exceeds-read'], kind: 'number' },
  { key: 'ioRatio', names: ['io-ratio', 'high-io-ratio'], kind: 'number' },
  { key: 'smallRequestsPerRun', names: ['small-requests-per-run', 'many-small-requests'], kind: 'number' },
  { key: 'smallRequestOutputTokens', names: ['small-request-output-tokens'], kind: 'number' },
  { key: 'costPerRunUsd', names: ['cost-per-run', 'high-cost-per-run'], kind: 'usd' },
  { key: 'fallbackRate', names: ['fallback-rate', 'model-fallbacks'], kind: 'rate' },
]

/** The names parseFlagThresholds accepts, for help texts and error messages. */
export const THRESHOLD_SETTING_NAMES: readonly string[] = THRESHOLD_NAMES.map((t) => t.names[0])

/**
 * Parses `name=value` overrides (one per string, or several separated by commas/newlines) onto the defaults.
 * Rates accept 0.4 or 40%; the cost accepts 1.5 or $1.50; `off` (or `none`) disables the flag.
 * Throws an Error quoting the bad entry.
 */
export function parseFlagThresholds(
  overrides: readonly string[] | string,
  base: Readonly<FlagThresholds> = DEFAULT_FLAG_THRESHOLDS,
): FlagThresholds {
  const result: FlagThresholds = { ...base }
  const entries = (typeof overrides === 'string' ? [overrides] : overrides).flatMap(listInput)
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    if (eq < 0) throw new Error(`Invalid threshold '${entry}'. Expected name=value, e.g. low-cache-hit-rate=0.4.`)
    const name = entry.slice(0, eq).trim().toLowerCase()
    const raw = entry.slice(eq + 1).trim()
    const spec = THRESHOLD_NAMES.find((t) => t.names.includes(name))
    if (!spec) {
      throw new Error(
        `Unknown threshold '${entry.slice(0, eq).trim()}' in '${entry}'. Known: ${THRESHOLD_SETTING_NAMES.join(', ')}.`,
      )
    }
    result[spec.key] = parseThresholdValue(raw, spec.kind, entry)
  }
  return result
}

function parseThresholdValue(raw: string, kind: ValueKind, entry: string): number | null {
  const lower = raw.toLowerCase()
  if (lower === 'off' || lower === 'none') return null
  let text = raw
  let scale = 1
  if (kind === 'rate' && text.endsWith('%')) {
    text = text.slice(0, -1).trim()
    scale = 0.01
  } else if (kind === 'usd' && text.startsWith('$')) {
    text = text.slice(1).trim()
  }
  const number = plainNumber(text)
  if (number === undefined) {
    throw new Error(`Invalid threshold value '${raw}' in '${entry}': expected a non-negative number${hintFor(kind)}.`)
  }
  const value = number * scale
  if (kind === 'rate' && value > 1) {
    throw new Error(`Invalid threshold value '${raw}' in '${entry}': a rate is a fraction from 0 to 1 (or 0–100%).`)
  }
  return value
}

function hintFor(kind: ValueKind): string {
  if (kind === 'rate') return ' (a fraction such as 0.4, or 40%), or off'
  if (kind === 'usd') return ' (USD such as 1.50), or off'
  return ', or off'
}
