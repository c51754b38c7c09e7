/**
 * The reducers: per run → per model → per workflow, per provider and in total, producing the JSON report.
 * Pure: everything comes from RunSummary objects, which hold normalised and already priced usage.
 */
import {
  emptyCostByType,
  emptyTokenCounts,
  type ModelUsage,
  type RunSummary,
  type TokenCounts,
} from '../usage/run-summary.js'
import { distributionOf, percentileOf } from './distribution.js'
import { weighFlags } from './flag-weight.js'
import { DEFAULT_FLAG_THRESHOLDS, flagsFor, modelFlagsFor, type FlagThresholds } from './flags.js'
import { addCostByType, ModelMetricsAccumulator } from './model-metrics.js'
import type { DetectionTotals, ReportData, RunMetrics, WorkflowMetrics } from './report-data.js'
import { noDataReasonOf } from './run-state-reasons.js'
import {
  addTokenCounts,
  cacheHitRateOf,
  cacheWriteRateOf,
  fullPriceTokensOf,
  ioRatioOf,
  totalTokensOf,
} from './token-metrics.js'

export interface AnalyseOptions {
  /** The window the runs were selected for; echoed in the report (null/absent: open). */
  window?: { since?: Date | string | null; until?: Date | string | null }
  thresholds?: Readonly<FlagThresholds>
  /** How many file:line examples of skipped lines the report keeps (default 10). */
  maxSkipExamples?: number
}

/** Agent usage of one run, summed over its models. */
export interface RunUsage extends TokenCounts {
  requests: number
  costUsd: number
  unpricedRequests: number
}

export function runUsageOf(models: readonly ModelUsage[]): RunUsage {
  const usage: RunUsage = { ...emptyTokenCounts(), requests: 0, costUsd: 0, unpricedRequests: 0 }
  for (const m of models) {
    addTokenCounts(usage, m)
    usage.requests += m.requests
    usage.costUsd += m.costUsd
    usage.unpricedRequests += m.unpricedRequests
  }
  return usage
}

function runMetricsOf(run: RunSummary, usage: RunUsage): RunMetrics {
  const metrics: RunMetrics = {
    runId: run.runId,
    state: run.state,
    requests: usage.requests,
    totalTokens: totalTokensOf(usage),
    cacheHitRate: cacheHitRateOf(usage),
    ioRatio: ioRatioOf(usage),
    costUsd: usage.costUsd,
    unpricedRequests: usage.unpricedRequests,
  }
  if (run.branch !== undefined) metrics.branch = run.branch
  if (run.url !== undefined) metrics.url = run.url
  if (run.createdAt !== undefined) metrics.createdAt = run.createdAt
  if (run.stateDetail !== undefined) metrics.stateDetail = run.stateDetail
  return metrics
}

