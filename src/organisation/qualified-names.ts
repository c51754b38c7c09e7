/**
 * How an organisation report keys what it holds by repository. A workflow is `owner/name/Workflow` (two
 * repositories' "Code Review Agent" stay two rows in every table, flag, trend, budget and the data block, which all
 * key workflows by name) and a run `owner/name#id`. A run carried to the next report keeps its repository in its
 * id the same way, and a repository whose runs could not be read at all is carried as `owner/name#*` with the
 * start of its window as `createdAt`, so the next report reads it from there.
 */
import type { UnfinishedRun } from '../collect/collection-plan.js'
import type { RunSummary } from '../usage/run-summary.js'

/** The carried entry of a whole repository (its window), not of one run. */
const WHOLE_REPOSITORY = '*'

/** A repository's name never holds a `/` past the owner's or a `#`: the first two segments are the repository. */
const QUALIFIED_WORKFLOW = /^([^/#\s]+\/[^/#\s]+)\/(.*)$/s
const QUALIFIED_RUN = /^([^/#\s]+\/[^/#\s]+)#(.+)$/

export function qualifiedWorkflow(repository: string, workflow: string): string {
  return `${repository}/${workflow}`
}

/** The repository and bare name of an organisation report's workflow; undefined for a single repository's. */
export function splitWorkflow(name: string): { repository: string; workflow: string } | undefined {
  const match = QUALIFIED_WORKFLOW.exec(name)
  return match ? { repository: match[1]!, workflow: match[2]! } : undefined
}

export function qualifiedRunId(repository: string, runId: string): string {
  return `${repository}#${runId}`
}

/** A repository's run summary as the organisation report keys it. */
export function qualifiedRun(repository: string, run: RunSummary): RunSummary {
  return { ...run, workflow: qualifiedWorkflow(repository, run.workflow), runId: qualifiedRunId(repository, run.runId) }
}

/** What the previous report carried for one repository: its runs, and the window start of one never read. */
export interface RepositoryCarry {
  runs: UnfinishedRun[]
  /** Set when the repository itself was carried (it failed or was not reached): collect it from here. */
  since?: string
  /** Why it was carried. */
  reason?: string
}

/** The carried entry of a repository not read at all. */
export function carriedRepository(repository: string, since: string, reason: string): UnfinishedRun {
  return { id: qualifiedRunId(repository, WHOLE_REPOSITORY), createdAt: since, reason }
}

export function isCarriedRepository(entry: UnfinishedRun): boolean {
  return entry.id.endsWith(`#${WHOLE_REPOSITORY}`)
}

/** The previous report's carried entries by repository (lower case); entries of no repository are dropped. */
export function carriesByRepository(carried: readonly UnfinishedRun[]): Map<string, RepositoryCarry> {
  const byRepository = new Map<string, RepositoryCarry>()
  for (const entry of carried) {
    const match = QUALIFIED_RUN.exec(entry.id)
    if (!match) continue
    const key = match[1]!.toLowerCase()
    const carry = byRepository.get(key) ?? { runs: [] }
    byRepository.set(key, carry)
    if (match[2] !== WHOLE_REPOSITORY) carry.runs.push({ ...entry, id: match[2]! })
    else if (carry.since === undefined || Date.parse(entry.createdAt) < Date.parse(carry.since)) {
      carry.since = entry.createdAt
      if (entry.reason) carry.reason = entry.reason
    }
  }
  return byRepository
}
