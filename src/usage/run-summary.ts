/**
 * Per-run summaries: the unit of work, of caching and of the hidden data block in a report.
 * Everything downstream (analysis, reports, trends) is computed from these, never from raw records.
 */

/** The final state of one workflow run; every run in a window ends in exactly one. */
export type RunState =
  | 'analysed'
  /** No per-request record, but the run's `agent_usage.json` totals: analysed from them (see `aggregate`). */
  | 'analysed-totals'
  | 'no-artifact'
  | 'artifact-expired'
  | 'no-token-file'
  | 'empty-token-file'
  | 'download-failed'
  | 'integrity-failed'
  | 'not-reached'

/** Token counts after provider normalisation: input is fresh (uncached) input only. */
export interface TokenCounts {
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
}

/** Cost in USD split by token type; all zero for unpriced requests. */
export interface CostByType {
  input: number
  output: number
  cacheRead: number
  cacheWrite: number
}

/** Usage of one canonical model (per provider) within one run. */
export interface ModelUsage extends TokenCounts {
  provider: string
  /** Canonical model name: `claude-sonnet-4.6` for claude-sonnet-4-6, copilot/claude-sonnet-4.6, dated snapshots… */
  model: string
  requests: number
  /** Sum of duration_ms, so averages can be merged across runs. */
  durationMsTotal: number
  costUsd: number
  cost: CostByType
  /** Requests of this model that no price covered (their cost is not in costUsd). */
  unpricedRequests: number
  /**
   * Totals-only runs (`agent_usage.json`, which gives no request count) whose usage of this model no price covered:
   * their cost is not in costUsd either. Beside `unpricedRequests` it says whether a cost is known (pricingOf in
   * analysis/report-view.ts). Absent: none (summaries cached before it existed).
   */
  unpricedRuns?: number
  /**
   * Reasoning (thinking) tokens: a part of `outputTokens`. Gemini's records leave them out of `output_tokens`, so
   * for Gemini `outputTokens` is output + reasoning (normalise.ts, `reasoningOutsideOutput`).
   */
  reasoningTokens: number
  /**
   * AI credits (AIC, 1 AIC = $0.01) the firewall charged: the sum of `ai_credits_this_response`, or the aggregate's
   * `ai_credits` for a totals-only run; null when nothing of this model carried a value.
   */
  aiCredits: number | null
  /** Requests that carried `ai_credits_this_response`: coverage is aiCreditsRequests / requests. */
  aiCreditsRequests: number
}

/** Requests the firewall served with a fallback model (`model_fallback`), priced on the model that served them. */
export interface FallbackCounts {
  requests: number
  /** By `model_fallback.reason` (`upstream_5xx`, `upstream_timeout`, …; `unknown` when absent). */
  byReason: Record<string, number>
  /** Requested → served model pairs (canonical names), most requests first. */
  pairs: FallbackPair[]
}

export interface FallbackPair {
  requested: string
  served: string
  requests: number
}

/** Copilot's `x_initiator` of the agent's requests: `user` requests are billed as premium, `agent` ones are not. */
export interface InitiatorCounts {
  user: number
  agent: number
}

/** One total the aggregate and the per-request records disagree on by more than 1%. */
export interface AggregateMismatch {
  field: 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens' | 'aiCredits'
  /** The value in `agent_usage.json`. */
  aggregate: number
  /** The same total summed from the run's per-request records (raw, as the writer sums them). */
  records: number
}

/**
 * The run's `agent_usage.json` (gh-aw's per-run totals in the `usage` and `agent` artifacts). Token counts are as
 * written: raw sums of the records, `inputTokens` not normalised.
 */
export interface AggregateUsage {
  /** The file it was read from (`usage.zip!/agent_usage.json`). */
  file: string
  /** `totals`: the run had no per-request record and was summarised from this; `cross-check`: records won. */
  use: 'totals' | 'cross-check'
  inputTokens: number
  outputTokens: number
  cacheReadTokens: number
  cacheWriteTokens: number
  reasoningTokens: number
  /** `ai_credits`; null when absent. */
  aiCredits: number | null
  /** `primary_model` (or the legacy `model`), when written. */
  primaryModel?: string
  /**
   * For a totals-only run: its cost repriced at base rates (sums cannot take per-request long-context tiers); null
   * when no price covers the model, and then the run's model row, whose `requests` is 0 (unknown), counts the run in
   * `unpricedRuns`.
   */
  costUsd?: number | null
  /** Totals that differ from the per-request records by more than 1% (cross-check only; empty when they agree). */
  mismatches: AggregateMismatch[]
}

