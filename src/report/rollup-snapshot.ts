/**
 * The hidden data block of a rollup: the period's totals, workflows and models, so the next rollup can compare
 * with this period even when its daily reports cannot be read any more (deleted, or beyond what is listed).
 *
 * Format (one line, at the end of the body), beside but apart from the daily reports' block:
 *   <!-- token-usage-analyzer:rollup-data v1 BASE64(GZIP(JSON)) -->
 * Validated with zod on the way back in, like the daily block: an edited body is never trusted.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { totalsOfRows, type PeriodSummary } from '../analysis/rollups/period-rollup.js'
import type { RollupReport } from '../analysis/rollups/rollup-report.js'

const BLOCK_PATTERN = /<!-- token-usage-analyzer:rollup-data v(\d+) ([A-Za-z0-9+/=]*) -->/g
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

const rollupSnapshotSchema = z.strictObject({
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

export type RollupSnapshot = z.infer<typeof rollupSnapshotSchema>

const round = (value: number): number => Math.round(value * 1e6) / 1e6
const roundOrNull = (value: number | null): number | null => (value === null ? null : round(value))

/** What a rollup keeps of itself; null for a period kind without a rollup series. */
export function rollupSnapshotOf(report: RollupReport): RollupSnapshot | null {
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

/** The one-line hidden block. */
export function rollupDataBlockOf(snapshot: RollupSnapshot): string {
  const encoded = gzipSync(Buffer.from(JSON.stringify(snapshot), 'utf8'), { level: 9 }).toString('base64')
  return `<!-- token-usage-analyzer:rollup-data v${snapshot.v} ${encoded} -->`
}

export type RollupBlockReading =
  { status: 'ok'; snapshot: RollupSnapshot } | { status: 'missing' } | { status: 'invalid'; reason: string }

/** Reads a rollup's block back; anything that does not decode and validate is 'invalid' with a reason. */
export function readRollupDataBlock(body: string): RollupBlockReading {
  const matches = [...body.matchAll(BLOCK_PATTERN)]
  if (matches.length === 0) return { status: 'missing' }
  if (matches.length > 1) return { status: 'invalid', reason: `the body holds ${matches.length} rollup data blocks` }
  const [, version, encoded] = matches[0]
  if (version !== '1') return { status: 'invalid', reason: `rollup data block v${version} is not supported` }
  let json: unknown
  try {
    json = JSON.parse(
      gunzipSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_DECODED_BYTES }).toString('utf8'),
    )
  } catch (error) {
    return { status: 'invalid', reason: `the rollup data block does not decode: ${(error as Error).message}` }
  }
  const parsed = rollupSnapshotSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { status: 'invalid', reason: `the rollup data block fails validation at '${issue.path.join('.')}'` }
  }
  return { status: 'ok', snapshot: parsed.data }
}

/** A rollup's block as the summary a comparison reads (no per-run values). */
export function summaryOfRollupSnapshot(snapshot: RollupSnapshot, issueNumber: number): PeriodSummary {
  const totalUsd = snapshot.workflows.reduce((n, w) => n + w.costUsd, 0)
  const workflows = snapshot.workflows.map((w) => {
    const totalTokens = w.inputTokens + w.outputTokens + w.cacheReadTokens + w.cacheWriteTokens
    return {
      ...w,
      totalTokens,
      costPerRunUsd: w.runsWithData > 0 ? w.costUsd / w.runsWithData : null,
      costShare: totalUsd > 0 ? w.costUsd / totalUsd : null,
    }
  })
  return {
    id: snapshot.period.id,
    start: snapshot.period.start,
    end: snapshot.period.end,
    reports: snapshot.reports,
    totals: totalsOfRows(snapshot.workflows),
    workflows,
    models: snapshot.models,
    daysWithoutModelRows: snapshot.daysWithoutModelRows,
    runCosts: null,
    source: 'rollup',
    rollup: issueNumber,
  }
}
