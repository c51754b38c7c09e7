/**
 * The `repositories` input: which repositories an organisation report reads. Entries are `owner/name`, `owner/*`
 * (every repository of the owner the token can see) and `!owner/name` (leave one out), newline- or
 * comma-separated. Empty means the `repository` input alone, today's single-repository report.
 */
import { invalidInput } from './input-error.js'
import { listInput } from './list-input.js'
import { parseRepository } from './repository-input.js'

/** The Actions matrix holds at most 256 jobs: the most shards `mode: plan` makes. */
export const MAX_SHARDS = 256

export interface RepositoryName {
  owner: string
  repo: string
}

export interface RepositorySelection {
  /** Repositories named one by one (kept even when archived). */
  named: RepositoryName[]
  /** Owners whose every visible, unarchived repository is selected (`owner/*`). */
  owners: string[]
  /** Repositories left out (`!owner/name`), whatever selected them. */
  excluded: RepositoryName[]
}

const EXPECTED = 'Expected owner/name, owner/* or !owner/name, one a line or comma-separated.'
const OWNER = /^[\w.-]+$/

/** `owner/name`, the one spelling of a repository in reports, keys and errors. */
export function repositoryKeyOf(name: RepositoryName): string {
  return `${name.owner}/${name.repo}`
}

/** The selection the input describes, or null when it is empty; throws quoting the first bad entry. */
export function parseRepositorySelection(text: string, input = 'repositories'): RepositorySelection | null {
  const entries = listInput(text)
  if (entries.length === 0) return null
  const selection: RepositorySelection = { named: [], owners: [], excluded: [] }
  for (const entry of entries) {
    const excluded = entry.startsWith('!')
    const body = excluded ? entry.slice(1).trim() : entry
    const wildcard = /^([^/]+)\/\*$/.exec(body)
    if (wildcard && !excluded && OWNER.test(wildcard[1]!)) {
      if (!selection.owners.some((o) => o.toLowerCase() === wildcard[1]!.toLowerCase())) {
        selection.owners.push(wildcard[1]!)
      }
      continue
    }
    const name = parseRepository(body)
    if (!name) {
      const why = wildcard && excluded ? 'A wildcard cannot be left out; name the repositories to leave out.' : EXPECTED
      throw invalidInput(input, entry, why)
    }
    const list = excluded ? selection.excluded : selection.named
    if (!list.some((n) => sameRepository(n, name))) list.push(name)
  }
  if (selection.named.length === 0 && selection.owners.length === 0) {
    throw invalidInput(input, text.trim(), 'It only leaves repositories out; name some with owner/name or owner/*.')
  }
  return selection
}

/** GitHub's names are case-insensitive. */
export function sameRepository(a: RepositoryName, b: RepositoryName): boolean {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase()
}
