/**
 * The JSON report: the contract other tools and our own tests read (schemaVersion 1).
 * Rates are fractions (0–1), costs USD numbers, token counts integers after normalisation.
 * Fields beyond the documented contract are additive; nothing documented is renamed or removed.
 */
import type { RepositoryMetrics } from './repositories/repository-metrics.js'
import type { PullRequestCost } from './runs/pull-request-costs.js'
import type { CostByType, RunState, TokenCounts } from '../usage/run-summary.js'
import type { BudgetStatus } from './budgets/budget-status.js'
import type { AiCreditsRepricing } from './runs/ai-credits-repricing.js'
import type { Driver, ModelUsageRow } from './trends/cost-drivers.js'
import type { CreditGuardrails } from './budgets/credit-guardrails.js'
import type { MonthForecast } from './budgets/month-forecast.js'
import type { PeriodMetrics, PeriodSplit } from './rollups/period-metrics.js'

export type Severity = 'info' | 'warning' | 'critical'

/** Stable flag ids; `increasing-trend` is added with the trends of a report series. */
export type FlagId =
  | 'zero-cache-hits'
  | 'low-cache-hits'
  | 'cache-write-exceeds-read'
  | 'high-io-ratio'
  | 'many-small-requests'
  | 'high-cost-per-run'
  | 'model-zero-cache-hits'
  | 'increasing-trend'
  | 'near-daily-credit-cap'
  | 'decreasing-trend'
  | 'model-fallbacks'

/**
 * The measured quantity a flag compares with its threshold. Rates are fractions; for increasing-trend the value is
 * the relative change (0.3 = +30%) of the first metric that rose.
 */
export type FlagMetric =
  | 'cacheHitRate'
  | 'cacheWriteTokens'
  | 'ioRatio'
  | 'requestsPerRun'
  | 'costPerRunUsd'
  | 'tokensPerRun'
  | 'aiCreditsPerDay'
  | 'fallbackRate'

/**
 * A per-run quantity that rose (increasing-trend) or fell (decreasing-trend) significantly: `previous` is the
 * baseline's mean per run, `current` this window's.
 */
export interface FlagRise {
  metric: 'tokensPerRun' | 'costPerRunUsd'
  previous: number
  current: number
  /** Relative: 0.3 = +30%. */
  change: number
}

/** What a flag found, as data: renderers word it (see analysis/flag-wording.ts). */
export interface FlagFinding {
  id: FlagId
  severity: Severity
  /** The workflow the flag is about. */
  workflow: string
  /** The model, for a flag about one model of the workflow. */
  model?: string
  metric: FlagMetric
  value: number
  /** The threshold `value` crossed (for cache-write-exceeds-read: the allowed write/read ratio). */
  threshold: number
  /** Further numbers the wording quotes. */
  context?: FlagContext
  /** UTC date (YYYY-MM-DD) of the first report of the series the flag stood on (additive). */
  since?: string
  /** Against the previous report: raised for the first time, worse than before, or unchanged (additive). */
  standing?: 'new' | 'worsened' | 'persisting'
  /** The severity before a flag was weighed by its money at stake and downgraded to info (additive). */
  downgradedFrom?: Severity
}

