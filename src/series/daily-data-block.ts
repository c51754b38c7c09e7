/**
 * The data block of a daily report: the window and the per-workflow and per-run numbers, so the next report can
 * continue the window and compute trends without re-reading any artifact (encoded by the codec in data-block.ts).
 *
 * v2 adds per workflow its model rows (tokens and cost by type, AI credits) and its flags with the date each was
 * first seen, and per run its cache hit rate and AI credits: what the baseline comparison, the cost drivers and
 * weekly or monthly rollups need. v1 blocks still read, into the v2 shape (see dailyDataBlockSchema).
 */
import { z } from 'zod'
import { runUsageOf } from '../analysis/runs/analyse-runs.js'
import type { RunValues, WorkflowSample } from '../analysis/trends/baseline-window.js'
import type { Flag, ReportData } from '../analysis/report-data.js'
import { usageRowOf } from '../analysis/trends/cost-drivers.js'
import { cacheHitRateOf, totalTokensOf } from '../analysis/runs/token-metrics.js'
import { addModelUsage, creditsOf } from '../analysis/runs/usage-sums.js'
import { hasUsageData, type RunSummary } from '../usage/run-summary.js'
import { decodeDataBlock, encodeDataBlock, type DataBlockCodec, type DataBlockReading } from './data-block.js'

/** A decoded block larger than this is refused (a gzip bomb in an edited body must not exhaust memory). */
const MAX_DECODED_BYTES = 8 * 1024 * 1024

const isoTime = z.iso.datetime({ offset: true })
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const usd = z.number().finite().min(0).max(1e9)

const MAX_NAME = 1000
const MAX_RUN_ID = 100
// More runs in progress at once than this is no daily agent workload; the rest would wait for a later report.
const MAX_UNFINISHED = 1000

const tokenCount = count
const costByTypeSchema = z.strictObject({ input: usd, output: usd, cacheRead: usd, cacheWrite: usd })
/** AI credits (1 AIC = $0.01); null when nothing carried a value. */
const aiCredits = z.number().finite().min(0).max(1e12).nullable()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** v2: one model's usage over all runs of the workflow in the window (the cost drivers and the rollups read it). */
const modelRowSchema = z.strictObject({
  model: z.string().min(1).max(MAX_NAME),
  provider: z.string().max(MAX_NAME),
  requests: count,
  /** Fresh (uncached) input, after normalisation. */
  inputTokens: tokenCount,
  outputTokens: tokenCount,
  cacheReadTokens: tokenCount,
  cacheWriteTokens: tokenCount,
  /** A part of outputTokens; left out when 0. */
  reasoningTokens: tokenCount.optional(),
  costUsd: usd,
  cost: costByTypeSchema,
  aiCredits,
  /** Requests without a price (their cost is not in costUsd); left out when 0, so an unpriced model is not $0. */
  unpricedRequests: count.optional(),
})

/** v2: a flag the report raised, and the first report date it stood on (the "persisting since" of later reports). */
const flagRowSchema = z.strictObject({
  id: z.string().min(1).max(60),
  model: z.string().min(1).max(MAX_NAME).optional(),
  value: z.number().finite(),
  since: isoDate,
})

const workflowRowSchema = z.strictObject({
  name: z.string().min(1).max(MAX_NAME),
  runs: count,
  runsWithData: count,
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheReadTokens: count,
  cacheWriteTokens: count,
  costUsd: usd,
  /** v2 (empty when read from v1). */
  models: z.array(modelRowSchema).max(1000).default([]),
  /** v2 (empty when read from v1). */
  flags: z.array(flagRowSchema).max(1000).default([]),
})

const runRowSchema = z.strictObject({
  /** Index into `workflows`. */
  w: count,
  id: z.string().min(1).max(MAX_RUN_ID),
  /** RunState, kept as text so a future state does not invalidate old blocks. */
  state: z.string().min(1).max(40),
  requests: count,
  /** Total tokens (input + output + cache read + cache write). */
  tokens: count,
  usd,
  /** v2: cache read / (cache read + input), null without input (null when read from v1). */
  cacheHitRate: z.number().min(0).max(1).nullable().default(null),
  /** v2: AI credits of the run (null when read from v1). */
  aiCredits: aiCredits.default(null),
  /**
   * The run's own model rows, for a run with data: a re-run of the same day that cannot download the run again
   * keeps these numbers instead of losing them (optional).
   */
  models: z.array(modelRowSchema).max(100).optional(),
  /** When the run was created (optional: added later; the daily cost chart buckets runs by its UTC day). */
  at: isoTime.optional(),
})

const unfinishedSchema = z
  .array(
    z.strictObject({
      id: z.string().min(1).max(MAX_RUN_ID),
      createdAt: isoTime,
      /** Why a finished run is carried: the state that may pass (`download-failed`, `not-reached`); absent while it runs. */
      reason: z.string().min(1).max(40).optional(),
    }),
  )
  .max(MAX_UNFINISHED)
  .optional()

