/**
 * The runs of several repositories as one source for the engine: each repository collected as a single one would
 * be (collectRuns), its summaries keyed by repository (qualified-names.ts), all of them spending one token's API
 * budget. A repository that fails (5xx, no access, not found) is named with its reason and carried; the others
 * stay exact. Before a repository is started the budget is read: when what is left would not keep `api-reserve`
 * for publishing, the repository is not reached and carried, never run into the limit.
 */
import { collectRuns, failedDownloadsOf, stateCountsOf } from '../collect/collect-runs.js'
import type { CollectOptions, CollectResult } from '../collect/collect-runs.js'
import { silentCollectLogger, type CollectLogger } from '../collect/collect-logger.js'
import { MAX_RETRY_MS, type UnfinishedRun } from '../collect/collection-plan.js'
import {
  collectionReading,
  collectOptionsOf,
  type GitHubRunsReading,
  type GitHubRunsRequest,
} from '../engine/github-source.js'
import type { RunSource } from '../engine/run-source.js'
import { collectionWindow } from '../collect/collection-window.js'
import { defaultApiReserve } from '../settings/collect-defaults.js'
import type { SummaryCache } from '../collect/summary-cache.js'
import type { ApiBudgetSnapshot } from '../github/api-budget.js'
import { isRateLimitError, type GitHubClient } from '../github/github-client.js'
import type { RunSummary } from '../usage/run-summary.js'
import {
  carriedRepository,
  carriesByRepository,
  isCarriedRepository,
  qualifiedRun,
  qualifiedRunId,
} from './qualified-names.js'

/**
 * What reading one repository costs at least besides its downloads: the runs listing, one artifacts listing per
 * artifact name and one more (a second page, or the unfiltered listing). A repository is started only when the
 * budget holds this for it and for every repository still listing, above `api-reserve`.
 */
export function listingCost(artifactNames: number): number {
  return 2 + Math.max(1, artifactNames)
}

/** Repositories collected at once (each with its own downloads in flight). */
const REPOSITORIES_AT_ONCE = 4

export type RepositoryStatus = 'collected' | 'failed' | 'not-reached'

/** How one repository's collection went. */
export interface RepositoryOutcome {
  repository: string
  status: RepositoryStatus
  /** Why it failed or was not reached. */
  reason?: string
  /** Where its window started (earlier than the report's when the previous report carried it). */
  since: string
  /** Its runs, keyed by repository. */
  runs: RunSummary[]
  /** Its runs still running, carried (keyed by repository). */
  unfinished: UnfinishedRun[]
}

/**
 * How the organisation's sources collect: the collect options, which do not depend on the repository, and each
 * repository's summary cache by its name. engineSource makes an engine source of it.
 */
export type CollectAll = (
  options: CollectOptions,
  openCache: (repository: string) => SummaryCache,
) => Promise<CollectResult>

/** The engine's source for a daily request (the request's repository is the central one, where the report goes). */
export type OrganisationRunSource = (request: GitHubRunsRequest) => RunSource<GitHubRunsReading>

/** A CollectAll as the engine's source: the request's filters and limits, the engine's reading, cache and log. */
export function engineSource(
  collectAll: CollectAll,
  outcomes: () => readonly RepositoryOutcome[],
): OrganisationRunSource {
  return (request) => ({
    async read(context) {
      // The saved zips of --save-artifacts are a single repository's option.
      const { saveArtifactsDir: _saved, ...options } = collectOptionsOf(request, context)
      const fresh = await collectAll(options, (repository) =>
        context.openSummaryCache({ repository, artifactNames: request.artifactNames }),
      )
      const failures = outcomes()
        .filter((o) => o.status !== 'collected')
        .map((o) => ({ scope: o.repository, reason: o.reason ?? o.status, carried: o.unfinished }))
      // Today's earlier report keys its runs by repository too.
      return collectionReading(request, fresh, failures)
    },
  })
}

export interface OrganisationSourceOptions {
  /** `owner/name` of each repository, in report order. */
  repositories: readonly string[]
  /** One repository's client; every client shares the token and its API budget. */
  clientFor(repository: string): GitHubClient
  budget(): ApiBudgetSnapshot
}

export interface OrganisationSource {
  source: OrganisationRunSource
  /** Each repository's outcome, once the source has run. */
  outcomes(): RepositoryOutcome[]
}

/** Each repository's lines in the job log start with its name (repositories are read side by side). */
function repositoryLog(log: CollectLogger, repository: string): CollectLogger {
  return {
    info: (message) => log.info(`${repository}: ${message}`),
    warning: (message) => log.warning(`${repository}: ${message}`),
    startGroup: () => undefined,
    endGroup: () => undefined,
  }
}

/** Why a repository could not be read, with what to do when the token cannot see it. */
export function repositoryFailureReason(error: unknown, repository: string): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')
  const status = (error as { status?: number } | null)?.status
  if (status !== 404 && status !== 403) return `${message}.`
  return (
    `${message}. The default GITHUB_TOKEN sees only the repository of its own workflow: give the step a GitHub ` +
    `App installation token or a fine-grained token that can read ${repository} (actions: read).`
  )
}

