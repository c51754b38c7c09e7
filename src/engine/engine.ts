/**
 * The one engine: prices → a source's runs → run summaries → analysis → report data. Every entry uses it (the
 * action's daily mode, the CLI's `github`, `report` and `compare`), so the price catalogue is loaded and named in
 * one place and the summary cache's fingerprint is computed in one place. Pure of @actions/*: the caller injects
 * the log, the clock, the cache and the price loader.
 */
import { analyseRuns } from '../analysis/runs/analyse-runs.js'
import type { FlagThresholds } from '../analysis/flags/flags.js'
import { periodMetricsOf, type PeriodSplit } from '../analysis/rollups/period-metrics.js'
import type { ReportData } from '../analysis/report-data.js'
import { compareSides, type SideComparison } from '../analysis/compare/side-comparison.js'
import { periodIdReader } from '../common/periods.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import { NullSummaryCache, summaryFingerprintOf, type SummaryCache } from '../collect/summary-cache.js'
import { defaultNormalisationRules, type NormalisationRules } from '../usage/normalise.js'
import { loadPriceCatalogue, type PriceCatalogue, type PriceUpdateMode } from '../usage/price-catalogue.js'
import { createPriceBook, type PriceOverrides } from '../usage/pricing.js'
import { loadPriceOverrides } from '../settings/price-file.js'
import type { RunSummary } from '../usage/run-summary.js'
import type { SummariseOptions } from '../usage/summarise-run.js'
import { warnAboutRecords } from './record-warnings.js'
import type { CacheScope, ReportWindow, RunSource, SourceContext, SourceReading } from './run-source.js'

/** How every run is read, whatever its source. */
export interface EngineSettings {
  /** Providers whose records count (lower case); empty or absent = all. */
  providers?: readonly string[]
  /** Token semantics per provider; absent = the defaults. */
  tokenSemantics?: NormalisationRules
  priceOverrides?: PriceOverrides
  /** A price-overrides file (JSON or YAML) to read when `priceOverrides` is not given. */
  pricingFile?: string
  /** `auto`: the remote price catalogue when `deps.loadPrices` can load it (default `off`: the bundled one). */
  pricesUpdate?: PriceUpdateMode
  /** Also split the usage by calendar period of each record's timestamp (`periods` in the report). */
  periods?: PeriodSplit
}

export interface EngineDeps {
  log: CollectLogger
  clock(): Date
  /** The summary cache under this fingerprint; without it nothing is cached. */
  openSummaryCache?(fingerprint: string): SummaryCache
  /**
   * Loads the price catalogue (the network, behind an interface): `loadPriceCatalogue` on a runner or with the
   * CLI's --update-prices. Without it the bundled catalogue prices, whatever `pricesUpdate` says.
   */
  loadPrices?(update: PriceUpdateMode): Promise<PriceCatalogue>
}

export interface AnalysisOptions {
  /** The report's window; default the source's. */
  window?: ReportWindow
  thresholds?: Readonly<FlagThresholds>
  /** Warn in the log about artifacts that yielded no record and totals that disagree with the records. */
  warnAboutRecords?: boolean
}

export interface Engine {
  /** The catalogue every run is priced with, for the report's JSON and footer. */
  readonly prices: PriceCatalogue
  /** A source's runs, summarised with the engine's reading. */
  read<R extends SourceReading>(source: RunSource<R>): Promise<R>
  /** The analysed report data of what a source read. */
  analyse(reading: SourceReading, options?: AnalysisOptions): ReportData
  /** Two sets of runs side by side: the change from A to B, its significance and its drivers. */
  compare(
    a: { label: string; runs: readonly RunSummary[] },
    b: { label: string; runs: readonly RunSummary[] },
  ): SideComparison
}

/**
 * The one place the price catalogue is loaded, and the log says which one prices the report. Before any price
 * book: the catalogue loaded here is the one every pricer resolves against.
 */
export async function loadPrices(
  update: PriceUpdateMode,
  deps: Pick<EngineDeps, 'log' | 'loadPrices'>,
): Promise<PriceCatalogue> {
  const prices = deps.loadPrices ? await deps.loadPrices(update) : await loadPriceCatalogue({ update: 'off' })
  if (prices.warning) deps.log.warning(prices.warning)
  else if (prices.source === 'remote') deps.log.info(`Prices: the remote catalogue ${prices.version}.`)
  return prices
}

/** Loads the prices and returns the engine that reads, analyses and compares with them. */
export async function openEngine(settings: EngineSettings, deps: EngineDeps): Promise<Engine> {
  const prices = await loadPrices(settings.pricesUpdate ?? 'off', deps)
  const priceOverrides =
    settings.priceOverrides ?? (settings.pricingFile ? await loadPriceOverrides(settings.pricingFile) : undefined)
  const providers = settings.providers ?? []
  const summarise: SummariseOptions = {
    priceBook: createPriceBook(priceOverrides),
    normalisation: settings.tokenSemantics ?? defaultNormalisationRules,
    ...(providers.length > 0 ? { providers: [...providers] } : {}),
    ...(settings.periods ? { periodOf: periodIdReader(settings.periods.by, settings.periods.timeZone) } : {}),
  }
  const context: SourceContext = {
    summarise,
    openSummaryCache: (scope) =>
      deps.openSummaryCache
        ? deps.openSummaryCache(fingerprintOf(scope, { ...settings, priceOverrides: priceOverrides ?? {} }, prices))
        : new NullSummaryCache(),
    log: deps.log,
    clock: () => deps.clock(),
  }
  return {
    prices,
    read: (source) => source.read(context),
    analyse: (reading, options = {}) => {
      const data: ReportData = {
        ...analyseRuns(reading.runs, {
          window: options.window ?? reading.window,
          ...(options.thresholds ? { thresholds: options.thresholds } : {}),
        }),
        ...(settings.periods
          ? { periods: periodMetricsOf(reading.runs, settings.periods), periodSplit: settings.periods }
          : {}),
        prices: { source: prices.source, version: prices.version, fetchedAt: prices.fetchedAt },
      }
      if (options.warnAboutRecords) warnAboutRecords(data, deps.log)
      return data
    },
    compare: (a, b) => compareSides(a, b),
  }
}

/** A source's runs through the whole engine: what it read, the report data and the prices. */
export async function runEngine<R extends SourceReading>(
  source: RunSource<R>,
  settings: EngineSettings & AnalysisOptions,
  deps: EngineDeps,
): Promise<{ reading: R; report: ReportData; prices: PriceCatalogue }> {
  const engine = await openEngine(settings, deps)
  const reading = await engine.read(source)
  return { reading, report: engine.analyse(reading, settings), prices: engine.prices }
}

/**
 * The summary cache's fingerprint: the source's scope, the engine's reading and the catalogue in force. The one
 * place it is computed, so the action and the CLI key their cached summaries alike.
 */
function fingerprintOf(scope: CacheScope, settings: EngineSettings, prices: PriceCatalogue): string {
  return summaryFingerprintOf({
    repository: scope.repository,
    artifactNames: scope.artifactNames,
    providers: settings.providers ?? [],
    tokenSemantics: settings.tokenSemantics ?? defaultNormalisationRules,
    priceOverrides: settings.priceOverrides ?? {},
    // Summaries priced with another catalogue live under another key.
    ...(prices.source === 'remote' ? { priceCatalogue: `remote:${prices.version}` } : {}),
  })
}
