/**
 * The reducers: per run → per model → per workflow, per provider and in total, producing the JSON report.
 * Pure: everything comes from RunSummary objects, which hold normalised and already priced usage.
 */
import { failedRunsOf, sumFailedRuns } from './failed-runs.js'
import { sumRecordFacts, type RecordFacts } from '../../usage/record-facts.js'
import {
  emptyCostByType,
  emptyRecordFacts,
  emptyTokenCounts,
  hasUsageData,
  summaryHasUsageData,
  type ModelUsage,
  type RunSummary,
  type TokenCounts,
} from '../../usage/run-summary.js'
import { aiCreditsRepricingOf } from './ai-credits-repricing.js'
import { distributionOf, percentileOf } from './distribution.js'
import { weighFlags } from '../flags/flag-weight.js'
import {
  DEFAULT_FLAG_THRESHOLDS,
  flagsFor,
  modelFallbackFlagFor,
  modelFlagsFor,
  type FlagThresholds,
} from '../flags/flags.js'
import { ModelMetricsAccumulator } from './model-metrics.js'
import { addCostByType } from './usage-sums.js'
import type {
  AggregateMismatchRow,
  AiCreditsFields,
  DetectionTotals,
  FallbackMetrics,
  ModelMetrics,
  NoRecordsRow,
  ReportData,
  RoutingTotals,
  RunMetrics,
  WorkflowMetrics,
} from '../report-data.js'
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
  /** Totals-only rows without a price (see ModelUsage). */
  unpricedRuns: number
}

export function runUsageOf(models: readonly ModelUsage[]): RunUsage {
  const usage: RunUsage = { ...emptyTokenCounts(), requests: 0, costUsd: 0, unpricedRequests: 0, unpricedRuns: 0 }
  for (const m of models) {
    addTokenCounts(usage, m)
    usage.requests += m.requests
    usage.costUsd += m.costUsd
    usage.unpricedRequests += m.unpricedRequests
    usage.unpricedRuns += m.unpricedRuns ?? 0
  }
  return usage
}

/** Recorded AI credits of some model rows and the share of their requests that carried one. */
export function aiCreditsFieldsOf(
  rows: readonly Pick<ModelMetrics, 'requests' | 'aiCredits' | 'aiCreditsRequests'>[],
): AiCreditsFields {
  let aiCredits: number | null = null
  let carried = 0
  let requests = 0
  for (const m of rows) {
    if (m.aiCredits !== null && m.aiCredits !== undefined) aiCredits = (aiCredits ?? 0) + m.aiCredits
    carried += m.aiCreditsRequests ?? 0
    requests += m.requests
  }
  return { aiCredits, aiCreditsCoverage: requests > 0 ? carried / requests : null }
}

const reasoningTokensOf = (rows: readonly { reasoningTokens?: number }[]): number =>
  rows.reduce((n, m) => n + (m.reasoningTokens ?? 0), 0)

/** The per-record facts of a run; a summary from before they existed (an earlier report's reading) counts none. */
function recordFactsOf(run: RunSummary): RecordFacts {
  const empty = emptyRecordFacts()
  return {
    fallbacks: run.fallbacks ?? empty.fallbacks,
    pricingSources: run.pricingSources ?? empty.pricingSources,
    fallbackPricingRequests: run.fallbackPricingRequests ?? 0,
    initiators: run.initiators ?? empty.initiators,
    schemaVersions: run.schemaVersions ?? empty.schemaVersions,
  }
}

function fallbackMetricsOf(facts: RecordFacts): FallbackMetrics {
  return {
    requests: facts.fallbacks.requests,
    byReason: facts.fallbacks.byReason,
    models: facts.fallbacks.pairs.map((p) => ({ ...p })),
  }
}

