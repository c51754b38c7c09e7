/**
 * A shard's partial summary: what `mode: shard` read of its repositories, for `mode: merge` to publish as one
 * report. Versioned and validated on the way back in: a partial of another version or another window is foreign,
 * named by the merge, and its repositories carried rather than counted.
 *
 * `{ format, version, tool, window, repositories: [{ repository, status, reason?, since }], runs, unfinished }`;
 * `runs` are run summaries keyed by repository (qualified-names.ts), as the summary cache stores them.
 */
import { z } from 'zod'
import type { UnfinishedRun } from '../collect/collection-plan.js'
import type { RunSummary } from '../usage/run-summary.js'
import type { RepositoryOutcome } from './collect-organisation.js'

export const PARTIAL_FORMAT = 'token-usage-analyzer/partial'
export const PARTIAL_VERSION = 1

const isoTime = z.iso.datetime({ offset: true })

const runSchema = z
  .object({
    workflow: z.string().min(1),
    runId: z.string().min(1),
    state: z.string().min(1),
    models: z.array(z.object({ provider: z.string(), model: z.string(), requests: z.number() }).passthrough()),
    detection: z.array(z.object({}).passthrough()),
    durationsMs: z.array(z.number()),
    skipped: z.object({ invalidLines: z.number() }).passthrough(),
  })
  .passthrough()

const partialSchema = z.strictObject({
  format: z.literal(PARTIAL_FORMAT),
  version: z.number().int(),
  tool: z.string(),
  window: z.strictObject({ since: isoTime, until: isoTime }),
  repositories: z.array(
    z.strictObject({
      repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
      status: z.enum(['collected', 'failed', 'not-reached']),
      reason: z.string().optional(),
      since: isoTime,
    }),
  ),
  runs: z.array(runSchema),
  unfinished: z.array(z.strictObject({ id: z.string().min(1), createdAt: isoTime, reason: z.string().optional() })),
})

/** The report window a shard read (as planWindow gave it: since exclusive). */
export interface PartialWindow {
  since: string
  until: string
}

export interface PartialSummary {
  version: number
  tool: string
  window: PartialWindow
  outcomes: RepositoryOutcome[]
  unfinished: UnfinishedRun[]
}

/** The partial file's text. */
export function partialText(
  window: PartialWindow,
  outcomes: readonly RepositoryOutcome[],
  unfinished: readonly UnfinishedRun[],
  tool: string,
): string {
  return JSON.stringify({
    format: PARTIAL_FORMAT,
    version: PARTIAL_VERSION,
    tool,
    window: { since: window.since, until: window.until },
    repositories: outcomes.map(({ repository, status, reason, since }) => ({
      repository,
      status,
      ...(reason ? { reason } : {}),
      since,
    })),
    runs: outcomes.flatMap((o) => o.runs),
    unfinished,
  })
}

/** A partial read back, or why it is not one (never throws). */
export function parsePartial(text: string): { partial: PartialSummary } | { problem: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message.slice(0, 80)})` }
  }
  const parsed = partialSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { problem: `not a partial summary (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})` }
  }
  const data = parsed.data
  if (data.version !== PARTIAL_VERSION) {
    return { problem: `partial format version ${data.version}, this merge reads ${PARTIAL_VERSION}` }
  }
  const runs = data.runs as unknown as RunSummary[]
  const outcomes: RepositoryOutcome[] = data.repositories.map((r) => ({
    repository: r.repository,
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    since: r.since,
    runs: runs.filter((run) => run.runId.toLowerCase().startsWith(`${r.repository.toLowerCase()}#`)),
    unfinished: data.unfinished.filter((u) => u.id.toLowerCase().startsWith(`${r.repository.toLowerCase()}#`)),
  }))
  return {
    partial: { version: data.version, tool: data.tool, window: data.window, outcomes, unfinished: data.unfinished },
  }
}