/** The organisation's repositories as one source of runs. */
export function organisationSource(options: OrganisationSourceOptions): OrganisationSource {
  const outcomes: RepositoryOutcome[] = []
  const collectAll: CollectAll = async (collect, openCache) => {
    const startedAt = Date.now()
    const log = collect.logger ?? silentCollectLogger
    const window = collectionWindow(collect.since, collect.until, (collect.now ?? (() => new Date()))())
    const carries = carriesByRepository(collect.carriedRuns ?? [])
    const listing = { inFlight: 0, cost: listingCost(collect.artifactNames?.length ?? 4) }
    const read = (repository: string) =>
      readRepository(
        repository,
        { ...collect, since: window.since, until: window.until },
        { openCache, carries, listing },
        options,
      )
    outcomes.splice(0, outcomes.length, ...(await inTurns(options.repositories, REPOSITORIES_AT_ONCE, read)))
    for (const outcome of outcomes) {
      if (outcome.status !== 'collected') log.warning(`${outcome.repository} ${outcome.status}: ${outcome.reason}`)
    }
    return mergedResult(outcomes, window, options.budget(), startedAt)
  }
  return { source: engineSource(collectAll, () => outcomes), outcomes: () => outcomes }
}

type Carries = ReturnType<typeof carriesByRepository>

/** What every repository's reading shares: the cache, the previous report's carries, the listings in flight. */
interface Shared {
  openCache: (repository: string) => SummaryCache
  carries: Carries
  listing: { inFlight: number; cost: number }
}

async function readRepository(
  repository: string,
  collect: CollectOptions & { since: Date; until: Date },
  { openCache, carries, listing }: Shared,
  options: OrganisationSourceOptions,
): Promise<RepositoryOutcome> {
  const carry = carries.get(repository.toLowerCase())
  // A repository carried for longer than a week of reports is read from a week back: its older runs are given up.
  const carriedSince = carry?.since ? Math.max(Date.parse(carry.since), collect.until.getTime() - MAX_RETRY_MS) : NaN
  const since = new Date(
    Number.isNaN(carriedSince) ? collect.since.getTime() : Math.min(carriedSince, collect.since.getTime()),
  )
  // A repository not read keeps carrying what the previous report carried of it, beside its window.
  const carried = (carry?.runs ?? []).map((run) => ({ ...run, id: qualifiedRunId(repository, run.id) }))
  const base = { repository, since: since.toISOString(), runs: [], unfinished: carried }
  const remaining = options.budget().remaining
  const reserve = collect.apiReserve ?? defaultApiReserve
  if (remaining !== undefined && remaining - listing.inFlight * listing.cost < reserve + listing.cost) {
    const reason = `the API budget had ${remaining} requests left, ${reserve} kept for publishing (api-reserve)`
    return { ...base, status: 'not-reached', reason }
  }
  listing.inFlight++
  try {
    const result = await collectRuns(options.clientFor(repository), openCache(repository), {
      ...collect,
      since,
      carriedRuns: carry?.runs ?? [],
      logger: repositoryLog(collect.logger ?? silentCollectLogger, repository),
    })
    return {
      ...base,
      status: 'collected',
      runs: result.runs.map((run) => qualifiedRun(repository, run)),
      unfinished: result.unfinished.map((run) => ({ ...run, id: qualifiedRunId(repository, run.id) })),
    }
  } catch (error) {
    if (isRateLimitError(error)) {
      return { ...base, status: 'not-reached', reason: `the API rate limit was reached (${(error as Error).message})` }
    }
    return { ...base, status: 'failed', reason: repositoryFailureReason(error, repository) }
  } finally {
    // Held for the whole repository: its downloads are held to the reserve by the download pool, its listings here.
    listing.inFlight--
  }
}

/** Runs `work` over the items, `width` at a time, keeping the items' order in the results. */
async function inTurns<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}

/** One collection result of every repository; a repository not read carries its window to the next report. */
export function mergedResult(
  outcomes: readonly RepositoryOutcome[],
  window: { since: Date; until: Date },
  apiBudget: ApiBudgetSnapshot,
  startedAt: number,
): CollectResult {
  const runs = outcomes
    .flatMap((o) => o.runs)
    .sort((a, b) => Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? '') || a.runId.localeCompare(b.runId))
  const unfinished = outcomes.flatMap((o) =>
    o.status === 'collected'
      ? o.unfinished
      : [
          carriedRepository(
            o.repository,
            o.since,
            o.status === 'failed' ? 'repository-failed' : 'repository-not-reached',
          ),
          ...o.unfinished.filter((run) => !isCarriedRepository(run)),
        ],
  )
  return {
    window: { since: window.since.toISOString(), until: window.until.toISOString() },
    unfinished,
    runs,
    stateCounts: stateCountsOf(runs),
    failedDownloads: failedDownloadsOf(runs),
    downloaded: 0,
    fromCache: 0,
    apiBudget,
    elapsedMs: Date.now() - startedAt,
  }
}