export interface FlagContext {
  /** near-daily-credit-cap: true when the workflow had no recorded AI credits and USD × 100 stood in. */
  aiCreditsEstimated?: boolean
  /** near-daily-credit-cap in a rollup: the report day the workflow came near the cap. */
  day?: string
  /** cache-write-exceeds-read: the cache read the write is compared with. */
  cacheReadTokens?: number
  /** many-small-requests: the output tokens per request and their threshold. */
  outputTokensPerRequest?: number
  outputTokensThreshold?: number
  /** model-zero-cache-hits: the model's requests and its share (0–1) of the workflow's cost, when it had a cost. */
  requests?: number
  costShare?: number
  /** increasing-trend: each per-run quantity that rose, and the report compared with. */
  rises?: FlagRise[]
  previousReport?: number
  /** decreasing-trend: each per-run quantity that fell. */
  falls?: FlagRise[]
  /** Trend flags: the rank test's p-value of the first metric, the first report date at the new level, the drivers. */
  pValue?: number
  changeSince?: string | null
  drivers?: string
  /** Trend flags: the baseline's reports and runs. */
  baselineReports?: number
  baselineRuns?: number
  /** What acting on the flag would save per run (USD), where that can be computed. */
  savingPerRunUsd?: number
  /** The cost per run the flag is about (USD), where it can be told: weighs the flag against the workflow's cost. */
  atStakePerRunUsd?: number
  /** model-fallbacks: the requests that fell back, of how many, and the most frequent requested → served pair. */
  fallbackRequests?: number
  topFallback?: { requested: string; served: string; requests: number }
}

/** A flag in the JSON report: the finding plus its sentence, kept for readers of schema 1. */
export interface Flag extends FlagFinding {
  /** Quotes the measured value and the threshold (plain text, worded by flagMessageOf). */
  message: string
  /** What to look at (additive). */
  recommendation?: string
}

/** A model's usage: the drivers' row (requests, tokens by type, cost in all and by type) and more. */
export interface ModelMetrics extends ModelUsageRow {
  provider: string
  avgLatencyMs: number | null
  unpricedRequests: number
  /** Totals-only runs (no request count) whose usage of the model no price covered; absent: none. Additive. */
  unpricedRuns?: number
  // Additive fields (issue 9)
  /** Reasoning tokens: a part of outputTokens, never added on top (see usage/run-summary.ts). */
  reasoningTokens?: number
  /** AI credits the firewall recorded (`ai_credits_this_response`); null when no request of the model carried one. */
  aiCredits?: number | null
  /** Requests that carried a recorded AI-credit value. */
  aiCreditsRequests?: number
  /** aiCreditsRequests / requests; null without requests (a totals-only run's row). */
  aiCreditsCoverage?: number | null
  /** Our repricing in AI credits: costUsd × 100 (1 AIC = $0.01). */
  repricedAiCredits?: number
}

/** AI credits of a scope (totals, workflow, run): the recorded sum and the share of requests that carried one. */
export interface AiCreditsFields {
  /** Null when no record of the scope carried `ai_credits_this_response` (nor a totals-only run its `ai_credits`). */
  aiCredits: number | null
  /** Share (0–1) of the scope's requests that carried a value; null without requests. */
  aiCreditsCoverage: number | null
}

/** The firewall's own routing calls (`purpose: "routing_classification"`): never in totals, workflows or flags. */
export interface RoutingTotals {
  requests: number
  totalTokens: number
  costUsd: number
  aiCredits: number | null
  /** Per model (the top-level and per-workflow routing only). */
  models: ModelMetrics[]
}

/** Requests the firewall served with a fallback model, priced on the model that served them. */
export interface FallbackMetrics {
  requests: number
  /** By `model_fallback.reason`. */
  byReason: Record<string, number>
  /** Requested → served model, most requests first. */
  models: { requested: string; served: string; requests: number }[]
}

/** How the firewall priced the AI credits it recorded (`ai_credits_pricing_source`, counted over agent requests). */
export interface AiCreditsPricing {
  sources: Record<string, number>
  /** Requests priced with the firewall's fallback pricing (`ai_credits_fallback_pricing_used`). */
  fallbackPricingRequests: number
}

/** Distribution of a per-run quantity over the runs with data. */
export interface Distribution {
  mean: number
  median: number
  p95: number
}

