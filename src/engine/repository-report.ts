/**
 * One repository's window through the engine: the GitHub listing source, analysed. What the action's daily mode
 * and the CLI's `github` command call.
 */
import type { FlagThresholds } from '../analysis/flags/flags.js'
import type { ReportData } from '../analysis/report-data.js'
import type { CollectResult } from '../collect/collect-runs.js'
import type { GitHubClient } from '../github/github-client.js'
import type { NormalisationRules } from '../usage/normalise.js'
import type { PriceCatalogue, PriceUpdateMode } from '../usage/price-catalogue.js'
import type { PriceOverrides } from '../usage/pricing.js'
import { runEngine, type EngineDeps } from './engine.js'
import { githubRunsSource, type GitHubRunsReading, type GitHubRunsRequest } from './github-source.js'
import type { RunSource } from './run-source.js'

/** The CLI's --cache-dir: summaries kept in a directory. */
export { DirectorySummaryCache } from '../collect/directory-summary-cache.js'

/** What to collect and how to read it: the settings a collection and its cached summaries depend on. */
export interface CollectionRequest extends GitHubRunsRequest {
  /** Providers whose records count (lower case); empty = all. */
  providers: string[]
  tokenSemantics: NormalisationRules
  /** Price overrides, or the file to read them from. */
  priceOverrides?: PriceOverrides
  pricingFile?: string
  /** `auto`: the remote price catalogue when `deps.loadPrices` can load it (default `off`: the bundled one). */
  pricesUpdate?: PriceUpdateMode
  thresholds: Readonly<FlagThresholds>
}

export interface CollectionDeps extends EngineDeps {
  runs: GitHubClient
  /** Another source for the same request (an organisation's repositories); default the request's repository. */
  source?(request: GitHubRunsRequest): RunSource<GitHubRunsReading>
}

export interface CollectedReport {
  collected: CollectResult
  report: ReportData
  /** The catalogue the runs were priced with, for the report's JSON and footer. */
  prices: PriceCatalogue
  /** Runs that kept an earlier reading because this collection could not read them. */
  kept: number
  /** Runs with data an earlier reading had that this collection's listing did not show: kept whole. */
  unlisted: number
}

/** Collects the runs of the request's window and analyses them. */
export async function collectAndAnalyse(request: CollectionRequest, deps: CollectionDeps): Promise<CollectedReport> {
  const { reading, report, prices } = await runEngine(
    deps.source?.(request) ?? githubRunsSource(deps.runs, request),
    {
      providers: request.providers,
      tokenSemantics: request.tokenSemantics,
      ...(request.priceOverrides ? { priceOverrides: request.priceOverrides } : {}),
      ...(request.pricingFile ? { pricingFile: request.pricingFile } : {}),
      pricesUpdate: request.pricesUpdate ?? 'off',
      thresholds: request.thresholds,
      warnAboutRecords: true,
    },
    deps,
  )
  return { collected: reading.collected, report, prices, kept: reading.kept, unlisted: reading.unlisted }
}
