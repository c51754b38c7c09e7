/**
 * Runs of a repository → per-run summaries → the analysed report: the part the action and the CLI's `github`
 * command share. The summary cache's fingerprint is computed here and nowhere else, so both key their cached
 * summaries by the same settings.
 */
import { analyseRuns } from '../analysis/runs/analyse-runs.js'
import type { FlagThresholds } from '../analysis/flags/flags.js'
import type { ReportData } from '../analysis/report-data.js'
import { plural } from '../report/markdown-parts.js'
import type { ArchiveLimits } from '../usage/archive.js'
import type { NormalisationRules } from '../usage/normalise.js'
import { loadPriceCatalogue, type PriceCatalogue, type PriceUpdateMode } from '../usage/price-catalogue.js'
import { createPriceBook, type PriceOverrides } from '../usage/pricing.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import { collectRuns, stateCountsOf, type CollectResult, type UnfinishedRun } from '../collect/collect-runs.js'
import { keepEarlierReadings, type EarlierReading } from '../collect/collection-plan.js'
import type { RunFilters } from '../collect/run-selection.js'
import { summaryFingerprintOf, type SummaryCache } from '../collect/summary-cache.js'
import type { GitHubClient } from '../github/github-client.js'

/** What to collect and how to read it: the settings a collection and its cached summaries depend on. */
export interface CollectionRequest extends RunFilters {
  /** `owner/name`: part of the cache fingerprint. */
  repository: string
  /** Runs created after `since` (inclusive) and up to `until`. */
  since: Date
  until: Date
  /** Runs an earlier report saw still running: collected now that they may have finished. */
  carriedRuns?: UnfinishedRun[]
  /**
   * What an earlier report of the same window read, by run id: a run this collection cannot read keeps it (the
   * action's re-run of a day merges with the day's report).
   */
  earlierReadings?: ReadonlyMap<string, EarlierReading>
  /** The report's window when it differs from the collection's (the action's window is exclusive of `since`). */
  reportWindow?: { since: string | null; until: string | null }
  artifactNames: string[]
  /** Providers whose records count (lower case); empty = all. */
  providers: string[]
  tokenSemantics: NormalisationRules
  priceOverrides: PriceOverrides
  /** `auto`: the remote price catalogue when `deps.loadPrices` can load it (default `off`: the bundled one). */
  pricesUpdate?: PriceUpdateMode
  thresholds: Readonly<FlagThresholds>
  concurrency: number
  apiReserve: number
  archiveLimits?: ArchiveLimits
  /** Parent of the temporary download directory. */
  tempDir?: string
  /** Keep each downloaded zip under this directory (the CLI's --save-artifacts). */
  saveArtifactsDir?: string
}

export interface CollectionDeps {
  runs: GitHubClient
  /** The summary cache to use for these settings, opened by their fingerprint. */
  openSummaryCache(fingerprint: string): SummaryCache
  log: CollectLogger
  clock(): Date
  /**
   * Loads and installs the price catalogue (the network, behind an interface): `loadPriceCatalogue` on a runner or
   * with the CLI's --update-prices. Without it the bundled catalogue prices, whatever `pricesUpdate` says.
   */
  loadPrices?(update: PriceUpdateMode): Promise<PriceCatalogue>
}

export interface CollectedReport {
  collected: CollectResult
  report: ReportData
  /** The catalogue the runs were priced with, for the report's JSON and footer. */
  prices: PriceCatalogue
  /** Runs that kept an earlier reading because this collection could not read them. */
  kept: number
}

/** Collects the runs of the request's window and analyses them. */
export async function collectAndAnalyse(request: CollectionRequest, deps: CollectionDeps): Promise<CollectedReport> {
  // Before any price book: the catalogue loaded here is the one every pricer resolves against.
  const update = request.pricesUpdate ?? 'off'
  const prices = deps.loadPrices ? await deps.loadPrices(update) : await loadPriceCatalogue({ update: 'off' })
  if (prices.warning) deps.log.warning(prices.warning)
  else if (prices.source === 'remote') deps.log.info(`Prices: the remote catalogue ${prices.version}.`)
  const cache = deps.openSummaryCache(
    summaryFingerprintOf({
      repository: request.repository,
      artifactNames: request.artifactNames,
      providers: request.providers,
      tokenSemantics: request.tokenSemantics,
      priceOverrides: request.priceOverrides,
      // Summaries priced with another catalogue live under another key.
      ...(prices.source === 'remote' ? { priceCatalogue: `remote:${prices.version}` } : {}),
    }),
  )
  const fresh = await collectRuns(deps.runs, cache, {
    since: request.since,
    until: request.until,
    now: deps.clock,
    ...(request.carriedRuns ? { carriedRuns: request.carriedRuns } : {}),
    workflows: request.workflows,
    excludeWorkflows: request.excludeWorkflows,
    conclusions: request.conclusions,
    ...(request.excludeRunId !== undefined ? { excludeRunId: request.excludeRunId } : {}),
    artifactNames: request.artifactNames,
    concurrency: request.concurrency,
    apiReserve: request.apiReserve,
    ...(request.archiveLimits ? { archiveLimits: request.archiveLimits } : {}),
    ...(request.tempDir ? { tempDir: request.tempDir } : {}),
    ...(request.saveArtifactsDir ? { saveArtifactsDir: request.saveArtifactsDir } : {}),
    summarise: {
      priceBook: createPriceBook(request.priceOverrides),
      normalisation: request.tokenSemantics,
      ...(request.providers.length > 0 ? { providers: request.providers } : {}),
    },
    logger: deps.log,
  })
  const merged = keepEarlierReadings(fresh.runs, request.earlierReadings ?? new Map())
  const collected = merged.kept > 0 ? { ...fresh, runs: merged.runs, stateCounts: stateCountsOf(merged.runs) } : fresh
  const report: ReportData = {
    ...analyseRuns(collected.runs, {
      window: request.reportWindow ?? collected.window,
      thresholds: request.thresholds,
    }),
    prices: { source: prices.source, version: prices.version, fetchedAt: prices.fetchedAt },
  }
  warnAboutRecords(report, deps.log)
  return { collected, report, kept: merged.kept, prices }
}

/**
 * Loud in the job log (a `::warning::` on a runner): an artifact that was there but yielded no record, naming it and
 * what was inspected (the "silently no data" a layout change causes), and per-run totals that disagree with the
 * records.
 */
export function warnAboutRecords(report: ReportData, log: CollectLogger): void {
  for (const r of report.noRecords ?? []) {
    const inspected =
      r.files.length > 0
        ? `read ${r.files.join(', ')}`
        : r.archivePaths && r.archivePaths.length > 0
          ? `no token file among ${plural(r.archiveEntries ?? r.archivePaths.length, 'entry', 'entries')}: ${r.archivePaths.slice(0, 10).join(', ')}${(r.archiveEntries ?? r.archivePaths.length) > 10 ? ', …' : ''}`
          : 'no token file found'
    log.warning(
      `${r.artifact ? `Artifact '${r.artifact}'` : 'The files'} of run ${r.runId} (${r.workflow}) yielded no token records (${r.state}): ${inspected}.`,
    )
  }
  const mismatches = report.aggregateMismatches ?? []
  if (mismatches.length > 0) {
    const first = mismatches[0]
    const m = first.mismatches[0]
    log.warning(
      `${plural(mismatches.length, 'run')} whose agent_usage.json differs from its per-request records by more than 1%` +
        (m ? ` (run ${first.runId}: ${m.field} ${m.aggregate} against ${m.records})` : '') +
        '; the records are used.',
    )
  }
}
