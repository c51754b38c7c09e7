/**
 * The collector: every run in the window → exactly one RunSummary. Runs are listed once, artifacts are discovered
 * with one repository-level listing per name, summaries of earlier collections come from the cache, and the rest
 * are downloaded with bounded concurrency while the API budget allows. The decisions are collection-plan.ts's,
 * the downloads download-pool.ts's; this file lists, logs and keeps the cache.
 */
import { plural } from '../common/value-format.js'
import type { ApiBudgetSnapshot } from '../github/api-budget.js'
import { isRateLimitError, type GitHubClient, type RunArtifact, type WorkflowRun } from '../github/github-client.js'
import { defaultArchiveLimits, tokenFileSourcesInZip, type ArchiveLimits } from '../usage/archive.js'
import { artifactPrefix } from '../usage/artifact-name.js'
import type { RunState, RunSummary } from '../usage/run-summary.js'
import type { SummariseOptions, UsageSource } from '../usage/summarise-run.js'
import { defaultArtifactNames } from './artifact-choice.js'
import { silentCollectLogger, type CollectLogger } from './collect-logger.js'
import {
  answerFromCache,
  listingScope,
  planDownloads,
  summaryWithoutData,
  type PlannedDownload,
  type UnfinishedRun,
} from './collection-plan.js'
import { defaultApiReserve, defaultConcurrency } from '../settings/collect-defaults.js'
import { collectionWindow } from './collection-window.js'
import { downloadPlannedRuns } from './download-pool.js'
import { selectRuns, unfinishedRuns, type RunFilters } from './run-selection.js'
import { cacheableStates, runKey, type RunKey, type SummaryCache } from './summary-cache.js'

export type { UnfinishedRun } from './collection-plan.js'

export { defaultApiReserve, defaultConcurrency }

export interface CollectOptions extends RunFilters {
  /** Start of the window: ISO time, a duration before `until` (`24h`, `7d`) or a Date; default `24h`. */
  since?: string | Date
  /** End of the window; default now. */
  until?: Date
  /**
   * Runs an earlier report saw still running, created before this window: they are collected now (if they have
   * finished) so that a run in progress at report time lands in the next report instead of in none.
   */
  carriedRuns?: UnfinishedRun[]
  /** Artifact names in order of preference (default usage, agent, agent-artifacts, firewall-audit-logs). */
  artifactNames?: string[]
  /** Downloads in flight at once (default 8). */
  concurrency?: number
  /** API requests left untouched for the issue operations that follow (default 50). */
  apiReserve?: number
  /** Prices, providers, token semantics: passed to summariseRun. */
  summarise: SummariseOptions
  /** Size and entry limits for each artifact zip (default: the usage layer's). */
  archiveLimits?: ArchiveLimits
  /** Parent of the temporary download directory (default: the OS temp directory). */
  tempDir?: string
  /** Keep each downloaded zip as `<dir>/<workflow>/<run id>/<artifact>.zip`, the layout `report` reads. */
  saveArtifactsDir?: string
  logger?: CollectLogger
  /** Least time between two progress lines (default 5 s). */
  progressIntervalMs?: number
  now?: () => Date
  /** Reads a downloaded zip's token files; the usage layer's reader by default. */
  readArtifact?: (zipPath: string, limits: ArchiveLimits, displayName: string) => Promise<UsageSource[]>
}

export interface CollectResult {
  window: { since: string; until: string }
  /** Runs without a conclusion yet (the window's own and still-running carried ones), for the next report. */
  unfinished: UnfinishedRun[]
  /** One summary per selected run, oldest first. */
  runs: RunSummary[]
  /** How many runs ended in each state. */
  stateCounts: Record<RunState, number>
  /** Downloads of this collection that failed, for the step's verdict (before any earlier reading is kept). */
  failedDownloads: FailedDownloads
  /** Artifacts downloaded in this collection. */
  downloaded: number
  /** Runs whose summary came from the cache. */
  fromCache: number
  apiBudget: ApiBudgetSnapshot
  elapsedMs: number
}

