/**
 * `compare A B`: two sets of runs (two paths, two windows or two workflows of one path) side by side — the
 * report's metrics and the per-run ones, the change from A to B, whether the per-run change is significant (a rank
 * test on the per-run values) and what drove the change in cost per run. A is the baseline, B the one compared
 * with it: every change is B − A.
 */
import { emptyTokenCounts, summaryHasUsageData, type RunSummary } from '../../usage/run-summary.js'
import { runUsageOf } from '../runs/analyse-runs.js'
import { compareSamples, type ChangeVerdict, type SignificanceOptions } from '../trends/change-significance.js'
import { decomposeCostChange, type CostChange } from '../trends/cost-drivers.js'
import { describeDrivers } from '../trends/driver-sentence.js'
import { ModelMetricsAccumulator } from '../runs/model-metrics.js'
import { pricingOf } from '../report-view.js'
import type { ModelMetrics } from '../report-data.js'
import {
  addTokenCounts,
  cacheHitRateOf,
  cacheWriteRateOf,
  fullPriceTokensOf,
  ioRatioOf,
  totalTokensOf,
} from '../runs/token-metrics.js'

/** The metrics of the comparison, in table order. */
export type ComparedMetric =
  | 'runs'
  | 'requests'
  | 'totalTokens'
  | 'fullPriceTokens'
  | 'cacheHitRate'
  | 'cacheWriteRate'
  | 'ioRatio'
  | 'avgLatencyMs'
  | 'costUsd'
  | 'requestsPerRun'
  | 'tokensPerRun'
  | 'costPerRunUsd'

export const COMPARED_METRICS: readonly ComparedMetric[] = [
  'runs',
  'requests',
  'totalTokens',
  'fullPriceTokens',
  'cacheHitRate',
  'cacheWriteRate',
  'ioRatio',
  'avgLatencyMs',
  'costUsd',
  'requestsPerRun',
  'tokensPerRun',
  'costPerRunUsd',
]

/** One side: its metrics over its runs with data, and its models (for the drivers). */
export interface ComparedSide {
  /** What the side is, in the user's words (`./before`, `since 2026-04-01`, `workflow Smoke Claude`). */
  label: string
  /** Runs found; `runs` in `values` counts those with usage. */
  runsFound: number
  values: Record<ComparedMetric, number | null>
  /** Requests without a price (not in its cost). */
  unpricedRequests: number
  models: ModelMetrics[]
}

/** A metric on both sides. Rates change in points (0.05 = 5 points), everything else relatively too. */
export interface MetricComparison {
  metric: ComparedMetric
  a: number | null
  b: number | null
  /** b − a; null when a side has no value. */
  change: number | null
  /** (b − a) / a; null without a value on a side, or for a: 0. */
  relative: number | null
  /** For the per-run metrics (requests, tokens, cost and cache hit rate per run): the rank test's verdict. */
  significance: {
    verdict: ChangeVerdict
    significant: boolean
    pValue: number | null
    /** Runs on each side the test saw (runs with usage; for the hit rate, runs with input). */
    runs: { a: number; b: number }
  } | null
}

export interface SideComparison {
  a: ComparedSide
  b: ComparedSide
  metrics: MetricComparison[]
  /** What moved cost per run from A to B; null when a side has no run with usage. */
  drivers: (CostChange & { sentence: string }) | null
}

interface RunValues {
  requests: number[]
  tokens: number[]
  cost: number[]
  cacheHitRate: number[]
}

