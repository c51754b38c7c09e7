/**
 * Per workflow and metric: this window's runs against the baseline's, or the runs pooled since the change began
 * (pooled-change.ts decides), since when the new level holds (level-shift.ts), and for cost per run what the change
 * is made of (cost-drivers.ts).
 */
import type { WindowSample, WorkflowSample } from './baseline-window.js'
import { decomposeCostChange, type CostChange, type ModelUsageRow } from './cost-drivers.js'
import { describeDrivers } from './driver-sentence.js'
import { testedChangeOf } from './pooled-change.js'
import type { ChangeMetric, MetricChange } from '../report-data.js'
import type { RunValues } from './baseline-window.js'
import { cacheHitRateOf } from '../runs/token-metrics.js'

/** Drivers smaller than this (USD per run) are left out: float noise, or too small to name. */
export const MIN_DRIVER_USD = 0.0005

/** A change of cost per run smaller than this (USD) has no direction: it rounds to nothing. */
const NEGLIGIBLE_USD = 0.0005

/**
 * The pooled cache hit rate of some windows (cache read / (fresh input + cache read) over all their tokens, as the
 * report's tables show it); undefined when a window lacks the sums.
 */
function pooledCacheHitRate(samples: readonly WorkflowSample[]): number | null | undefined {
  if (samples.some((s) => !s.tokens)) return undefined
  const sum = { inputTokens: 0, cacheReadTokens: 0 }
  for (const s of samples) {
    sum.inputTokens += s.tokens!.inputTokens
    sum.cacheReadTokens += s.tokens!.cacheReadTokens
  }
  return cacheHitRateOf(sum)
}

/** The metrics compared, in the order a reader looks at them. */
export const CHANGE_METRICS: readonly ChangeMetric[] = [
  'costPerRunUsd',
  'tokensPerRun',
  'requestsPerRun',
  'cacheHitRate',
  'aiCreditsPerRun',
]

const VALUE_OF: Record<ChangeMetric, (run: RunValues) => number | null> = {
  costPerRunUsd: (r) => r.costUsd,
  tokensPerRun: (r) => r.totalTokens,
  requestsPerRun: (r) => r.requests,
  cacheHitRate: (r) => r.cacheHitRate,
  aiCreditsPerRun: (r) => r.aiCredits,
}

const valuesOf = (runs: readonly RunValues[], metric: ChangeMetric): number[] =>
  runs.flatMap((r) => {
    const v = VALUE_OF[metric](r)
    return v === null ? [] : [v]
  })

export interface WorkflowChanges {
  changes: MetricChange[]
  /** The cost decomposition behind the cost-per-run drivers, when both sides have model rows. */
  costChange: CostChange | null
  /** The changes whose runs, before and now, all had the same value: no test can tell anything from them. */
  constant: Set<MetricChange>
}

export interface ChangeOptions {
  /** The smallest relative change that counts (the `trend-threshold`). */
  minEffect: number
  minRuns?: number
  alpha?: number
}

/**
 * The workflow's changes against its runs in the baseline windows (newest first, as baselineWindowsOf gives them).
 * A metric is left out when neither side has a value for it (AI credits before the firewall charged any).
 */
export function workflowChangesOf(
  current: WorkflowSample & { date: string },
  baseline: readonly { date: string; workflow: WorkflowSample }[],
  options: ChangeOptions,
): WorkflowChanges {
  const baseRuns = baseline.flatMap((b) => b.workflow.runs)
  const costChange = costChangeOf(current, baseline)
  // The hit rate shown is the pooled one, as everywhere in the report (a run with much input weighs more than the mean
  // of per-run rates gives it); the test still ranks the per-run rates. Both sides pooled, or neither.
  const pooledBefore = pooledCacheHitRate(baseline.map((b) => b.workflow))
  const pooledNow = pooledCacheHitRate([current])
  const pooled =
    pooledBefore !== undefined && pooledNow !== undefined ? { baseline: pooledBefore, current: pooledNow } : undefined
  const changes: MetricChange[] = []
  const constant = new Set<MetricChange>()
  for (const metric of CHANGE_METRICS) {
    const before = valuesOf(baseRuns, metric)
    const now = valuesOf(current.runs, metric)
    if (before.length === 0 && now.length === 0) continue
    if (metric === 'aiCreditsPerRun' && before.length === 0) continue
    // Oldest first, the current window last.
    const windows = [...baseline].reverse().map((b) => ({ date: b.date, values: valuesOf(b.workflow.runs, metric) }))
    windows.push({ date: current.date, values: now })
    const tested = testedChangeOf(windows, {
      minEffect: options.minEffect,
      ...(options.minRuns !== undefined ? { minRuns: options.minRuns } : {}),
      ...(options.alpha !== undefined ? { alpha: options.alpha } : {}),
      ...(metric === 'costPerRunUsd' ? { minAbsolute: NEGLIGIBLE_USD } : {}),
      ...(metric === 'cacheHitRate' && pooled ? { shown: pooled } : {}),
    })
    const c = tested.comparison
    const withDrivers = metric === 'costPerRunUsd' && costChange !== null
    const change: MetricChange = {
      metric,
      direction: c.direction,
      baseline: c.baseline,
      current: c.current,
      relative: c.relative,
      significant: c.significant,
      pValue: c.pValue,
      runs: c.runs,
      verdict: c.verdict,
      since: tested.since,
      ...(tested.pooled ? { pooled: tested.pooled } : {}),
      drivers: withDrivers
        ? costChange.drivers
            .filter((d) => Math.abs(d.contribution) >= MIN_DRIVER_USD)
            .map((d) => ({ id: d.id, contribution: d.contribution }))
        : [],
      ...(withDrivers ? { why: describeDrivers(costChange) } : {}),
    }
    changes.push(change)
    const all = [...before, ...now]
    if (all.every((v) => v === all[0])) constant.add(change)
  }
  return { changes, costChange, constant }
}

/** Cost per run split into drivers; null when a side has no run with data or no model rows (a v1 data block). */
function costChangeOf(current: WorkflowSample, baseline: readonly { workflow: WorkflowSample }[]): CostChange | null {
  if (current.runsWithData === 0 || current.models.length === 0) return null
  // Only windows that kept their model rows: runs and rows must describe the same runs.
  const withModels = baseline.filter((b) => b.workflow.models.length > 0 && b.workflow.runsWithData > 0)
  if (withModels.length === 0) return null
  const runs = withModels.reduce((n, b) => n + b.workflow.runsWithData, 0)
  const models: ModelUsageRow[] = withModels.flatMap((b) => b.workflow.models)
  return decomposeCostChange({ runs, models }, { runs: current.runsWithData, models: current.models })
}

/** The baseline windows' samples of one workflow (names matched loosely by `keyOf`), newest first. */
export function baselineOfWorkflow(
  windows: readonly WindowSample[],
  name: string,
  keyOf: (name: string) => string,
): { date: string; workflow: WorkflowSample }[] {
  const key = keyOf(name)
  return windows.flatMap((w) => {
    const workflow = w.workflows.find((x) => keyOf(x.name) === key)
    return workflow ? [{ date: w.date, workflow }] : []
  })
}