const blockFields = {
  window: z.strictObject({ since: isoTime.nullable(), until: isoTime }),
  workflows: z.array(workflowRowSchema).max(10_000),
  runs: z.array(runRowSchema).max(200_000),
  /** Per-run rows left out to fit the body limit (the workflow and model rows always stay). */
  runsOmitted: count.optional(),
  /**
   * Runs the next report collects: still running when the report was made, or finished but not read for a reason
   * that may pass (optional: added in v1).
   */
  unfinished: unfinishedSchema,
}

type BlockCheck = {
  window: { since: string | null; until: string }
  workflows: unknown[]
  runs: { w: number; id: string }[]
}

function checkBlock(block: BlockCheck, ctx: z.RefinementCtx): void {
  const { since, until } = block.window
  if (since !== null && Date.parse(since) > Date.parse(until)) {
    ctx.addIssue({ code: 'custom', message: `window.since ${since} is after window.until ${until}` })
  }
  const bad = block.runs.find((run) => run.w >= block.workflows.length)
  if (bad) ctx.addIssue({ code: 'custom', message: `run ${bad.id} points at missing workflow #${bad.w}` })
}

/** The version this code writes. */
export const DATA_BLOCK_VERSION = 2 as const

/**
 * Both versions read into the v2 shape: a v1 block's workflows get no model or flag rows, its runs a null cache hit
 * rate and AI credits. `v` says which version the body held.
 */
export const dailyDataBlockSchema = z
  .strictObject({ v: z.union([z.literal(1), z.literal(2)]), ...blockFields })
  .superRefine(checkBlock)

/** The numbers one report leaves for the next (and for weekly or monthly rollups), always in the v2 shape. */
export type DailyDataBlock = z.infer<typeof dailyDataBlockSchema>
export type WorkflowBlockRow = z.infer<typeof workflowRowSchema>
export type ModelBlockRow = z.infer<typeof modelRowSchema>
export type FlagBlockRow = z.infer<typeof flagRowSchema>
export type RunBlockRow = z.infer<typeof runRowSchema>

const roundUsd = (value: number): number => Math.round(value * 1e6) / 1e6
const roundRate = (value: number | null): number | null => (value === null ? null : Math.round(value * 1e4) / 1e4)
const roundCredits = (value: number | null): number | null => (value === null ? null : Math.round(value * 1e4) / 1e4)

/** A workflow's per-model rows summed over its runs (the report's own model rows lack reasoning tokens and AIC). */
function modelRowsOf(runs: readonly RunSummary[]): ModelBlockRow[] {
  const rows = new Map<string, ModelBlockRow>()
  for (const run of runs) {
    for (const m of run.models) {
      const key = `${m.provider}\u0000${m.model}`
      let row = rows.get(key)
      if (!row) {
        row = {
          model: m.model.slice(0, MAX_NAME) || '?',
          provider: m.provider.slice(0, MAX_NAME),
          requests: 0,
          inputTokens: 0,
          outputTokens: 0,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          costUsd: 0,
          cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
          aiCredits: null,
        }
        rows.set(key, row)
      }
      addModelUsage(row, m)
      if (m.reasoningTokens > 0) row.reasoningTokens = (row.reasoningTokens ?? 0) + m.reasoningTokens
      if (m.unpricedRequests > 0) row.unpricedRequests = (row.unpricedRequests ?? 0) + m.unpricedRequests
    }
  }
  return [...rows.values()]
    .map((row) => ({
      ...row,
      costUsd: roundUsd(row.costUsd),
      cost: {
        input: roundUsd(row.cost.input),
        output: roundUsd(row.cost.output),
        cacheRead: roundUsd(row.cost.cacheRead),
        cacheWrite: roundUsd(row.cost.cacheWrite),
      },
      aiCredits: roundCredits(row.aiCredits),
    }))
    .sort((a, b) => b.costUsd - a.costUsd || a.model.localeCompare(b.model))
}

/** The flags of a workflow as the data block keeps them, with the date each was first seen. */
function flagRowsOf(flags: readonly Flag[], date: string): FlagBlockRow[] {
  return flags
    .filter((f) => Number.isFinite(f.value))
    .map((f) => ({
      id: f.id,
      ...(f.model ? { model: f.model.slice(0, MAX_NAME) } : {}),
      value: f.value,
      since: f.since ?? date,
    }))
}

