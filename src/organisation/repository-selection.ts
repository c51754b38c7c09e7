/**
 * The selected repositories, pure: the named ones, every unarchived repository of each `owner/*` as GitHub listed
 * it, less the left-out ones; sorted, so the same inventory always gives the same list (and the same shards).
 */
import {
  repositoryKeyOf,
  sameRepository,
  type RepositoryName,
  type RepositorySelection,
} from '../settings/repositories-input.js'

/** A repository as a listing returns it. */
export interface ListedRepository extends RepositoryName {
  archived: boolean
}

export interface SelectedRepositories {
  /** `owner/name`, sorted. */
  repositories: string[]
  /** Archived repositories an `owner/*` found and left out (named ones are kept). */
  archivedSkipped: string[]
}

/** Applies the selection to the owners' listings (by owner, lower case). */
export function selectRepositories(
  selection: RepositorySelection,
  listings: ReadonlyMap<string, readonly ListedRepository[]>,
): SelectedRepositories {
  const chosen: RepositoryName[] = [...selection.named]
  const archivedSkipped: string[] = []
  for (const owner of selection.owners) {
    for (const listed of listings.get(owner.toLowerCase()) ?? []) {
      if (chosen.some((c) => sameRepository(c, listed))) continue
      if (listed.archived) archivedSkipped.push(repositoryKeyOf(listed))
      else chosen.push({ owner: listed.owner, repo: listed.repo })
    }
  }
  const kept = chosen.filter((c) => !selection.excluded.some((e) => sameRepository(c, e)))
  return {
    repositories: [...new Set(kept.map(repositoryKeyOf))].sort(compareKeys),
    archivedSkipped: archivedSkipped.sort(compareKeys),
  }
}

/** Case-insensitive, then exact: a stable order whatever the listing's. */
export function compareKeys(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0
}
