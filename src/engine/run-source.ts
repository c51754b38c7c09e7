/**
 * Where runs come from: the one interface every entry's runs go through.
 *
 * How a new source plugs in. The engine (engine.ts) loads the prices once, then hands a source a `SourceContext`:
 * the reading every run is summarised with (price book, providers, token semantics, calendar), a way to open the
 * summary cache (the engine computes its fingerprint; the source names only its own part, e.g. the repository),
 * the log and the clock. A source implements `read(context)`: it finds its runs and returns one RunSummary per run
 * it selected, the window it covered, the runs to collect again next time and the parts it could not read. A run
 * it cannot read is a summary whose state says why, never a throw; a part of the source that fails as a whole (a
 * repository) is a `SourceFailure` that names it, never a throw either. The engine analyses whatever comes back;
 * nothing else changes for a new source.
 * - GitHub listing (github-source.ts): the runs of one repository's window, downloaded or from the cache.
 * - Local files (local-source.ts): artifact trees, zips and token files on disk.
 * - Summaries already at hand (ready-source.ts): e.g. decoded from earlier reports' data blocks.
 * - One completed run by run id and attempt (a pull request's comment): a source whose `runs` is that one run.
 * - An organisation: a source reading several repositories, each with its own window and cache scope, naming a
 *   repository that failed in `failures` with the runs it carries; a rate-limit stop returns the runs not reached
 *   as `not-reached` summaries and carries them in `unfinished`.
 */
import type { CollectLogger } from '../collect/collect-logger.js'
import type { UnfinishedRun } from '../collect/collection-plan.js'
import type { SummaryCache } from '../collect/summary-cache.js'
import type { RunSummary } from '../usage/run-summary.js'
import type { SummariseOptions } from '../usage/summarise-run.js'

export type { UnfinishedRun }

/** A window as reports print it; null = open on that side. */
export interface ReportWindow {
  since: string | null
  until: string | null
}

/** What a source's summaries depend on besides the engine's reading: part of the summary cache's fingerprint. */
export interface CacheScope {
  /** `owner/name` */
  repository: string
  /** Artifact names in order of preference. */
  artifactNames: readonly string[]
}

/** What the engine gives every source. */
export interface SourceContext {
  /** Prices, providers, token semantics and calendar: the same for every run of every source. */
  summarise: SummariseOptions
  /** The summary cache for this scope under the engine's settings (a cache that keeps nothing when there is none). */
  openSummaryCache(scope: CacheScope): SummaryCache
  log: CollectLogger
  clock(): Date
}

/** A part of a source that could not be read at all (a repository: 5xx, no access, not found). */
export interface SourceFailure {
  /** What failed, as the user named it (`acme/web`). */
  scope: string
  /** Why, one sentence. */
  reason: string
  /** Its runs to collect again next time, so none is lost. */
  carried: UnfinishedRun[]
}

/** What a source read. */
export interface SourceReading {
  /** One summary per selected run. */
  runs: RunSummary[]
  /** The window the runs were selected in. */
  window: ReportWindow
  /** Runs to collect again next time: still running, not reached, or whose download may pass later. */
  unfinished: UnfinishedRun[]
  /** Parts that could not be read at all; empty when every part answered. */
  failures: SourceFailure[]
}

/** A source of runs. `R` is what it returns: a SourceReading, possibly with facts of its own (downloads, API use). */
export interface RunSource<R extends SourceReading = SourceReading> {
  read(context: SourceContext): Promise<R>
}

/** The log every source and the engine write to: stderr in the CLI, @actions/core on a runner. */
export type { CollectLogger as EngineLog }