export interface RunMetrics {
  runId: string
  branch?: string
  url?: string
  createdAt?: string
  /** GitHub's conclusion of the run (`success`, `failure`…); absent for local files (additive). */
  conclusion?: string
  state: RunState
  stateDetail?: string
  requests: number
  totalTokens: number
  cacheHitRate: number | null
  ioRatio: number | null
  costUsd: number
  /** Requests of this run without a price (their cost is not in costUsd); additive. */
  unpricedRequests?: number
  /** 1 for a totals-only run (no request count) that no price covered; absent otherwise. Additive. */
  unpricedRuns?: number
  /** Additive (issue 9): recorded AI credits and their coverage, reasoning tokens. */
  aiCredits?: number | null
  aiCreditsCoverage?: number | null
  reasoningTokens?: number
}

/**
 * What every scope of runs counts (the totals, a workflow, a daily's data block row, a rollup): its runs, those with
 * token data, their requests, tokens by type (input is fresh input only) and cost in USD.
 */
export interface UsageCounts extends TokenCounts {
  runs: number
  runsWithData: number
  requests: number
  costUsd: number
}

export interface WorkflowMetrics extends UsageCounts {
  name: string
  totalTokens: number
  fullPriceTokens: number
  cacheHitRate: number | null
  cacheWriteRate: number | null
  ioRatio: number | null
  avgLatencyMs: number | null
  costPerRunUsd: number | null
  models: ModelMetrics[]
  flags: Flag[]
  // Additive fields
  requestsPerRun: number | null
  tokensPerRun: Distribution | null
  costPerRun: Distribution | null
  latencyP50Ms: number | null
  latencyP95Ms: number | null
  cost: CostByType
  /** Threat-detection usage of this workflow, shown apart. */
  detection: ModelMetrics[]
  runDetails: RunMetrics[]
  // Additive fields (issue 9)
  reasoningTokens?: number
  aiCredits?: number | null
  aiCreditsCoverage?: number | null
  /** Our repricing of the requests that carried credits (see ai-credits-repricing.ts). */
  repricedAiCredits?: number | null
  repricedAiCreditsRecorded?: number | null
  repricedAiCreditsLeftOut?: string[]
  /** The firewall's routing calls of this workflow's runs: not in any number above. */
  routing?: RoutingTotals
  fallbacks?: FallbackMetrics
  /** Copilot's `x_initiator`: `user` requests are premium, `agent` ones are not. */
  initiators?: { user: number; agent: number }
  aiCreditsPricing?: AiCreditsPricing
  /** Runs analysed from their `agent_usage.json` totals only (counted in runsWithData). */
  runsTotalsOnly?: number
  /** Runs that failed and what they cost; null when no run's conclusion is known (additive). */
  failedRuns?: FailedRuns | null
  /** An organisation report's workflow: its repository (`owner/name`; its name is `owner/name/Workflow`). */
  repository?: string
}

/** Runs GitHub concluded `failure`, `timed_out` or `startup_failure`, and their cost (USD, priced requests). */
export interface FailedRuns {
  runs: number
  costUsd: number
}

