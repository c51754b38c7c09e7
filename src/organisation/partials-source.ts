/**
 * `mode: merge`: the shards' partial summaries as one source, so the merged report has the numbers one job would
 * give. A partial of another window or version is foreign; a repository no valid partial covers (its shard failed,
 * its artifact is missing) is named as failed with that reason and carried, with what the previous report carried
 * of it, so the next report counts its runs.
 */
import { collectionWindow } from '../collect/collection-window.js'
import type { ApiBudgetSnapshot } from '../github/api-budget.js'
import {
  mergedResult,
  type OrganisationSource,
  type RepositoryOutcome,
  type CollectAll,
  engineSource,
} from './collect-organisation.js'
import type { PartialSummary, PartialWindow } from './partial-file.js'
import { carriesByRepository, qualifiedRunId } from './qualified-names.js'

/** A partial file as the merge found it: read, or why not. */
export interface FoundPartial {
  file: string
  read: { partial: PartialSummary } | { problem: string }
}

/**
 * The newest window among the readable partials: the merge's `until` when the input does not set it (the plan
 * that just ran made the newest; an older partial is a leftover of another day).
 */
export function latestWindowOf(found: readonly FoundPartial[]): PartialWindow | undefined {
  const windows = found.flatMap((f) => ('partial' in f.read ? [f.read.partial.window] : []))
  return windows.sort((a, b) => Date.parse(b.until) - Date.parse(a.until))[0]
}

/** Why a partial is not counted, or null when it belongs to this window. */
function foreignReason(found: FoundPartial, window: PartialWindow): string | null {
  if (!('partial' in found.read)) return found.read.problem
  const { since, until } = found.read.partial.window
  if (since === window.since && until === window.until) return null
  return `another window (${since} to ${until}, this report ${window.since} to ${window.until})`
}

export function partialsSource(
  found: readonly FoundPartial[],
  repositories: readonly string[],
  budget: () => ApiBudgetSnapshot,
  log: { warning(message: string): void },
): OrganisationSource {
  const outcomes: RepositoryOutcome[] = []
  const collectAll: CollectAll = async (collect) => {
    const startedAt = Date.now()
    const window = collectionWindow(collect.since, collect.until, new Date())
    // The report window of the daily plan: since is exclusive, the collection's a second later.
    const reportWindow = {
      since: new Date(window.since.getTime() - 1000).toISOString(),
      until: window.until.toISOString(),
    }
    const covered = new Map<string, RepositoryOutcome>()
    const problems: string[] = []
    for (const f of found) {
      const foreign = foreignReason(f, reportWindow)
      if (foreign !== null || !('partial' in f.read)) {
        problems.push(`${f.file}: ${foreign}`)
        log.warning(`Partial summary ${f.file} is not counted: ${foreign}.`)
        continue
      }
      for (const o of f.read.partial.outcomes) covered.set(o.repository.toLowerCase(), o)
    }
    const carries = carriesByRepository(collect.carriedRuns ?? [])
    const missing = (repository: string): RepositoryOutcome => {
      const carry = carries.get(repository.toLowerCase())
      const since = carry?.since && carry.since < window.since.toISOString() ? carry.since : window.since.toISOString()
      const why = problems.length > 0 ? ` (not counted: ${problems.join('; ')})` : ''
      return {
        repository,
        status: 'failed',
        reason: `no partial summary of its shard was found in 'partials'${why}; its window is carried.`,
        since,
        runs: [],
        unfinished: (carry?.runs ?? []).map((run) => ({ ...run, id: qualifiedRunId(repository, run.id) })),
      }
    }
    outcomes.splice(0, outcomes.length, ...repositories.map((r) => covered.get(r.toLowerCase()) ?? missing(r)))
    return mergedResult(outcomes, window, budget(), startedAt)
  }
  return { source: engineSource(collectAll, () => outcomes), outcomes: () => outcomes }
}
