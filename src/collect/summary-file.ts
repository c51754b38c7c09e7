/**
 * The stored text of a summary cache entry: written and read back (checked with zod) by the caches that keep
 * entries (actions-summary-cache.ts, directory-summary-cache.ts). Apart from summary-cache.ts so that a report
 * without a cache (the CLI's `report`) does not load zod at start-up.
 */
import { z } from 'zod'
import type { RunState, RunSummary } from '../usage/run-summary.js'
import { cacheableStates, SUMMARY_CACHE_VERSION, SUMMARY_FILE_FORMAT, type RunKey } from './summary-cache.js'

const storedSummarySchema = z
  .object({
    workflow: z.string(),
    runId: z.string(),
    state: z.string(),
    models: z.array(z.object({ provider: z.string(), model: z.string(), requests: z.number() }).passthrough()),
    detection: z.array(z.object({}).passthrough()),
    durationsMs: z.array(z.number()),
    skipped: z.object({ invalidLines: z.number() }).passthrough(),
  })
  .passthrough()

const storedFileSchema = z.object({
  format: z.literal(SUMMARY_FILE_FORMAT),
  version: z.number(),
  fingerprint: z.string(),
  savedAt: z.string(),
  summaries: z.record(z.string(), z.unknown()),
})

/** The stored text for these summaries. */
export function serialiseSummaries(fingerprint: string, summaries: Map<RunKey, RunSummary>, now = new Date()): string {
  return JSON.stringify({
    format: SUMMARY_FILE_FORMAT,
    version: SUMMARY_CACHE_VERSION,
    fingerprint,
    savedAt: now.toISOString(),
    summaries: Object.fromEntries(summaries),
  })
}

/**
 * Reads stored text back. Returns the summaries and a problem description when the whole entry (or some of its
 * summaries) had to be ignored; never throws.
 */
export function parseSummaries(
  text: string,
  fingerprint: string,
): { summaries: Map<RunKey, RunSummary>; problem?: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { summaries: new Map(), problem: `not JSON (${(error as Error).message.slice(0, 80)})` }
  }
  const file = storedFileSchema.safeParse(value)
  if (!file.success) return { summaries: new Map(), problem: 'not a run-summaries file' }
  if (file.data.version !== SUMMARY_CACHE_VERSION) {
    return { summaries: new Map(), problem: `format version ${file.data.version}, expected ${SUMMARY_CACHE_VERSION}` }
  }
  if (file.data.fingerprint !== fingerprint) {
    return { summaries: new Map(), problem: `made with other settings (${file.data.fingerprint})` }
  }
  const summaries = new Map<RunKey, RunSummary>()
  let bad = 0
  for (const [key, summary] of Object.entries(file.data.summaries)) {
    const parsed = storedSummarySchema.safeParse(summary)
    if (parsed.success && cacheableStates.has(parsed.data.state as RunState)) {
      summaries.set(key, parsed.data as unknown as RunSummary)
    } else bad++
  }
  return bad > 0 ? { summaries, problem: `${bad} unreadable run summaries ignored` } : { summaries }
}