/** What was looked at when an artifact (or a local input) yielded no usage at all, so a report can say so loudly. */
export interface NoRecordsDetail {
  /** The artifact's name, when collected from GitHub. */
  artifact?: string
  /** The token files found and read (none when the archive held none). */
  files: string[]
  /** Entries of the archive(s) searched, and the first of their paths (for a layout nobody expected). */
  archiveEntries?: number
  archivePaths?: string[]
}

/** Why a line was skipped. */
export type SkipReason = 'invalid-json' | 'schema' | 'line-too-long'

export interface SkipExample {
  file: string
  line: number
  reason: SkipReason
  /** Short, human-readable detail (e.g. the zod issue), never the whole line. */
  detail: string
}

export interface SkipCounts {
  invalidLines: number
  byReason: Partial<Record<SkipReason, number>>
  /** Up to a few examples for the report. */
  examples: SkipExample[]
  /** Records seen again in the same run (same request_id), e.g. the same file in two artifacts. */
  duplicateRecords: number
  /** Valid records left out by --providers / --since / --until. */
  filteredRecords: number
}

export interface RunSummary {
  workflow: string
  /** Run id as a string (GitHub ids exceed 2^31; local runs use their directory name). */
  runId: string
  branch?: string
  /** ISO time the run was created (GitHub); absent for local files. */
  createdAt?: string
  /** GitHub's conclusion of the run (`success`, `failure`…); absent for local files. */
  conclusion?: string
  url?: string
  /** The run's head commit, what started it, and this repository's pull requests it lists (GitHub runs). */
  headSha?: string
  event?: string
  pullRequests?: number[]
  state: RunState
  /** Detail for non-analysed states (the error message of a failed download, the expired artifact name…). */
  stateDetail?: string
  /** Name of the artifact the usage came from, when collected from GitHub. */
  artifact?: string
  /** The agent's own usage, per model. */
  models: ModelUsage[]
  /** Threat-detection usage (`detection/` in the `usage` artifact), kept apart from the agent's. */
  detection: ModelUsage[]
  /**
   * The firewall's own model-router calls (`purpose: "routing_classification"`), per model: kept apart like
   * detection, never in the run's totals.
   */
  routing: ModelUsage[]
  /** The agent's requests served by a fallback model. */
  fallbacks: FallbackCounts
  /** `ai_credits_pricing_source` of the agent's requests (`curated`, `models.dev`, `configured_default`, …). */
  pricingSources: Record<string, number>
  /** Agent requests whose AIC the firewall priced with fallback pricing (`ai_credits_fallback_pricing_used`). */
  fallbackPricingRequests: number
  /** `x_initiator` of the agent's requests. */
  initiators: InitiatorCounts
  /** `_schema` of every record counted (agent, detection, routing); `unversioned` for records without one. */
  schemaVersions: Record<string, number>
  /** The run's `agent_usage.json`, when it had one. */
  aggregate?: AggregateUsage
  /** Set when the run's artifact or files yielded no usage: what was inspected. */
  noRecords?: NoRecordsDetail
  /** Per-request durations of the agent's requests in ms, for latency percentiles. */
  durationsMs: number[]
  /**
   * Set when the run had more agent requests with a duration than `durationsMs` keeps (summariseRun keeps a
   * uniform sample of at most 50,000): the number of durations the sample was drawn from.
   */
  durationsSampledFrom?: number
  skipped: SkipCounts
  /** Timestamps of the first and last record (ISO), when any. */
  firstRecordAt?: string
  lastRecordAt?: string
  /**
   * The agent's usage per calendar period of its records' timestamps (SummariseOptions.periodOf; `undated` for
   * records without a readable one), in period order; absent unless periods were asked for.
   */
  periods?: RunPeriodUsage[]
}

