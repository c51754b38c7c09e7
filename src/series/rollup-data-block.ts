/**
 * The data block of a rollup: the period's totals, workflows and models, so the next rollup can compare with this
 * period even when its daily reports cannot be read any more (deleted, or beyond what is listed). Encoded by the
 * codec in data-block.ts, beside but apart from the daily reports' block (`rollup-data`, v1).
 */
import { z } from 'zod'
import { totalsOfRows, type PeriodSummary } from '../analysis/rollups/period-rollup.js'
import type { RollupReport } from '../analysis/rollups/rollup-report.js'
import { decodeDataBlock, encodeDataBlock, type DataBlockCodec, type DataBlockReading } from './data-block.js'

const MAX_DECODED_BYTES = 4 * 1024 * 1024
const MAX_NAME = 1000

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const usd = z.number().finite().min(0).max(1e12)
const credits = z.number().finite().min(0).max(1e14).nullable()
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const tokens = {
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheReadTokens: count,
  cacheWriteTokens: count,
  costUsd: usd,
  aiCredits: credits,
}

const rollupDataBlockSchema = z.strictObject({
  v: z.literal(1),
  period: z.strictObject({
    kind: z.enum(['week', 'month']),
    id: z.string().regex(/^\d{4}-(W\d{2}|\d{2})$/),
    start: day,
    end: day,
  }),
  reports: count,
  daysWithoutModelRows: z.array(day).max(31),
  workflows: z
    .array(z.strictObject({ name: z.string().min(1).max(MAX_NAME), runs: count, runsWithData: count, ...tokens }))
    .max(10_000),
  models: z
    .array(
      z.strictObject({
        model: z.string().min(1).max(MAX_NAME),
        provider: z.string().max(MAX_NAME),
        ...tokens,
        cost: z.strictObject({ input: usd, output: usd, cacheRead: usd, cacheWrite: usd }),
      }),
    )
    .max(10_000),
})

export type RollupDataBlock = z.infer<typeof rollupDataBlockSchema>

const round = (value: number): number => Math.round(value * 1e6) / 1e6
const roundOrNull = (value: number | null): number | null => (value === null ? null : round(value))

/** What a rollup keeps of itself; null for a period kind without a rollup series. */
export function rollupDataBlockOf(report: RollupReport): RollupDataBlock | null {
  const { kind } = report.period
  if (kind !== 'week' && kind !== 'month') return null
  return {
    v: 1,
    period: { ...report.period, kind },
    reports: report.days.length,
    daysWithoutModelRows: report.daysWithoutModelRows,
    workflows: report.workflows.map((w) => ({
      name: w.name.slice(0, MAX_NAME),
      runs: w.runs,
      runsWithData: w.runsWithData,
      requests: w.requests,
      inputTokens: w.inputTokens,
      outputTokens: w.outputTokens,
      cacheReadTokens: w.cacheReadTokens,
      cacheWriteTokens: w.cacheWriteTokens,
      costUsd: round(w.costUsd),
      aiCredits: roundOrNull(w.aiCredits),
    })),
    models: report.models.map((m) => ({
      model: m.model.slice(0, MAX_NAME) || '?',
      provider: m.provider.slice(0, MAX_NAME),
      requests: m.requests,
      inputTokens: m.inputTokens,
      outputTokens: m.outputTokens,
      cacheReadTokens: m.cacheReadTokens,
      cacheWriteTokens: m.cacheWriteTokens,
      costUsd: round(m.costUsd),
      aiCredits: roundOrNull(m.aiCredits),
      cost: {
        input: round(m.cost.input),
        output: round(m.cost.output),
        cacheRead: round(m.cost.cacheRead),
        cacheWrite: round(m.cost.cacheWrite),
      },
    })),
  }
}

const rollupCodec: DataBlockCodec<RollupDataBlock> = {
  kind: 'rollup-data',
  versions: [1],
  schema: rollupDataBlockSchema,
  maxDecodedBytes: MAX_DECODED_BYTES,
}

/** The one-line hidden block of a rollup. */
export function encodeRollupDataBlock(block: RollupDataBlock): string {
  return encodeDataBlock('rollup-data', block.v, block)
}

/** Reads a rollup's data block back from its body. */
export function readRollupDataBlock(body: string): DataBlockReading<RollupDataBlock> {
  return decodeDataBlock(body, rollupCodec)
}

/** A rollup's block as the summary a comparison reads (no per-run values). */
export function summaryOfRollupDataBlock(block: RollupDataBlock, issueNumber: number): PeriodSummary {
  const totalUsd = block.workflows.reduce((n, w) => n + w.costUsd, 0)
  const workflows = block.workflows.map((w) => {
    const totalTokens = w.inputTokens + w.outputTokens + w.cacheReadTokens + w.cacheWriteTokens
    return {
      ...w,
      totalTokens,
      costPerRunUsd: w.runsWithData > 0 ? w.costUsd / w.runsWithData : null,
      costShare: totalUsd > 0 ? w.costUsd / totalUsd : null,
    }
  })
  return {
    id: block.period.id,
    start: block.period.start,
    end: block.period.end,
    reports: block.reports,
    totals: totalsOfRows(block.workflows),
    workflows,
    models: block.models,
    daysWithoutModelRows: block.daysWithoutModelRows,
    runCosts: null,
    source: 'rollup',
    rollup: issueNumber,
  }
}