// A Record, not a list, so that a state added to RunState fails to compile here instead of counting as NaN.
const noStates: Readonly<Record<RunState, number>> = {
  analysed: 0,
  'analysed-totals': 0,
  'no-artifact': 0,
  'artifact-expired': 0,
  'no-token-file': 0,
  'empty-token-file': 0,
  'download-failed': 0,
  'integrity-failed': 0,
  'not-reached': 0,
}

/** How many runs ended in each state. */
export function stateCountsOf(summaries: readonly RunSummary[]): Record<RunState, number> {
  const counts = { ...noStates }
  for (const summary of summaries) counts[summary.state]++
  return counts
}

/** States of a run whose artifact was found but could not be read as downloaded. */
const failedDownloadStates: ReadonlySet<RunState> = new Set<RunState>(['download-failed', 'integrity-failed'])

export interface FailedDownloads {
  /** Runs whose download failed. */
  runs: number
  /** Runs that had an artifact to download (not `no-artifact`, not `artifact-expired`). */
  withArtifacts: number
  /** Why (up to three distinct reasons, each with its run count when there are several). */
  reasons: string
  /** How many runs failed and why, one sentence. */
  message: string
}

/** States of a run that had no artifact to download. */
const withoutArtifact: ReadonlySet<RunState> = new Set<RunState>(['no-artifact', 'artifact-expired'])

/** The runs whose download failed, and one sentence naming how many and why (up to three distinct reasons). */
export function failedDownloadsOf(summaries: readonly RunSummary[]): FailedDownloads {
  const failed = summaries.filter((summary) => failedDownloadStates.has(summary.state))
  // The same failure of different artifacts reads as one reason: the artifact's name and id are left out.
  const byReason = new Map<string, number>()
  for (const summary of failed) {
    const reason = (summary.stateDetail ?? summary.state).replace(/^Artifact '[^']*' \(id \d+\): /, '')
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1)
  }
  const reasons = [...byReason].sort((a, b) => b[1] - a[1])
  // With one reason the sentence's own count says how many runs it stands for.
  const shown = reasons
    .slice(0, 3)
    .map(([reason, runs]) => (reasons.length === 1 ? reason : `${reason} (${plural(runs, 'run')})`))
    .join('; ')
  const more = reasons.length > 3 ? `; ${reasons.length - 3} other reasons` : ''
  const why = `${shown}${more}`.replace(/\.$/, '')
  return {
    runs: failed.length,
    withArtifacts: summaries.filter((summary) => !withoutArtifact.has(summary.state)).length,
    reasons: why,
    message: `${plural(failed.length, 'run')} could not be downloaded: ${why}.`,
  }
}

/** What the listing found: the runs selected, those still running, the cache's answers and the artifacts to fetch. */
interface Listing {
  runs: WorkflowRun[]
  unfinished: UnfinishedRun[]
  /** Summaries known so far, by run id: from the cache, or `not-reached` when the artifact listing hit the limit. */
  summaries: Map<number, RunSummary>
  fromCache: number
  uncached: WorkflowRun[]
  /** Artifacts by name; undefined when no run needs one, or the listing could not be made. */
  artifactLists?: Map<string, RunArtifact[]>
}

