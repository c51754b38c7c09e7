/**
 * Per-run summaries kept between collections, so that a run is downloaded once, ever.
 * Implementations: @actions/cache (actions-summary-cache.ts), a directory (directory-summary-cache.ts, for the
 * CLI and tests) and NullSummaryCache where there is no cache at all.
 */
import { createHash } from 'node:crypto'
import type { NormalisationRules } from '../usage/normalise.js'
import type { PriceOverrides } from '../usage/pricing.js'
import type { RunState, RunSummary } from '../usage/run-summary.js'
import { PRICE_CATALOGUE_VERSION, TOOL_VERSION } from '../versions.js'

/** `<run id>.<attempt>`: a re-run attempt can upload different artifacts, so it is a different entry. */
export type RunKey = string

export function runKey(runId: string | number, attempt: number): RunKey {
  return `${runId}.${attempt}`
}

export interface SummaryCache {
  /** Summaries saved by earlier collections; empty when there are none or they cannot be read (with a warning). */
  restore(): Promise<Map<RunKey, RunSummary>>
  /** Keeps these new summaries together with the restored ones. Never throws: a failed save is a warning. */
  save(newSummaries: Map<RunKey, RunSummary>): Promise<void>
}

/** Where no cache exists (local CLI without --cache-dir, a runner without the cache service). */
export class NullSummaryCache implements SummaryCache {
  async restore(): Promise<Map<RunKey, RunSummary>> {
    return new Map()
  }
  async save(_newSummaries: Map<RunKey, RunSummary>): Promise<void> {}
}

/**
 * States that cannot change for a finished run (a re-run attempt is another key; other artifact names are other
 * settings, so another fingerprint). Failed downloads and unreached runs are tried again.
 */
export const cacheableStates: ReadonlySet<RunState> = new Set<RunState>([
  'analysed',
  'analysed-totals',
  'no-token-file',
  'empty-token-file',
  'no-artifact',
  'artifact-expired',
])

/** Version of the stored format; entries of another version are ignored with a warning. */
// 2: summaries carry routing calls, fallbacks, AI credits, reasoning tokens and agent_usage.json totals (issue 9).
export const SUMMARY_CACHE_VERSION = 2
export const SUMMARY_FILE_FORMAT = 'token-usage-analyzer/run-summaries'

/**
 * Identifies what a summary depends on: the settings given (prices, token semantics, providers, artifact names,
 * repository), this tool's version and the price catalogue's. Summaries made under anything else live under
 * another key and are simply not found, so an upgrade never mixes old and new prices in one report.
 */
export function summaryCacheFingerprint(settings: unknown, priceCatalogue = PRICE_CATALOGUE_VERSION): string {
  const versions = { tool: TOOL_VERSION, priceCatalogue }
  return createHash('sha256').update(JSON.stringify({ settings, versions })).digest('hex').slice(0, 16)
}

/** The settings a run summary depends on. */
export interface SummarySettings {
  /** `owner/name` */
  repository: string
  artifactNames: readonly string[]
  /** Providers whose records count; empty = all. */
  providers: readonly string[]
  tokenSemantics: NormalisationRules
  priceOverrides: PriceOverrides
  /** The price catalogue in force, when it is not the bundled one (a catalogue fetched at run time). */
  priceCatalogue?: string
}

/**
 * The fingerprint of a collection's settings, the one way the action and the CLI compute it. Lists are taken as
 * given (their order matters: artifact names are a preference); the token-semantics rules are sorted by provider so
 * that the same rules in another order are the same settings.
 */
export function summaryFingerprintOf(settings: SummarySettings): string {
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
  return summaryCacheFingerprint(
    {
      repository: settings.repository,
      artifactNames: [...settings.artifactNames],
      providers: [...settings.providers],
      tokenSemantics: sorted(settings.tokenSemantics),
      priceOverrides: sorted(settings.priceOverrides),
    },
    settings.priceCatalogue,
  )
}

/** Drops summaries of runs created before `oldest` so the stored entry does not grow forever. */
export function withoutOldSummaries(summaries: Map<RunKey, RunSummary>, oldest: Date): Map<RunKey, RunSummary> {
  const kept = new Map<RunKey, RunSummary>()
  for (const [key, summary] of summaries) {
    if (!summary.createdAt || Date.parse(summary.createdAt) >= oldest.getTime()) kept.set(key, summary)
  }
  return kept
}