/** The data block of a new report: its window (until is required: a report always ends somewhere) and its numbers. */
export function dailyDataBlockOf(
  report: ReportData,
  runs: RunSummary[],
  window: { since: string | null; until: string },
  unfinished: { id: string; createdAt: string; reason?: string }[] = [],
) {
  const date = window.until.slice(0, 10)
  const runsByWorkflow = new Map<string, RunSummary[]>()
  for (const run of runs) runsByWorkflow.set(run.workflow, [...(runsByWorkflow.get(run.workflow) ?? []), run])
  // Cut to what the schema accepts, so an absurdly long name cannot make our own block unreadable next time.
  const workflows: WorkflowBlockRow[] = report.workflows.map((w) => ({
    name: w.name.slice(0, MAX_NAME) || '(unnamed)',
    runs: w.runs,
    runsWithData: w.runsWithData,
    requests: w.requests,
    inputTokens: w.inputTokens,
    outputTokens: w.outputTokens,
    cacheReadTokens: w.cacheReadTokens,
    cacheWriteTokens: w.cacheWriteTokens,
    costUsd: roundUsd(w.costUsd),
    models: modelRowsOf(runsByWorkflow.get(w.name) ?? []),
    flags: flagRowsOf(w.flags, date),
  }))
  const indexByName = new Map(report.workflows.map((w, i) => [w.name, i]))
  const runRows: RunBlockRow[] = []
  for (const run of runs) {
    const w = indexByName.get(run.workflow)
    if (w === undefined) continue // a run the report left out (filtered workflow) has no row to point at
    const usage = runUsageOf(run.models)
    runRows.push({
      w,
      id: run.runId.slice(0, MAX_RUN_ID) || '?',
      state: run.state,
      requests: usage.requests,
      tokens: totalTokensOf(usage),
      usd: roundUsd(usage.costUsd),
      cacheHitRate: roundRate(cacheHitRateOf(usage)),
      aiCredits: roundCredits(creditsOf(run.models)),
      ...(run.models.length > 0 ? { models: modelRowsOf([run]) } : {}),
      ...(run.createdAt && !Number.isNaN(Date.parse(run.createdAt))
        ? { at: new Date(run.createdAt).toISOString() }
        : {}),
    })
  }
  const carried = unfinished.slice(0, MAX_UNFINISHED).map((run) => ({
    id: run.id.slice(0, MAX_RUN_ID),
    createdAt: run.createdAt,
    ...(run.reason ? { reason: run.reason.slice(0, 40) } : {}),
  }))
  return withinSchemaLimits({
    v: DATA_BLOCK_VERSION,
    window,
    workflows,
    runs: runRows,
    ...(carried.length > 0 ? { unfinished: carried } : {}),
  } satisfies DailyDataBlock)
}

/** Fields the schema holds to the dollar limit, and to the AI-credit limit; every other number is a count. */
const usdFields = new Set(['usd', 'costUsd', 'input', 'output', 'cacheRead', 'cacheWrite'])

/**
 * Numbers written to the block always pass its reader's validation: a sum of absurd records (edited or corrupt
 * files) is capped at the schema's limits rather than making the next report refuse the whole block.
 */
function withinSchemaLimits<T>(block: T): T {
  return JSON.parse(JSON.stringify(block), (key, value: unknown) => {
    if (typeof value !== 'number') return value
    if (usdFields.has(key)) return Math.min(value, 1e9)
    if (key === 'aiCredits') return Math.min(value, 1e12)
    if (key === 'cacheHitRate') return value
    return Math.min(value, Number.MAX_SAFE_INTEGER)
  }) as T
}

const dailyCodec: DataBlockCodec<DailyDataBlock> = {
  kind: 'data',
  versions: [1, 2],
  schema: dailyDataBlockSchema,
  maxDecodedBytes: MAX_DECODED_BYTES,
}

/** The one-line hidden data block of a daily report. */
export function encodeDailyDataBlock(block: DailyDataBlock): string {
  return encodeDataBlock('data', block.v, block)
}

/** Reads a daily report's data block back from its body. */
export function readDailyDataBlock(body: string): DataBlockReading<DailyDataBlock> {
  return decodeDataBlock(body, dailyCodec)
}

/**
 * A data block's workflows as the baseline reads them: per-run values of the runs with data (hasUsageData, as
 * the report counts them: a totals-only run too), the model rows and the flags. The rollups can read
 * `block.workflows[].models` directly.
 */
export function workflowSamplesOf(block: DailyDataBlock): WorkflowSample[] {
  const runs: RunValues[][] = block.workflows.map(() => [])
  for (const run of block.runs) {
    if (!hasUsageData({ state: run.state, requests: run.requests, totalTokens: run.tokens, aiCredits: run.aiCredits }))
      continue
    runs[run.w]?.push({
      costUsd: run.usd,
      totalTokens: run.tokens,
      requests: run.requests,
      cacheHitRate: run.cacheHitRate,
      aiCredits: run.aiCredits,
      runId: run.id,
      ...(run.at ? { createdAt: run.at } : {}),
    })
  }
  return block.workflows.map((w, i) => ({
    name: w.name,
    runsWithData: w.runsWithData,
    runs: runs[i]!,
    tokens: { inputTokens: w.inputTokens, cacheReadTokens: w.cacheReadTokens },
    models: w.models.map(usageRowOf),
    flags: block.v === 1 ? null : w.flags.map((f) => ({ ...f })),
  }))
}