/** Collects every selected run of the window. Never throws for one run's trouble: it becomes that run's state. */
export async function collectRuns(
  client: GitHubClient,
  cache: SummaryCache,
  options: CollectOptions,
): Promise<CollectResult> {
  const logger = options.logger ?? silentCollectLogger
  const now = options.now ?? (() => new Date())
  const startedAt = Date.now()
  const window = collectionWindow(options.since, options.until, now())
  const names = options.artifactNames?.length ? options.artifactNames : defaultArtifactNames

  const restored = await cache.restore()
  logger.startGroup('Listing workflow runs and artifacts')
  let listing: Listing
  try {
    listing = await listRuns(client, window, names, restored, options, logger)
  } catch (error) {
    logger.endGroup()
    throw error
  }
  const { runs, summaries, fromCache } = listing
  const fresh = new Map<RunKey, RunSummary>()
  const downloads = planned(listing, names, fresh, logger)
  logger.info(
    `${plural(runs.length, 'run')}: ${fromCache} from the cache, ${downloads.length} to download, ` +
      `${runs.length - fromCache - downloads.length} without a usable artifact.`,
  )
  logger.endGroup()

  const pool = await downloadPlannedRuns(downloads, {
    client,
    concurrency: options.concurrency ?? defaultConcurrency,
    apiReserve: options.apiReserve ?? defaultApiReserve,
    limits: options.archiveLimits ?? defaultArchiveLimits,
    summarise: options.summarise,
    readArtifact: options.readArtifact ?? tokenFileSourcesInZip,
    ...(options.tempDir ? { tempDir: options.tempDir } : {}),
    ...(options.saveArtifactsDir ? { saveArtifactsDir: options.saveArtifactsDir } : {}),
    logger,
    progressIntervalMs: options.progressIntervalMs ?? 5000,
  })
  for (const { run } of downloads) {
    const summary = pool.summaries.get(run.id)!
    summaries.set(run.id, summary)
    if (cacheableStates.has(summary.state)) fresh.set(runKey(run.id, run.attempt), summary)
  }
  await saveFresh(cache, fresh, logger)

  const ordered = runs.map((run) => summaries.get(run.id) as RunSummary)
  const budget = client.apiBudget()
  const failed = logCollected(ordered, budget, pool.downloaded, fromCache, logger)
  return {
    window: { since: window.since.toISOString(), until: window.until.toISOString() },
    unfinished: listing.unfinished,
    runs: ordered,
    stateCounts: stateCountsOf(ordered),
    failedDownloads: failed,
    downloaded: pool.downloaded,
    fromCache,
    apiBudget: budget,
    elapsedMs: Date.now() - startedAt,
  }
}

/**
 * Runs, and artifacts: one listing per name for the whole repository. With nothing cached every run will need its
 * artifact, so the listings run beside the runs listing; otherwise only when some run is not cached.
 */
async function listRuns(
  client: GitHubClient,
  window: { since: Date; until: Date },
  names: string[],
  restored: Map<RunKey, RunSummary>,
  options: CollectOptions,
  logger: CollectLogger,
): Promise<Listing> {
  const scope = listingScope(window.since, options.carriedRuns ?? [])
  const listArtifacts = async (): Promise<Map<string, RunArtifact[]>> => {
    const lists = await Promise.all(names.map((name) => client.listArtifacts(name, { createdAfter: scope.listFrom })))
    return new Map(names.map((name, i) => [name, lists[i]]))
  }
  const early = restored.size === 0 ? listArtifacts() : undefined
  // A failed runs listing must not leave the early listings' rejection unhandled.
  early?.catch(() => undefined)
  const listed = (await client.listRuns({ since: scope.listFrom, until: window.until })).filter(scope.inReport)
  logCarried(scope, logger)
  const runs = selectRuns(listed, options)
  logger.info(
    `${plural(listed.length, 'run')} created ${window.since.toISOString()} – ${window.until.toISOString()}, ${runs.length} selected.`,
  )
  const unfinished = unfinishedRuns(listed, options).map((run) => ({ id: String(run.id), createdAt: run.createdAt }))
  logUnfinished(unfinished, logger)
  const answered = answerFromCache(runs, restored)
  const summaries = new Map<number, RunSummary>(answered.cached)
  const listing: Listing = { runs, unfinished, summaries, fromCache: answered.cached.size, uncached: answered.uncached }
  try {
    if (answered.uncached.length > 0) {
      const lists = await (early ?? listArtifacts())
      listing.artifactLists = await withPrefixedArtifacts(client, lists, answered.uncached, names, scope.listFrom)
    } else await early
  } catch (error) {
    // The runs are known: with the budget gone before their artifacts are, they are reported as not reached.
    if (!isRateLimitError(error)) throw error
    const reason = `API rate limit reached while listing artifacts (${(error as Error).message})`
    logger.warning(reason)
    for (const run of answered.uncached) summaries.set(run.id, summaryWithoutData(run, 'not-reached', reason))
  }
  return listing
}

