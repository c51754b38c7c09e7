/**
 * Money spent on runs that failed: the first waste people look for. A run failed when GitHub concluded it
 * `failure`, `timed_out` or `startup_failure` (a cancelled run was stopped on purpose, often by a newer one).
 */
import type { FailedRuns, RunMetrics } from '../report-data.js'

const FAILED = new Set(['failure', 'timed_out', 'startup_failure'])

/** Whether a conclusion is a failure. */
export function isFailedConclusion(conclusion: string | undefined): boolean {
  return conclusion !== undefined && FAILED.has(conclusion)
}

/** The failed runs of a scope and what they cost; null when no run's conclusion is known (local files). */
export function failedRunsOf(runs: readonly RunMetrics[]): FailedRuns | null {
  if (!runs.some((r) => r.conclusion !== undefined)) return null
  const failed = runs.filter((r) => isFailedConclusion(r.conclusion))
  return { runs: failed.length, costUsd: failed.reduce((n, r) => n + r.costUsd, 0) }
}

/** The failed runs of several scopes together; null when none knew its runs' conclusions. */
export function sumFailedRuns(scopes: readonly (FailedRuns | null | undefined)[]): FailedRuns | null {
  const known = scopes.filter((s): s is FailedRuns => s !== null && s !== undefined)
  if (known.length === 0) return null
  return { runs: known.reduce((n, s) => n + s.runs, 0), costUsd: known.reduce((n, s) => n + s.costUsd, 0) }
}
