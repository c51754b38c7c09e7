/**
 * The GitHub listing as a source: the runs of one repository's window, from the summary cache or downloaded, and
 * what an earlier report of the same window read of a run this collection cannot read.
 */
import {
  collectRuns,
  stateCountsOf,
  type CollectOptions,
  type CollectResult,
  type UnfinishedRun,
} from '../collect/collect-runs.js'
import { keepEarlierReadings, type EarlierReading } from '../collect/collection-plan.js'
import type { RunFilters } from '../collect/run-selection.js'
import type { GitHubClient } from '../github/github-client.js'
import type { ArchiveLimits } from '../usage/archive.js'
import type { ReportWindow, RunSource, SourceContext, SourceReading } from './run-source.js'

/** Which runs of which repository, and how to fetch them. */
export interface GitHubRunsRequest extends RunFilters {
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
  reportWindow?: ReportWindow
  artifactNames: string[]
  concurrency: number
  apiReserve: number
  archiveLimits?: ArchiveLimits
  /** Parent of the temporary download directory. */
  tempDir?: string
  /** Keep each downloaded zip under this directory (the CLI's --save-artifacts). */
  saveArtifactsDir?: string
}

export interface GitHubRunsReading extends SourceReading {
  /** The collection's facts: downloads, cache hits, API use, failed downloads, state counts. */
  collected: CollectResult
  /** Runs that kept an earlier reading because this collection could not read them. */
  kept: number
  /** Runs with data an earlier reading had that this collection's listing did not show: kept whole. */
  unlisted: number
}

/** The collector's options for a request, read with the engine's settings, clock and log. */
export function collectOptionsOf(request: GitHubRunsRequest, context: SourceContext): CollectOptions {
  return {
    since: request.since,
    until: request.until,
    now: () => context.clock(),
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
    summarise: context.summarise,
    logger: context.log,
  }
}

/**
 * A collection as the engine's reading: what today's earlier report read of a run this collection could not read
 * (or did not list) is kept, so a re-run never reports less than the day's report.
 */
export function collectionReading(
  request: GitHubRunsRequest,
  fresh: CollectResult,
  failures: SourceReading['failures'] = [],
): GitHubRunsReading {
  const merged = keepEarlierReadings(fresh.runs, request.earlierReadings ?? new Map())
  const collected =
    merged.kept + merged.unlisted > 0 ? { ...fresh, runs: merged.runs, stateCounts: stateCountsOf(merged.runs) } : fresh
  return {
    runs: collected.runs,
    window: request.reportWindow ?? collected.window,
    unfinished: collected.unfinished,
    failures,
    collected,
    kept: merged.kept,
    unlisted: merged.unlisted,
  }
}

export function githubRunsSource(client: GitHubClient, request: GitHubRunsRequest): RunSource<GitHubRunsReading> {
  return {
    async read(context) {
      const cache = context.openSummaryCache({ repository: request.repository, artifactNames: request.artifactNames })
      return collectionReading(request, await collectRuns(client, cache, collectOptionsOf(request, context)))
    },
  }
}