/**
 * GitHub's name filter is exact: the `<hash>-<name>` artifacts of workflow_call runs are only found in the
 * unfiltered listing. It is made once, and only when some run to collect has none of the names exactly.
 */
async function withPrefixedArtifacts(
  client: GitHubClient,
  lists: Map<string, RunArtifact[]>,
  toCollect: WorkflowRun[],
  names: string[],
  listFrom: Date,
): Promise<Map<string, RunArtifact[]>> {
  const found = new Set([...lists.values()].flatMap((list) => list.map((artifact) => artifact.runId)))
  if (toCollect.every((run) => found.has(run.id))) return lists
  const all = await client.listArtifacts(undefined, { createdAfter: listFrom })
  return new Map(
    names.map((name) => [
      name,
      [...(lists.get(name) ?? []), ...all.filter((artifact) => artifactPrefix(artifact.name, name) !== undefined)],
    ]),
  )
}

function logCarried(scope: ReturnType<typeof listingScope>, logger: CollectLogger): void {
  if (scope.carried.size > 0) {
    logger.info(
      `${plural(scope.carried.size, 'run')} carried from the previous report, still running or not read then.`,
    )
  }
  if (scope.givenUp.length > 0) {
    const ids = scope.givenUp.slice(0, 10).map((run) => run.id)
    logger.warning(
      `${scope.givenUp.length} runs could not be read for more than 7 days (${scope.givenUp[0].reason}) and are ` +
        `given up: ${ids.join(', ')}${scope.givenUp.length > ids.length ? ', …' : ''}.`,
    )
  }
}

function logUnfinished(unfinished: UnfinishedRun[], logger: CollectLogger): void {
  if (unfinished.length === 0) return
  const ids = unfinished.slice(0, 10).map((run) => run.id)
  logger.info(
    `${plural(unfinished.length, 'run')} ${unfinished.length === 1 ? 'was' : 'were'} still running; the next report collects ${unfinished.length === 1 ? 'it' : 'them'}: ` +
      `${ids.join(', ')}${unfinished.length > ids.length ? ', …' : ''}.`,
  )
}

/** The downloads to make; runs without a usable artifact get their summary (and a cache entry) here. */
function planned(
  listing: Listing,
  names: string[],
  fresh: Map<RunKey, RunSummary>,
  logger: CollectLogger,
): PlannedDownload[] {
  if (!listing.artifactLists) return []
  const plan = planDownloads(listing.uncached, listing.artifactLists, names)
  for (const [name, count] of plan.runsWithName) {
    logger.info(`Artifact '${name}': ${count} of the runs to collect have one.`)
  }
  for (const { run, summary } of plan.withoutArtifact) {
    listing.summaries.set(run.id, summary)
    fresh.set(runKey(run.id, run.attempt), summary)
  }
  return plan.downloads
}

async function saveFresh(cache: SummaryCache, fresh: Map<RunKey, RunSummary>, logger: CollectLogger): Promise<void> {
  if (fresh.size === 0) return
  logger.startGroup('Saving run summaries')
  try {
    await cache.save(fresh)
  } finally {
    logger.endGroup()
  }
}

/** The collection's closing lines: API use, downloads, runs not reached, failed downloads (returned). */
function logCollected(
  ordered: RunSummary[],
  budget: ApiBudgetSnapshot,
  downloaded: number,
  fromCache: number,
  logger: CollectLogger,
): FailedDownloads {
  logger.info(
    `API requests: ${budget.requests} made` +
      (budget.remaining !== undefined ? `, ${budget.remaining} left` : '') +
      (budget.resetAt ? ` until ${budget.resetAt.toISOString()}` : '') +
      `. Artifacts downloaded: ${downloaded}. Runs from the cache: ${fromCache}.`,
  )
  const notReached = ordered.filter((s) => s.state === 'not-reached')
  if (notReached.length > 0) {
    logger.warning(`${plural(notReached.length, 'run')} not reached: ${notReached[0]!.stateDetail}.`)
  }
  const failed = failedDownloadsOf(ordered)
  if (failed.runs > 0) logger.warning(failed.message)
  return failed
}
