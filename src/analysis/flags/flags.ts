/**
 * Optimisation flags per workflow, with the LLM analyzer's thresholds as defaults (its step 4). Every threshold can
 * be changed, or set to `off` (settings/threshold-input.ts reads them from the action's inputs and the CLI). A flag
 * is data (what crossed which threshold); flag-wording.ts words it.
 */
import { wordedFlag } from './flag-wording.js'
import type { Flag, FlagFinding, Severity } from '../report-data.js'
import { cacheHitRateOf } from '../runs/token-metrics.js'

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
  /**
   * model-fallbacks: share of the workflow's requests the firewall served with a fallback model above this
   * (default 0.05). Optional so that thresholds written before it keep their meaning: absent reads as the default.
   */
  fallbackRate?: number | null
}

export const DEFAULT_FLAG_THRESHOLDS: Readonly<FlagThresholds> = Object.freeze({
  zeroCacheHitRate: 0,
  lowCacheHitRate: 0.5,
  cacheWriteToReadRatio: 1,
  ioRatio: 100,
  smallRequestsPerRun: 10,
  smallRequestOutputTokens: 50,
  costPerRunUsd: 1,
  fallbackRate: 0.05,
})

/** The measured values the flags look at; a subset of WorkflowMetrics so flags work for any grouping. */
export interface FlagInput {
  /** The workflow the flags are about (empty when the grouping has no name). */
  name?: string
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
  const workflow = m.name ?? ''
  const findings: FlagFinding[] = []

  let zeroFlagged = false
  if (t.zeroCacheHitRate !== null && m.cacheHitRate !== null && m.cacheHitRate <= t.zeroCacheHitRate) {
    zeroFlagged = true
    findings.push({
      id: 'zero-cache-hits',
      severity: 'warning',
      workflow,
      metric: 'cacheHitRate',
      value: m.cacheHitRate,
      threshold: t.zeroCacheHitRate,
    })
  }
  // A zero hit rate is also below the low threshold; one flag says it.
  if (!zeroFlagged && t.lowCacheHitRate !== null && m.cacheHitRate !== null && m.cacheHitRate < t.lowCacheHitRate) {
    findings.push({
      id: 'low-cache-hits',
      severity: 'warning',
      workflow,
      metric: 'cacheHitRate',
      value: m.cacheHitRate,
      threshold: t.lowCacheHitRate,
    })
  }
  if (
    t.cacheWriteToReadRatio !== null &&
    m.cacheWriteTokens > 0 &&
    m.cacheWriteTokens > m.cacheReadTokens * t.cacheWriteToReadRatio
  ) {
    findings.push({
      id: 'cache-write-exceeds-read',
      severity: 'warning',
      workflow,
      metric: 'cacheWriteTokens',
      value: m.cacheWriteTokens,
      threshold: t.cacheWriteToReadRatio,
      context: { cacheReadTokens: m.cacheReadTokens },
    })
  }
  if (t.ioRatio !== null && m.ioRatio !== null && m.ioRatio > t.ioRatio) {
    findings.push({
      id: 'high-io-ratio',
      severity: 'warning',
      workflow,
      metric: 'ioRatio',
      value: m.ioRatio,
      threshold: t.ioRatio,
    })
  }
  if (t.smallRequestsPerRun !== null && t.smallRequestOutputTokens !== null) {
    const perRun = m.requests / m.runsWithData
    const outputPerRequest = m.outputTokens / m.requests
    if (perRun > t.smallRequestsPerRun && outputPerRequest < t.smallRequestOutputTokens) {
      findings.push({
        id: 'many-small-requests',
        severity: 'info',
        workflow,
        metric: 'requestsPerRun',
        value: perRun,
        threshold: t.smallRequestsPerRun,
        context: { outputTokensPerRequest: outputPerRequest, outputTokensThreshold: t.smallRequestOutputTokens },
      })
    }
  }
  if (t.costPerRunUsd !== null && m.costPerRunUsd !== null && m.costPerRunUsd > t.costPerRunUsd) {
    findings.push({
      id: 'high-cost-per-run',
      severity: 'critical',
      workflow,
      metric: 'costPerRunUsd',
      value: m.costPerRunUsd,
      threshold: t.costPerRunUsd,
    })
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map(wordedFlag)
}

/** The per-model numbers modelFlagsFor looks at (a subset of ModelMetrics). */
export interface ModelFlagInput {
  model: string
  requests: number
  inputTokens: number
  cacheReadTokens: number
  costUsd: number
  /** Requests without a price; a model with none priced is not flagged (its cost, and so its weight, is unknown). */
  unpricedRequests?: number
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
  workflow = '',
): Flag[] {
  if (t.zeroCacheHitRate === null || workflowFlags.some((f) => f.id === 'zero-cache-hits')) return []
  const workflowCost = models.reduce((sum, m) => sum + m.costUsd, 0)
  const flags: Flag[] = []
  for (const m of models) {
    const rate = cacheHitRateOf(m)
    if (m.requests === 0 || rate === null || rate > t.zeroCacheHitRate) continue
    if ((m.unpricedRequests ?? 0) >= m.requests) continue
    flags.push(
      wordedFlag({
        id: 'model-zero-cache-hits',
        severity: 'info',
        workflow,
        model: m.model,
        metric: 'cacheHitRate',
        value: rate,
        threshold: t.zeroCacheHitRate,
        context: { requests: m.requests, ...(workflowCost > 0 ? { costShare: m.costUsd / workflowCost } : {}) },
      }),
    )
  }
  return flags
}

/** The fallback numbers of a workflow modelFallbackFlagFor looks at. */
export interface FallbackFlagInput {
  name?: string
  requests: number
  fallbacks: { requests: number; models: { requested: string; served: string; requests: number }[] }
}

/**
 * A workflow where more than `fallbackRate` of the requests were served by a fallback model: its runs did not run
 * on the model they asked for (upstream errors, timeouts), so their cost and quality are not what was planned.
 */
export function modelFallbackFlagFor(
  m: FallbackFlagInput,
  t: Readonly<FlagThresholds> = DEFAULT_FLAG_THRESHOLDS,
): Flag[] {
  const threshold = t.fallbackRate === undefined ? DEFAULT_FLAG_THRESHOLDS.fallbackRate! : t.fallbackRate
  if (threshold === null || m.requests === 0 || m.fallbacks.requests === 0) return []
  const rate = m.fallbacks.requests / m.requests
  if (!(rate > threshold)) return []
  const top = m.fallbacks.models[0]
  return [
    wordedFlag({
      id: 'model-fallbacks',
      severity: 'warning',
      workflow: m.name ?? '',
      metric: 'fallbackRate',
      value: rate,
      threshold,
      context: {
        fallbackRequests: m.fallbacks.requests,
        requests: m.requests,
        ...(top ? { topFallback: { ...top } } : {}),
      },
    }),
  ]
}