/** Routing usage of some runs: the firewall's router calls, per model and summed. */
function routingTotalsOf(runs: readonly RunSummary[]): RoutingTotals {
  const acc = new ModelMetricsAccumulator()
  for (const run of runs) acc.addAll(run.routing ?? [])
  const models = acc.result()
  let requests = 0
  let totalTokens = 0
  let costUsd = 0
  for (const m of models) {
    requests += m.requests
    totalTokens += totalTokensOf(m)
    costUsd += m.costUsd
  }
  return { requests, totalTokens, costUsd, aiCredits: aiCreditsFieldsOf(models).aiCredits, models }
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
    ...(usage.unpricedRuns > 0 ? { unpricedRuns: 1 } : {}),
    ...aiCreditsFieldsOf(run.models),
    reasoningTokens: reasoningTokensOf(run.models),
  }
  if (run.branch !== undefined) metrics.branch = run.branch
  if (run.url !== undefined) metrics.url = run.url
  if (run.createdAt !== undefined) metrics.createdAt = run.createdAt
  if (run.conclusion !== undefined) metrics.conclusion = run.conclusion
  if (run.stateDetail !== undefined) metrics.stateDetail = run.stateDetail
  return metrics
}

/** Runs with data by cost, highest first; runs without data after them, newest first. */
const byDataThenCost = (a: RunMetrics, b: RunMetrics): number =>
  Number(hasUsageData(b)) - Number(hasUsageData(a)) ||
  b.costUsd - a.costUsd ||
  (b.createdAt ?? '').localeCompare(a.createdAt ?? '') ||
  a.runId.localeCompare(b.runId)

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
  let runsWithRequests = 0
  let runsTotalsOnly = 0

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
    if (summaryHasUsageData(run)) {
      tokensPerRun.push(totalTokensOf(usage))
      costPerRun.push(usage.costUsd)
      if (usage.requests > 0) runsWithRequests++
      else runsTotalsOnly++
    }
    runDetails.push(runMetricsOf(run, usage))
  }

  const runsWithData = tokensPerRun.length
  runDetails.sort(byDataThenCost)

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
    // Records without duration_ms (those `log` writes) leave the latency unknown, not 0 ms.
    avgLatencyMs: requests > 0 && durationMsTotal > 0 ? durationMsTotal / requests : null,
    costUsd,
    costPerRunUsd: runsWithData > 0 ? costUsd / runsWithData : null,
    models: models.result(),
    flags: [],
    // Over the runs that counted their requests: a totals-only run does not say how many it made.
    requestsPerRun: runsWithRequests > 0 ? requests / runsWithRequests : null,
    tokensPerRun: distributionOf(tokensPerRun),
    costPerRun: distributionOf(costPerRun),
    latencyP50Ms: percentileOf(durations, 0.5),
    latencyP95Ms: percentileOf(durations, 0.95),
    cost,
    detection: detection.result(),
    runDetails,
  }
  addFactsAndFlags(metrics, runs, runsTotalsOnly, thresholds)
  return metrics
}

