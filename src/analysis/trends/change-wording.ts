/**
 * The words a person reads first about a change against the baseline, e.g. "cost per run −69% ($0.22 → $0.07,
 * significant, since 2026-04-18)", plain text (the issue renderer escapes it).
 */
import type { ChangeMetric, MetricChange } from '../report-data.js'
import {
  formatDecimal,
  formatPercent,
  formatPreciseUsd,
  formatSignedChange,
  formatTokens,
} from '../../common/value-format.js'

export const METRIC_LABEL: Record<ChangeMetric, string> = {
  costPerRunUsd: 'cost per run',
  tokensPerRun: 'tokens per run',
  requestsPerRun: 'requests per run',
  cacheHitRate: 'cache hit rate',
  aiCreditsPerRun: 'AI credits per run',
}

/** A metric's value as the report shows it. */
export function metricValueText(metric: ChangeMetric, value: number | null): string {
  switch (metric) {
    case 'costPerRunUsd':
      return formatPreciseUsd(value)
    case 'tokensPerRun':
      return formatTokens(value)
    case 'cacheHitRate':
      return formatPercent(value, 0)
    default:
      return formatDecimal(value)
  }
}

/** +45%, −69% (a true minus sign); the cache hit rate in points (+12 pp). */
export function signedChangeText(change: Pick<MetricChange, 'metric' | 'baseline' | 'current' | 'relative'>): string {
  if (change.metric === 'cacheHitRate' && change.baseline !== null && change.current !== null) {
    const points = (change.current - change.baseline) * 100
    const rounded = Math.abs(points).toFixed(0)
    // A change that rounds to nothing has no sign: never "−0 pp".
    return Number(rounded) === 0 ? '0 pp' : `${points < 0 ? '−' : '+'}${rounded} pp`
  }
  if (change.relative === null) return change.current !== null && change.current > 0 ? 'from 0' : '±0%'
  const percent = Math.abs(change.relative * 100)
  if (percent < 0.05) return '±0%'
  return formatSignedChange(change.relative, percent < 10 ? 1 : 0)
}

/** "significant, since 2026-04-18" / "not significant, p = 0.21" / "too few runs to tell (3 now)". */
export function verdictText(change: MetricChange): string {
  if (change.verdict === 'too-few-runs') {
    return `too few runs to tell (${change.runs.baseline} before, ${change.runs.current} now)`
  }
  if (change.verdict === 'not-significant') return 'not significant'
  return change.since ? `significant, since ${change.since}` : 'significant'
}

/** "cost per run −69% ($0.22 → $0.07, significant, since 2026-04-18)". */
export function changeText(change: MetricChange): string {
  const values = `${metricValueText(change.metric, change.baseline)} → ${metricValueText(change.metric, change.current)}`
  return `${METRIC_LABEL[change.metric]} ${signedChangeText(change)} (${values}, ${verdictText(change)})`
}

/** p = 0.003, p < 0.0001. */
export function pValueText(p: number): string {
  if (p < 1e-4) return 'p < 0.0001'
  return `p = ${p < 0.01 ? p.toPrecision(1) : p.toFixed(2)}`
}
