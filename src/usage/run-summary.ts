/**
 * Per-run summaries: the unit of work, of caching and of the hidden data block in a report.
 * Everything downstream (analysis, reports, trends) is computed from these, never from raw records.
 */

/** The final state of one workflow run; every run in a window ends in exactly one. */
export type RunState =
  | 'analysed'
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
  url?: string
  state: RunState
  /** Detail for non-analysed states (the error message of a failed download, the expired artifact name…). */
  stateDetail?: string
  /** Name of the artifact the usage came from, when collected from GitHub. */
  artifact?: string
  /** The agent's own usage, per model. */
  models: ModelUsage[]
  /** Threat-detection usage (`detection/` in the `usage` artifact), kept apart from the agent's. */
  detection: ModelUsage[]
  /** Per-request durations of the agent's requests in ms, for latency percentiles. */
  durationsMs: number[]
  /**
   * Set when the run had more agent requests with a duration than `durationsMs` keeps (summarizeRun keeps a
   * uniform sample of at most 50,000): the number of durations the sample was drawn from.
   */
  durationsSampledFrom?: number
  skipped: SkipCounts
  /** Timestamps of the first and last record (ISO), when any. */
  firstRecordAt?: string
  lastRecordAt?: string
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
