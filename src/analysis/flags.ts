/**
 * Optimisation flags per workflow, with the LLM analyzer's thresholds as defaults (its step 4). Every threshold can
 * be changed, or set to `off`, through `id=value` strings from the action's inputs and the CLI's --threshold.
 */
import { listInput } from '../settings/list-input.js'
import { plainNumber } from '../settings/number-input.js'
import type { Flag, Severity } from './report-data.js'
import { cacheHitRateOf } from './token-metrics.js'
import { formatDecimal, formatPercent, formatRatio, formatTokens, formatUsd } from './value-format.js'

/** Thresholds; null switches the flag off. Rates are fractions (0–1). */
export interface FlagThresholds {
  /** zero-cache-hits: cache hit rate at or below this (default 0). */
  zeroCacheHitRate: number | null
  /** low-cache-hits: cache hit rate below this (default 0.5). */
  lowCacheHitRate: number | null
  /** cache-write-exceeds-read: cache write greater than cache read × this (default 1). */
  cacheWriteToReadRatio: number | null
  /** high-io-ratio: (input + cache read) / output above this (default 100). */
  ioRatio: number | null
  /** many-small-requests: more requests per run than this (default 10)… */
  smallRequestsPerRun: number | null
  /** …averaging fewer output tokens per request than this (default 50). */
  smallRequestOutputTokens: number | null
  /** high-cost-per-run: mean cost per run with data above this, USD (default 1.00). */
  costPerRunUsd: number | null
}

export const DEFAULT_FLAG_THRESHOLDS: Readonly<FlagThresholds> = Object.freeze({
  zeroCacheHitRate: 0,
  lowCacheHitRate: 0.5,
  cacheWriteToReadRatio: 1,
  ioRatio: 100,
  smallRequestsPerRun: 10,
  smallRequestOutputTokens: 50,
  costPerRunUsd: 1,
})

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

/** The measured values the flags look at; a subset of WorkflowMetrics so flags work for any grouping. */
export interface FlagInput {
  runsWithData: number
  requests: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  cacheHitRate: number | null
  ioRatio: number | null
  costPerRunUsd: number | null
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 }

/** The flags a group of usage raises, most severe first. Nothing is flagged without data. */
export function flagsFor(m: FlagInput, t: Readonly<FlagThresholds> = DEFAULT_FLAG_THRESHOLDS): Flag[] {
  if (m.runsWithData === 0 || m.requests === 0) return []
  const flags: Flag[] = []

  let zeroFlagged = false
  if (t.zeroCacheHitRate !== null && m.cacheHitRate !== null && m.cacheHitRate <= t.zeroCacheHitRate) {
    zeroFlagged = true
    flags.push({
      id: 'zero-cache-hits',
      severity: 'warning',
      message: `Cache hit rate is ${formatPercent(m.cacheHitRate)} (threshold: ${formatPercent(t.zeroCacheHitRate)}): no prompt is served from cache.`,
      recommendation: 'Enable prompt caching.',
    })
  }
  // A zero hit rate is also below the low threshold; one flag says it.
  if (!zeroFlagged && t.lowCacheHitRate !== null && m.cacheHitRate !== null && m.cacheHitRate < t.lowCacheHitRate) {
    flags.push({
      id: 'low-cache-hits',
      severity: 'warning',
      message: `Cache hit rate is ${formatPercent(m.cacheHitRate)} (threshold: <${formatPercent(t.lowCacheHitRate)}).`,
      recommendation: 'Review cache breakpoints so the stable prompt prefix is reused.',
    })
  }
  if (
    t.cacheWriteToReadRatio !== null &&
    m.cacheWriteTokens > 0 &&
    m.cacheWriteTokens > m.cacheReadTokens * t.cacheWriteToReadRatio
  ) {
    const bound =
      t.cacheWriteToReadRatio === 1
        ? 'cache write > cache read'
        : `cache write > ${t.cacheWriteToReadRatio}× cache read`
    flags.push({
      id: 'cache-write-exceeds-read',
      severity: 'warning',
      message: `Cache write ${formatTokens(m.cacheWriteTokens)} tokens vs cache read ${formatTokens(m.cacheReadTokens)} (threshold: ${bound}).`,
      recommendation: 'The cache is written but not reused: check whether conversation turns are too short.',
    })
  }
  if (t.ioRatio !== null && m.ioRatio !== null && m.ioRatio > t.ioRatio) {
    flags.push({
      id: 'high-io-ratio',
      severity: 'warning',
      message: `I/O ratio is ${formatRatio(m.ioRatio)} (threshold: >${formatRatio(t.ioRatio)}).`,
      recommendation:
        'Reduce the system prompt or the MCP tool surface (a high ratio with a high cache hit rate is mostly cheap cached context).',
    })
  }
  if (t.smallRequestsPerRun !== null && t.smallRequestOutputTokens !== null) {
    const perRun = m.requests / m.runsWithData
    const outputPerRequest = m.outputTokens / m.requests
    if (perRun > t.smallRequestsPerRun && outputPerRequest < t.smallRequestOutputTokens) {
      flags.push({
        id: 'many-small-requests',
        severity: 'info',
        message: `${formatDecimal(perRun)} requests per run averaging ${formatDecimal(outputPerRequest)} output tokens (threshold: >${t.smallRequestsPerRun} requests per run averaging <${t.smallRequestOutputTokens} output tokens).`,
        recommendation: 'Batch requests or combine tool calls.',
      })
    }
  }
  if (t.costPerRunUsd !== null && m.costPerRunUsd !== null && m.costPerRunUsd > t.costPerRunUsd) {
    flags.push({
      id: 'high-cost-per-run',
      severity: 'critical',
      message: `Cost per run is ${formatUsd(m.costPerRunUsd)} (threshold: >${formatUsd(t.costPerRunUsd)}).`,
      recommendation: 'Review whether the workflow is doing too much in one run.',
    })
  }
  return flags.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/** The per-model numbers modelFlagsFor looks at (a subset of ModelMetrics). */
export interface ModelFlagInput {
  model: string
  requests: number
  inputTokens: number
  cacheReadTokens: number
  costUsd: number
}

/**
 * Models without any cache hit inside a workflow that otherwise caches (the analyzer's "Haiku requests have zero
 * cache hits"): informational, since such calls are often small; quotes the model's share of the workflow's cost.
 * Nothing when the workflow as a whole is already flagged for zero cache hits.
 */
export function modelFlagsFor(
  models: readonly ModelFlagInput[],
  workflowFlags: readonly Flag[],
  t: Readonly<FlagThresholds> = DEFAULT_FLAG_THRESHOLDS,
): Flag[] {
  if (t.zeroCacheHitRate === null || workflowFlags.some((f) => f.id === 'zero-cache-hits')) return []
  const workflowCost = models.reduce((sum, m) => sum + m.costUsd, 0)
  const flags: Flag[] = []
  for (const m of models) {
    const rate = cacheHitRateOf(m)
    if (m.requests === 0 || rate === null || rate > t.zeroCacheHitRate) continue
    const share = workflowCost > 0 ? ` (${formatPercent(m.costUsd / workflowCost)} of the workflow's cost)` : ''
    flags.push({
      id: 'model-zero-cache-hits',
      severity: 'info',
      message: `${m.model}: ${m.requests} ${m.requests === 1 ? 'request' : 'requests'} with a cache hit rate of ${formatPercent(rate)} (threshold: ${formatPercent(t.zeroCacheHitRate)})${share}.`,
      recommendation: 'Low priority for small calls; add cache breakpoints if this model’s usage grows.',
    })
  }
  return flags
}