/** The workflow's record facts (reasoning, AI credits, routing, fallbacks, initiators), then its flags, weighed. */
function addFactsAndFlags(
  metrics: WorkflowMetrics,
  runs: readonly RunSummary[],
  runsTotalsOnly: number,
  thresholds: Readonly<FlagThresholds>,
): void {
  const facts = sumRecordFacts(runs.map(recordFactsOf))
  metrics.reasoningTokens = reasoningTokensOf(metrics.models)
  Object.assign(metrics, aiCreditsFieldsOf(metrics.models), aiCreditsRepricingOf(runs.flatMap((r) => r.models)))
  metrics.routing = routingTotalsOf(runs)
  metrics.fallbacks = fallbackMetricsOf(facts)
  metrics.initiators = facts.initiators
  metrics.aiCreditsPricing = { sources: facts.pricingSources, fallbackPricingRequests: facts.fallbackPricingRequests }
  metrics.runsTotalsOnly = runsTotalsOnly
  metrics.failedRuns = failedRunsOf(metrics.runDetails)
  const workflowFlags = flagsFor(metrics, thresholds)
  const name = metrics.name
  // Weighed by what they cost: a warning about little money reads as info (flag-weight.ts).
  metrics.flags = weighFlags(
    [
      ...workflowFlags,
      ...modelFlagsFor(metrics.models, workflowFlags, thresholds, name),
      ...modelFallbackFlagFor({ name, requests: metrics.requests, fallbacks: metrics.fallbacks }, thresholds),
    ],
    metrics,
  )
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
  const workflows = workflowsOf(runs, options.thresholds ?? DEFAULT_FLAG_THRESHOLDS)
  const allModels = new ModelMetricsAccumulator()
  for (const run of runs) allModels.addAll(run.models)
  const models = allModels.result()
  const totals = modelTotalsOf(models)
  const facts = sumRecordFacts(runs.map(recordFactsOf))
  return {
    schemaVersion: 1,
    window: { since: isoOrNull(options.window?.since), until: isoOrNull(options.window?.until) },
    totals: {
      runs: runs.length,
      runsWithData: workflows.reduce((n, w) => n + w.runsWithData, 0),
      requests: totals.requests,
      ...totals.tokens,
      totalTokens: totalTokensOf(totals.tokens),
      costUsd: totals.costUsd,
      cacheHitRate: cacheHitRateOf(totals.tokens),
      ioRatio: ioRatioOf(totals.tokens),
      fullPriceTokens: fullPriceTokensOf(totals.tokens),
      cacheWriteRate: cacheWriteRateOf(totals.tokens),
      cost: totals.cost,
      reasoningTokens: reasoningTokensOf(models),
      ...aiCreditsFieldsOf(models),
      ...aiCreditsRepricingOf(runs.flatMap((r) => r.models)),
      runsTotalsOnly: workflows.reduce((n, w) => n + (w.runsTotalsOnly ?? 0), 0),
      failedRuns: sumFailedRuns(workflows.map((w) => w.failedRuns)),
    },
    workflows,
    models,
    providers: totals.providers,
    runsWithoutData: runs
      .filter((run) => !summaryHasUsageData(run))
      .map((run) => ({ workflow: run.workflow, runId: run.runId, reason: noDataReasonOf(run), state: run.state })),
    skipped: skippedOf(runs, options.maxSkipExamples ?? 10),
    unpricedModels: unpricedModelsOf(runs),
    detection: detectionTotalsOf(runs),
    dataRange: dataRangeOf(runs),
    routing: routingTotalsOf(runs),
    fallbacks: fallbackMetricsOf(facts),
    aiCreditsPricing: { sources: facts.pricingSources, fallbackPricingRequests: facts.fallbackPricingRequests },
    schemaVersions: facts.schemaVersions,
    aggregateMismatches: aggregateMismatchesOf(runs),
    noRecords: noRecordsOf(runs),
  }
}

/** Per workflow, costliest first. */
function workflowsOf(runs: readonly RunSummary[], thresholds: Readonly<FlagThresholds>): WorkflowMetrics[] {
  const byWorkflow = new Map<string, RunSummary[]>()
  for (const run of runs) {
    const list = byWorkflow.get(run.workflow)
    if (list) list.push(run)
    else byWorkflow.set(run.workflow, [run])
  }
  const workflows = [...byWorkflow].map(([name, list]) => workflowMetricsOf(name, list, thresholds))
  workflows.sort((a, b) => b.costUsd - a.costUsd || b.totalTokens - a.totalTokens || a.name.localeCompare(b.name))
  return workflows
}