function workflowMetricsOf(
  name: string,
  runs: readonly RunSummary[],
  thresholds: Readonly<FlagThresholds>,
): WorkflowMetrics {
  const models = new ModelMetricsAccumulator()
  const detection = new ModelMetricsAccumulator()
  const tokens = emptyTokenCounts()
  const cost = emptyCostByType()
  const tokensPerRun: number[] = []
  const costPerRun: number[] = []
  const durations: number[] = []
  const runDetails: RunMetrics[] = []
  let requests = 0
  let costUsd = 0
  let durationMsTotal = 0

  for (const run of runs) {
    const usage = runUsageOf(run.models)
    models.addAll(run.models)
    detection.addAll(run.detection)
    for (const m of run.models) {
      addCostByType(cost, m.cost)
      durationMsTotal += m.durationMsTotal
    }
    addTokenCounts(tokens, usage)
    requests += usage.requests
    costUsd += usage.costUsd
    // A loop, not push(...spread): real runs can hold more durations than the engine's argument limit.
    for (const d of run.durationsMs) durations.push(d)
    if (usage.requests > 0) {
      tokensPerRun.push(totalTokensOf(usage))
      costPerRun.push(usage.costUsd)
    }
    runDetails.push(runMetricsOf(run, usage))
  }

  const runsWithData = tokensPerRun.length
  // Runs with data by cost, highest first; runs without data after them, newest first.
  runDetails.sort(
    (a, b) =>
      Number(b.requests > 0) - Number(a.requests > 0) ||
      b.costUsd - a.costUsd ||
      (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
      a.runId.localeCompare(b.runId),
  )

  const metrics: WorkflowMetrics = {
    name,
    runs: runs.length,
    runsWithData,
    requests,
    ...tokens,
    totalTokens: totalTokensOf(tokens),
    fullPriceTokens: fullPriceTokensOf(tokens),
    cacheHitRate: cacheHitRateOf(tokens),
    cacheWriteRate: cacheWriteRateOf(tokens),
    ioRatio: ioRatioOf(tokens),
    avgLatencyMs: requests > 0 ? durationMsTotal / requests : null,
    costUsd,
    costPerRunUsd: runsWithData > 0 ? costUsd / runsWithData : null,
    models: models.result(),
    flags: [],
    requestsPerRun: runsWithData > 0 ? requests / runsWithData : null,
    tokensPerRun: distributionOf(tokensPerRun),
    costPerRun: distributionOf(costPerRun),
    latencyP50Ms: percentileOf(durations, 0.5),
    latencyP95Ms: percentileOf(durations, 0.95),
    cost,
    detection: detection.result(),
    runDetails,
  }
  const workflowFlags = flagsFor(metrics, thresholds)
  // Weighed by what they cost: a warning about little money reads as info (flag-weight.ts).
  metrics.flags = weighFlags(
    [...workflowFlags, ...modelFlagsFor(metrics.models, workflowFlags, thresholds, name)],
    metrics,
  )
  return metrics
}

function isoOrNull(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return value instanceof Date ? value.toISOString() : value
}

function detectionTotalsOf(runs: readonly RunSummary[]): DetectionTotals {
  const acc = new ModelMetricsAccumulator()
  let runsWithDetection = 0
  for (const run of runs) {
    acc.addAll(run.detection)
    if (run.detection.some((m) => m.requests > 0)) runsWithDetection++
  }
  const models = acc.result()
  const tokens = emptyTokenCounts()
  let requests = 0
  let costUsd = 0
  for (const m of models) {
    addTokenCounts(tokens, m)
    requests += m.requests
    costUsd += m.costUsd
  }
  return { runs: runsWithDetection, requests, ...tokens, totalTokens: totalTokensOf(tokens), costUsd, models }
}

/** Analyses run summaries into the JSON report: workflows by cost (highest first), totals, flags, gaps. */
export function analyseRuns(runs: readonly RunSummary[], options: AnalyseOptions = {}): ReportData {
  const thresholds = options.thresholds ?? DEFAULT_FLAG_THRESHOLDS
  const maxSkipExamples = options.maxSkipExamples ?? 10

  const byWorkflow = new Map<string, RunSummary[]>()
  for (const run of runs) {
    const list = byWorkflow.get(run.workflow)
    if (list) list.push(run)
    else byWorkflow.set(run.workflow, [run])
  }
  const workflows = [...byWorkflow].map(([name, list]) => workflowMetricsOf(name, list, thresholds))
  workflows.sort((a, b) => b.costUsd - a.costUsd || b.totalTokens - a.totalTokens || a.name.localeCompare(b.name))

  const allModels = new ModelMetricsAccumulator()
  for (const run of runs) allModels.addAll(run.models)
  const models = allModels.result()

  const totalsTokens = emptyTokenCounts()
  const totalsCost = emptyCostByType()
  let requests = 0
  let costUsd = 0
  const providers = new Map<string, { provider: string; requests: number; totalTokens: number; costUsd: number }>()
  for (const m of models) {
    addTokenCounts(totalsTokens, m)
    addCostByType(totalsCost, m.cost)
    requests += m.requests
    costUsd += m.costUsd
    const p = providers.get(m.provider) ?? { provider: m.provider, requests: 0, totalTokens: 0, costUsd: 0 }
    p.requests += m.requests
    p.totalTokens += totalTokensOf(m)
    p.costUsd += m.costUsd
    providers.set(m.provider, p)
  }

  const skipped: ReportData['skipped'] = {
    invalidLines: 0,
    duplicateRecords: 0,
    filteredRecords: 0,
    byReason: {},
    examples: [],
  }
  const runsWithoutData: ReportData['runsWithoutData'] = []
  const unpriced = new Map<string, { provider: string; model: string; requests: number }>()
  let first: string | null = null
  let last: string | null = null
  for (const run of runs) {
    skipped.invalidLines += run.skipped.invalidLines
    skipped.duplicateRecords += run.skipped.duplicateRecords
    skipped.filteredRecords += run.skipped.filteredRecords
    for (const [reason, count] of Object.entries(run.skipped.byReason)) {
      skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + (count ?? 0)
    }
    for (const example of run.skipped.examples) {
      if (skipped.examples.length >= maxSkipExamples) break
      // A file path alone (agent/token_usage.jsonl) is in every run's artifact: the example names its run.
      skipped.examples.push({ ...example, workflow: run.workflow, runId: run.runId })
    }
    if (runUsageOf(run.models).requests === 0) {
      runsWithoutData.push({ workflow: run.workflow, runId: run.runId, reason: noDataReasonOf(run), state: run.state })
    }
    for (const m of [...run.models, ...run.detection]) {
      if (m.unpricedRequests <= 0) continue
      const key = `${m.provider}\u0000${m.model}`
      const entry = unpriced.get(key) ?? { provider: m.provider, model: m.model, requests: 0 }
      entry.requests += m.unpricedRequests
      unpriced.set(key, entry)
    }
    if (run.firstRecordAt && (first === null || Date.parse(run.firstRecordAt) < Date.parse(first))) {
      first = run.firstRecordAt
    }
    if (run.lastRecordAt && (last === null || Date.parse(run.lastRecordAt) > Date.parse(last))) {
      last = run.lastRecordAt
    }
  }

  return {
    schemaVersion: 1,
    window: { since: isoOrNull(options.window?.since), until: isoOrNull(options.window?.until) },
    totals: {
      runs: runs.length,
      runsWithData: workflows.reduce((n, w) => n + w.runsWithData, 0),
      requests,
      ...totalsTokens,
      totalTokens: totalTokensOf(totalsTokens),
      costUsd,
      cacheHitRate: cacheHitRateOf(totalsTokens),
      ioRatio: ioRatioOf(totalsTokens),
      fullPriceTokens: fullPriceTokensOf(totalsTokens),
      cacheWriteRate: cacheWriteRateOf(totalsTokens),
      cost: totalsCost,
    },
    workflows,
    models,
    providers: [...providers.values()].sort((a, b) => b.costUsd - a.costUsd || b.requests - a.requests),
    runsWithoutData,
    skipped,
    unpricedModels: [...unpriced.values()].sort((a, b) => b.requests - a.requests || a.model.localeCompare(b.model)),
    detection: detectionTotalsOf(runs),
    dataRange: { first, last },
  }
}