/** The period of records without a readable timestamp, and of a totals-only run's usage. */
export const UNDATED_PERIOD = 'undated'

/** Periods in time order (their keys sort so), `undated` last. */
export function byPeriod(a: string, b: string): number {
  if (a === b) return 0
  if (a === UNDATED_PERIOD) return 1
  if (b === UNDATED_PERIOD) return -1
  return a < b ? -1 : 1
}

/** A run's agent usage within one period (`2026-04-17`, `2026-W16`, `2026-04` or `undated`), per model. */
export interface RunPeriodUsage {
  period: string
  models: ModelUsage[]
}

/** What every form of a run carries: a summary, a report's run row, a row of an earlier report's data block. */
export interface UsageEvidence {
  state: string
  /** Requests read from per-request records. */
  requests: number
  /** Tokens of every type. */
  totalTokens: number
  /** AI credits; null or absent when unknown. */
  aiCredits?: number | null
}

/**
 * Whether a run has usage data: the one meaning of "has data", for the report's counts, the step outputs, the
 * baseline and the list of runs without data. A run has data when it read requests, or when it is a totals-only run
 * (`analysed-totals`: known by its agent_usage.json, whose totals carry no request count) whose totals say
 * something; gh-aw's explicit zero evidence (no token, no credit) is a run that used nothing. A run whose records
 * were all filtered out or all duplicates read no request: it has no data, whatever its state.
 */
export function hasUsageData(run: UsageEvidence): boolean {
  return run.requests > 0 || (run.state === 'analysed-totals' && (run.totalTokens > 0 || (run.aiCredits ?? 0) > 0))
}

/** hasUsageData of a run summary, from its agent model rows. */
export function summaryHasUsageData(run: Pick<RunSummary, 'state' | 'models'>): boolean {
  let requests = 0
  let totalTokens = 0
  let aiCredits = 0
  for (const m of run.models) {
    requests += m.requests
    totalTokens += m.inputTokens + m.outputTokens + m.cacheReadTokens + m.cacheWriteTokens
    aiCredits += m.aiCredits ?? 0
  }
  return hasUsageData({ state: run.state, requests, totalTokens, aiCredits })
}

/** The summary of a run that yielded no usage, in `state`, with its detail (an error message…) when it has one. */
export function summaryWithoutUsage(
  run: Pick<RunSummary, 'workflow' | 'runId' | 'branch' | 'createdAt' | 'url' | 'artifact'>,
  state: RunState,
  detail?: string,
): RunSummary {
  return {
    ...run,
    state,
    ...(detail !== undefined ? { stateDetail: detail } : {}),
    models: [],
    detection: [],
    durationsMs: [],
    skipped: emptySkipCounts(),
    ...emptyRecordFacts(),
  }
}

/** The per-record facts of a run without records: no routing, no fallbacks, nothing counted. */
export function emptyRecordFacts(): Pick<
  RunSummary,
  'routing' | 'fallbacks' | 'pricingSources' | 'fallbackPricingRequests' | 'initiators' | 'schemaVersions'
> {
  return {
    routing: [],
    fallbacks: { requests: 0, byReason: {}, pairs: [] },
    pricingSources: {},
    fallbackPricingRequests: 0,
    initiators: { user: 0, agent: 0 },
    schemaVersions: {},
  }
}

/** A model's usage before any request is added. */
export function emptyModelUsage(provider: string, model: string): ModelUsage {
  return {
    provider,
    model,
    requests: 0,
    ...emptyTokenCounts(),
    durationMsTotal: 0,
    costUsd: 0,
    cost: emptyCostByType(),
    unpricedRequests: 0,
    reasoningTokens: 0,
    aiCredits: null,
    aiCreditsRequests: 0,
  }
}

export function emptyTokenCounts(): TokenCounts {
  return { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 }
}

export function emptyCostByType(): CostByType {
  return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }
}

export function emptySkipCounts(): SkipCounts {
  return { invalidLines: 0, byReason: {}, examples: [], duplicateRecords: 0, filteredRecords: 0 }
}
