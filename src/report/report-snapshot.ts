/**
 * The hidden, versioned data block a report carries in its body: the window and the per-workflow and per-run
 * numbers, so the next report can continue the window and compute trends without re-reading any artifact.
 *
 * Format (one line, at the end of the body):
 *   <!-- token-usage-analyzer:data v1 BASE64(GZIP(JSON)) -->
 * Base64 holds no `-` and no `>`, so no content can close the comment early, and GitHub keeps HTML comments of an
 * issue body verbatim (they are hidden when rendered). Gzip keeps per-run rows small against the 65,536-char limit.
 * Issue bodies can be edited by anyone with write access, so the block is validated with zod on the way back in and
 * anything that does not validate is ignored (with a reason), never trusted.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { runUsageOf } from '../analysis/analyse-runs.js'
import type { ReportData } from '../analysis/report-data.js'
import { totalTokensOf } from '../analysis/token-metrics.js'
import type { RunSummary } from '../usage/run-summary.js'

/** Marks a body as one of our reports; earlier reports are found by it, not by their title. */
export const REPORT_MARKER = '<!-- token-usage-analyzer:report -->'

const DATA_BLOCK_PATTERN = /<!-- token-usage-analyzer:data v(\d+) ([A-Za-z0-9+/=]*) -->/g

/** A decoded block larger than this is refused (a gzip bomb in an edited body must not exhaust memory). */
const MAX_DECODED_BYTES = 8 * 1024 * 1024

const isoTime = z.iso.datetime({ offset: true })
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const usd = z.number().finite().min(0).max(1e9)

const MAX_NAME = 1000
const MAX_RUN_ID = 100
// More runs in progress at once than this is no daily agent workload; the rest would wait for a later report.
const MAX_UNFINISHED = 1000

const workflowSnapshotSchema = z.strictObject({
  name: z.string().min(1).max(MAX_NAME),
  runs: count,
  runsWithData: count,
  requests: count,
  inputTokens: count,
  outputTokens: count,
  cacheReadTokens: count,
  cacheWriteTokens: count,
  costUsd: usd,
})

const runSnapshotSchema = z.strictObject({
  /** Index into `workflows`. */
  w: count,
  id: z.string().min(1).max(MAX_RUN_ID),
  /** RunState, kept as text so a future state does not invalidate old blocks. */
  state: z.string().min(1).max(40),
  requests: count,
  tokens: count,
  usd,
})

export const reportSnapshotSchema = z
  .strictObject({
    v: z.literal(1),
    window: z.strictObject({ since: isoTime.nullable(), until: isoTime }),
    workflows: z.array(workflowSnapshotSchema).max(10_000),
    runs: z.array(runSnapshotSchema).max(200_000),
    /** Per-run rows left out to fit the body limit. */
    runsOmitted: count.optional(),
    /** Runs still running when the report was made: the next report collects them (optional: added in v1). */
    unfinished: z
      .array(z.strictObject({ id: z.string().min(1).max(MAX_RUN_ID), createdAt: isoTime }))
      .max(MAX_UNFINISHED)
      .optional(),
  })
  .superRefine((snapshot, ctx) => {
    const { since, until } = snapshot.window
    if (since !== null && Date.parse(since) > Date.parse(until)) {
      ctx.addIssue({ code: 'custom', message: `window.since ${since} is after window.until ${until}` })
    }
    const bad = snapshot.runs.find((run) => run.w >= snapshot.workflows.length)
    if (bad) ctx.addIssue({ code: 'custom', message: `run ${bad.id} points at missing workflow #${bad.w}` })
  })

/** The numbers one report leaves for the next. */
export type ReportSnapshot = z.infer<typeof reportSnapshotSchema>
export type WorkflowSnapshot = z.infer<typeof workflowSnapshotSchema>

const roundUsd = (value: number): number => Math.round(value * 1e6) / 1e6

/** The snapshot of a new report: its window (until is required: a report always ends somewhere) and its numbers. */
export function snapshotOf(
  report: ReportData,
  runs: RunSummary[],
  window: { since: string | null; until: string },
  unfinished: { id: string; createdAt: string }[] = [],
) {
  // Cut to what the schema accepts, so an absurdly long name cannot make our own block unreadable next time.
  const workflows: WorkflowSnapshot[] = report.workflows.map((w) => ({
    name: w.name.slice(0, MAX_NAME) || '(unnamed)',
    runs: w.runs,
    runsWithData: w.runsWithData,
    requests: w.requests,
    inputTokens: w.inputTokens,
    outputTokens: w.outputTokens,
    cacheReadTokens: w.cacheReadTokens,
    cacheWriteTokens: w.cacheWriteTokens,
    costUsd: roundUsd(w.costUsd),
  }))
  const indexByName = new Map(report.workflows.map((w, i) => [w.name, i]))
  const runRows: ReportSnapshot['runs'] = []
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
    })
  }
  const carried = unfinished
    .slice(0, MAX_UNFINISHED)
    .map((run) => ({ id: run.id.slice(0, MAX_RUN_ID), createdAt: run.createdAt }))
  return {
    v: 1 as const,
    window,
    workflows,
    runs: runRows,
    ...(carried.length > 0 ? { unfinished: carried } : {}),
  } satisfies ReportSnapshot
}

/** The one-line hidden data block for a snapshot. */
export function dataBlockOf(snapshot: ReportSnapshot): string {
  const encoded = gzipSync(Buffer.from(JSON.stringify(snapshot), 'utf8'), { level: 9 }).toString('base64')
  return `<!-- token-usage-analyzer:data v${snapshot.v} ${encoded} -->`
}

export type DataBlockReading =
  { status: 'ok'; snapshot: ReportSnapshot } | { status: 'missing' } | { status: 'invalid'; reason: string }

/** Reads the data block back from a body; anything that does not decode and validate is 'invalid' with a reason. */
export function readDataBlock(body: string): DataBlockReading {
  const matches = [...body.matchAll(DATA_BLOCK_PATTERN)]
  if (matches.length === 0) {
    return body.includes('token-usage-analyzer:data')
      ? { status: 'invalid', reason: 'the data block is malformed (not base64 inside the comment)' }
      : { status: 'missing' }
  }
  if (matches.length > 1)
    return { status: 'invalid', reason: `the body holds ${matches.length} data blocks, expected 1` }
  const [, version, encoded] = matches[0]
  if (version !== '1')
    return { status: 'invalid', reason: `data block version v${version} is not supported (expected v1)` }
  let json: unknown
  try {
    const text = gunzipSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_DECODED_BYTES }).toString('utf8')
    json = JSON.parse(text)
  } catch (error) {
    return { status: 'invalid', reason: `the data block does not decode: ${(error as Error).message}` }
  }
  const parsed = reportSnapshotSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      status: 'invalid',
      reason: `the data block fails validation at '${issue.path.join('.')}': ${issue.message}`,
    }
  }
  return { status: 'ok', snapshot: parsed.data }
}