function sideOf(label: string, runs: readonly RunSummary[]): { side: ComparedSide; perRun: RunValues } {
  const models = new ModelMetricsAccumulator()
  const tokens = emptyTokenCounts()
  const perRun: RunValues = { requests: [], tokens: [], cost: [], cacheHitRate: [] }
  let requests = 0
  let costUsd = 0
  let unpricedRequests = 0
  let unpricedRuns = 0
  let durationMsTotal = 0
  for (const run of runs) {
    const usage = runUsageOf(run.models)
    // As in `report` (analyse-runs.ts): a totals-only run (agent_usage.json) has data, its tokens, cost and
    // credits count, but its rows carry no request count, so it stays out of requests per run.
    if (!summaryHasUsageData(run)) continue
    models.addAll(run.models)
    addTokenCounts(tokens, usage)
    requests += usage.requests
    costUsd += usage.costUsd
    unpricedRequests += usage.unpricedRequests
    unpricedRuns += usage.unpricedRuns
    for (const m of run.models) durationMsTotal += m.durationMsTotal
    if (usage.requests > 0) perRun.requests.push(usage.requests)
    perRun.tokens.push(totalTokensOf(usage))
    perRun.cost.push(usage.costUsd)
    const hitRate = cacheHitRateOf(usage)
    if (hitRate !== null) perRun.cacheHitRate.push(hitRate)
  }
  const withData = perRun.tokens.length
  const perRunOf = (total: number, over = withData): number | null => (over > 0 ? total / over : null)
  // A cost nobody knows (every request unpriced) is null, never 0, as in the JSON report.
  // A totals-only run without a price counts as an unpriced run (its rows have no requests).
  const costKnown = pricingOf(requests, unpricedRequests, unpricedRuns, costUsd) !== 'unpriced'
  return {
    side: {
      label,
      runsFound: runs.length,
      values: {
        runs: withData,
        requests,
        totalTokens: totalTokensOf(tokens),
        fullPriceTokens: fullPriceTokensOf(tokens),
        cacheHitRate: cacheHitRateOf(tokens),
        cacheWriteRate: cacheWriteRateOf(tokens),
        ioRatio: ioRatioOf(tokens),
        avgLatencyMs: requests > 0 && durationMsTotal > 0 ? durationMsTotal / requests : null,
        costUsd: costKnown ? costUsd : null,
        requestsPerRun: perRunOf(requests, perRun.requests.length),
        tokensPerRun: perRunOf(totalTokensOf(tokens)),
        costPerRunUsd: costKnown ? perRunOf(costUsd) : null,
      },
      unpricedRequests,
      models: models.result(),
    },
    perRun,
  }
}

const RATES: ReadonlySet<ComparedMetric> = new Set(['cacheHitRate', 'cacheWriteRate'])
const TESTED: Partial<Record<ComparedMetric, keyof RunValues>> = {
  requestsPerRun: 'requests',
  tokensPerRun: 'tokens',
  costPerRunUsd: 'cost',
  cacheHitRate: 'cacheHitRate',
}

/** Compares two sides' runs: metrics, changes, significance of the per-run ones and the cost drivers. */
export function compareSides(
  a: { label: string; runs: readonly RunSummary[] },
  b: { label: string; runs: readonly RunSummary[] },
  options: SignificanceOptions = {},
): SideComparison {
  const left = sideOf(a.label, a.runs)
  const right = sideOf(b.label, b.runs)
  const metrics = COMPARED_METRICS.map((metric): MetricComparison => {
    const x = left.side.values[metric]
    const y = right.side.values[metric]
    const both = x !== null && y !== null
    const tested = TESTED[metric]
    let significance: MetricComparison['significance'] = null
    if (tested) {
      const test = compareSamples(left.perRun[tested], right.perRun[tested], options)
      significance = {
        verdict: test.verdict,
        significant: test.significant,
        pValue: test.pValue,
        runs: { a: test.runs.baseline, b: test.runs.current },
      }
    }
    return {
      metric,
      a: x,
      b: y,
      change: both ? y - x : null,
      relative: both && !RATES.has(metric) && x !== 0 ? (y - x) / Math.abs(x) : null,
      significance,
    }
  })
  // Drivers split a known change of cost per run: both sides need runs with usage and a known cost.
  const canDecompose = [left, right].every(({ side }) => side.values.runs! > 0 && side.values.costUsd !== null)
  let drivers: SideComparison['drivers'] = null
  if (canDecompose) {
    const change = decomposeCostChange(
      { runs: left.side.values.runs!, models: left.side.models },
      { runs: right.side.values.runs!, models: right.side.models },
    )
    drivers = { ...change, sentence: describeDrivers(change) }
  }
  return { a: left.side, b: right.side, metrics, drivers }
}