export interface ReportData {
  schemaVersion: 1
  window: { since: string | null; until: string | null }
  totals: UsageCounts & {
    totalTokens: number
    cacheHitRate: number | null
    ioRatio: number | null
    // Additive fields
    fullPriceTokens: number
    cacheWriteRate: number | null
    cost: CostByType
    reasoningTokens?: number
    aiCredits?: number | null
    aiCreditsCoverage?: number | null
    runsTotalsOnly?: number
    /** Runs that failed over all workflows and what they cost; null when no run's conclusion is known. */
    failedRuns?: FailedRuns | null
  } & Partial<AiCreditsRepricing>
  workflows: WorkflowMetrics[]
  /** Model mix over all workflows. */
  models: ModelMetrics[]
  /** Per provider over all workflows. */
  providers: { provider: string; requests: number; totalTokens: number; costUsd: number }[]
  /** `state` is additive: the run's final state, so readers can group runs without parsing `reason`. */
  runsWithoutData: { workflow: string; runId: string; reason: string; state?: RunState }[]
  skipped: {
    invalidLines: number
    duplicateRecords: number
    filteredRecords: number
    byReason: Record<string, number>
    /** `workflow` and `runId` (additive) name the run the line came from. */
    examples: { file: string; line: number; reason: string; detail: string; workflow?: string; runId?: string }[]
  }
  /** `runs`: totals-only runs (no request count) of the model, absent when none. */
  unpricedModels: { provider: string; model: string; requests: number; runs?: number }[]
  // Additive fields
  /** Threat-detection usage over all workflows: kept apart, never part of `totals`. */
  detection?: DetectionTotals
  /** First and last record timestamps seen (ISO), for the period when no window was given. */
  dataRange?: { first: string | null; last: string | null }
  /** Comparison with the previous report of the series (added by src/lifecycle when publishing). */
  trends?: ReportTrends
  /** Spend against each budget of the `budgets` input (the action's reports; additive). */
  budgets?: BudgetStatus[]
  /** The month-end projection, once the series has 7 report days (the action's reports; additive). */
  forecast?: MonthForecast | null
  /** Runs near gh-aw's per-run AI-credit cap (the action's reports; additive). */
  guardrails?: CreditGuardrails
  /** An organisation report's repositories, costliest first, those not read included (additive). */
  repositories?: RepositoryMetrics[]
  /** Usage per calendar period of the records' own timestamps (the CLI's `report --by`), and how it was cut. */
  periods?: PeriodMetrics[]
  periodSplit?: PeriodSplit
  // Additive fields (issue 9)
  /** The firewall's routing calls over all workflows: kept apart like detection, never in `totals`. */
  routing?: RoutingTotals
  fallbacks?: FallbackMetrics
  aiCreditsPricing?: AiCreditsPricing
  /** `_schema` versions of the records counted, with their record counts. */
  schemaVersions?: Record<string, number>
  /** Runs whose `agent_usage.json` disagrees with their per-request records by more than 1%. */
  aggregateMismatches?: AggregateMismatchRow[]
  /** Runs whose artifact (or files) existed but yielded no record: what was inspected. */
  noRecords?: NoRecordsRow[]
  /** The pull requests whose agent runs cost the most in the window, costliest first (the action's daily report). */
  pullRequests?: PullRequestCost[]
  /** The median agent cost per pull request of those; null without pull requests. */
  pullRequestMedianUsd?: number | null
  /** The price catalogue that priced the report (set by the caller that loaded it). */
  prices?: PricesUsed
}

export interface AggregateMismatchRow {
  workflow: string
  runId: string
  file: string
  mismatches: { field: string; aggregate: number; records: number }[]
}

export interface NoRecordsRow {
  workflow: string
  runId: string
  state: RunState
  artifact?: string
  files: string[]
  archiveEntries?: number
  archivePaths?: string[]
}

export interface PricesUsed {
  source: 'bundled' | 'remote'
  version: string
  fetchedAt: string | null
}

/** One per-run quantity in the previous and in this report; `change` is relative (0.3 = +30%), null without a base. */
export interface TrendValue {
  previous: number | null
  current: number | null
  change: number | null
}

export interface WorkflowTrend {
  name: string
  /** new: no data in the previous report; disappeared: no data in this one. */
  status: 'compared' | 'new' | 'disappeared'
  tokensPerRun: TrendValue
  costPerRunUsd: TrendValue
  /** `change` is the difference in rate (0.05 = 5 percentage points), not relative. */
  cacheHitRate: TrendValue
  /** Previous is null when the previous report did not count requests (the LLM analyzer's). */
  requestsPerRun: TrendValue
  /** Prompt caching went from no cache reads to some (gained) or back (lost). */
  caching: 'gained' | 'lost' | null
  /** This window against the baseline, per metric (additive; see analysis/workflow-changes.ts). */
  changes: MetricChange[]
  /** Models with requests in this window and none in the baseline (new) or the other way round (gone) (additive). */
  models?: { new: string[]; gone: string[] }
}

/** The per-run metrics compared with the baseline. */
export type ChangeMetric = 'costPerRunUsd' | 'tokensPerRun' | 'requestsPerRun' | 'cacheHitRate' | 'aiCreditsPerRun'