/** The totals of the model rows, and per provider. */
function modelTotalsOf(models: readonly ModelMetrics[]) {
  const tokens = emptyTokenCounts()
  const cost = emptyCostByType()
  let requests = 0
  let costUsd = 0
  const providers = new Map<string, { provider: string; requests: number; totalTokens: number; costUsd: number }>()
  for (const m of models) {
    addTokenCounts(tokens, m)
    addCostByType(cost, m.cost)
    requests += m.requests
    costUsd += m.costUsd
    const p = providers.get(m.provider) ?? { provider: m.provider, requests: 0, totalTokens: 0, costUsd: 0 }
    p.requests += m.requests
    p.totalTokens += totalTokensOf(m)
    p.costUsd += m.costUsd
    providers.set(m.provider, p)
  }
  return {
    tokens,
    cost,
    requests,
    costUsd,
    providers: [...providers.values()].sort((a, b) => b.costUsd - a.costUsd || b.requests - a.requests),
  }
}

/** Lines skipped, duplicates and filtered records of every run, with the first examples (naming their run). */
function skippedOf(runs: readonly RunSummary[], maxSkipExamples: number): ReportData['skipped'] {
  const skipped: ReportData['skipped'] = {
    invalidLines: 0,
    duplicateRecords: 0,
    filteredRecords: 0,
    byReason: {},
    examples: [],
  }
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
  }
  return skipped
}

/** Models without a price, by requests (and runs, for totals-only rows). */
function unpricedModelsOf(runs: readonly RunSummary[]): ReportData['unpricedModels'] {
  const unpriced = new Map<string, ReportData['unpricedModels'][number]>()
  for (const run of runs) {
    for (const m of [...run.models, ...run.detection]) {
      if (m.unpricedRequests <= 0 && !m.unpricedRuns) continue
      const key = `${m.provider}\u0000${m.model}`
      const entry = unpriced.get(key) ?? { provider: m.provider, model: m.model, requests: 0 }
      entry.requests += m.unpricedRequests
      if (m.unpricedRuns) entry.runs = (entry.runs ?? 0) + m.unpricedRuns
      unpriced.set(key, entry)
    }
  }
  return [...unpriced.values()].sort((a, b) => b.requests - a.requests || a.model.localeCompare(b.model))
}

/** The first and last record times of all runs. */
function dataRangeOf(runs: readonly RunSummary[]): ReportData['dataRange'] {
  let first: string | null = null
  let last: string | null = null
  for (const run of runs) {
    if (run.firstRecordAt && (first === null || Date.parse(run.firstRecordAt) < Date.parse(first))) {
      first = run.firstRecordAt
    }
    if (run.lastRecordAt && (last === null || Date.parse(run.lastRecordAt) > Date.parse(last))) {
      last = run.lastRecordAt
    }
  }
  return { first, last }
}

/** Runs whose agent_usage.json totals disagree with their records. */
function aggregateMismatchesOf(runs: readonly RunSummary[]): AggregateMismatchRow[] {
  const rows: AggregateMismatchRow[] = []
  for (const run of runs) {
    const mismatches = run.aggregate?.use === 'cross-check' ? run.aggregate.mismatches : []
    if (run.aggregate && mismatches.length > 0) {
      rows.push({
        workflow: run.workflow,
        runId: run.runId,
        file: run.aggregate.file,
        mismatches: mismatches.map((m) => ({ ...m })),
      })
    }
  }
  return rows
}

/** Runs without data whose artifact was there: what was inspected, to name it. */
function noRecordsOf(runs: readonly RunSummary[]): NoRecordsRow[] {
  const rows: NoRecordsRow[] = []
  for (const run of runs) {
    if (!run.noRecords || summaryHasUsageData(run)) continue
    rows.push({
      workflow: run.workflow,
      runId: run.runId,
      state: run.state,
      ...((run.noRecords.artifact ?? run.artifact) ? { artifact: run.noRecords.artifact ?? run.artifact } : {}),
      files: [...run.noRecords.files],
      ...(run.noRecords.archiveEntries !== undefined ? { archiveEntries: run.noRecords.archiveEntries } : {}),
      ...(run.noRecords.archivePaths ? { archivePaths: [...run.noRecords.archivePaths] } : {}),
    })
  }
  return rows
}