/** The runs since a level shift, pooled over reports, against the runs before it. */
export interface PooledChange {
  /** First report date at the new level. */
  since: string
  runs: { before: number; after: number }
  /** Two-sided Mann–Whitney p-value of the pooled runs, before the correction for choosing the split. */
  pValue: number
}

/** One metric of a workflow: the baseline's runs against this window's, and whether the change is significant. */
export interface MetricChange {
  metric: ChangeMetric
  /** Direction of the means; null when they are equal. */
  direction: 'up' | 'down' | null
  /** Means per run (the cache hit rate: the mean of the runs' rates, 0–1). */
  baseline: number | null
  current: number | null
  /** (current − baseline) / baseline; null when the baseline is 0. */
  relative: number | null
  significant: boolean
  /**
   * Two-sided Mann–Whitney p-value of the test that decided (this window against the baseline, or the runs pooled
   * since the change began: see `pooled`), corrected for choosing between them; null with too few runs.
   */
  pValue: number | null
  /**
   * `pValue` adjusted by Benjamini–Hochberg over every tested workflow × metric of the report; significant needs it
   * below 0.01 (additive; absent when not tested).
   */
  pAdjusted?: number
  runs: { baseline: number; current: number }
  /**
   * The runs since the level shift (earlier reports' windows and this one) against the runs before it, when the
   * baseline held windows at the new level already (additive).
   */
  pooled?: PooledChange
  /**
   * too-few-runs: no ordering of this few runs could be significant (1 run against fewer than 199, 2 against 3…), so
   * the numbers are shown but nothing is told or flagged.
   */
  verdict: 'significant' | 'not-significant' | 'too-few-runs'
  /** First report date at the new level (significant changes only). */
  since: string | null
  /** costPerRunUsd only: what the change is made of, largest first; they sum to current − baseline. */
  drivers: Driver[]
  /** costPerRunUsd only, when drivers are given: the drivers in words. */
  why?: string
}

export interface ReportTrends {
  /** The report compared with; null for the first report of a series. */
  previous: {
    number: number
    url: string
    source: 'token-usage-analyzer' | 'llm-analyzer'
    window: { since: string | null; until: string }
  } | null
  /** Smallest relative change of a per-run mean that counts (`trend-threshold`, the significance's minimum effect). */
  threshold: number
  /**
   * What this window is compared with: the earlier reports (with data blocks) within the `baseline` span, their runs
   * with data and their windows' start and end; `span` is the input (`7d`, `14d`, `previous`).
   */
  baseline: { span: string; reports: number; runs: number; since: string | null; until: string | null }
  /** Why nothing could be compared, when so. */
  note: string | null
  workflows: WorkflowTrend[]
  /** Earlier reports' per-day numbers plus this one, oldest first (the history table and sparklines). */
  history: HistoryPoint[]
  /** The cost of each UTC day from the runs' own times, oldest first (the daily cost chart; additive). */
  days?: DayCost[]
}

/** One UTC day of the series: the cost of the runs created that day. */
export interface DayCost {
  /** YYYY-MM-DD (UTC). */
  date: string
  /** Null when no report of the series covered the day (unknown, a gap); 0 for a covered day without runs. */
  costUsd: number | null
  /** Runs with data created that day; null when the day was not covered. */
  runsWithData: number | null
}

export interface HistoryPoint {
  /** UTC date of the report's window end. */
  date: string
  /** Issue number, null for this report. */
  report: number | null
  runsWithData: number
  totalTokens: number
  costUsd: number | null
  workflows: { name: string; runsWithData: number; tokensPerRun: number | null; costPerRunUsd: number | null }[]
}

/** Threat-detection usage totals (the `detection/` copy in the `usage` artifact). */
export interface DetectionTotals {
  runs: number
  requests: number
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  totalTokens: number
  costUsd: number
  models: ModelMetrics[]
}
