import * as path from 'node:path'
import type { WorkflowRun } from '../github/github-client.js'

/** Which runs of the window the report covers. */
export interface RunFilters {
  /** Workflow names or file names; empty = all. */
  workflows?: string[]
  excludeWorkflows?: string[]
  /** Run conclusions to keep (default success, failure); a run still in progress has none and is left out. */
  conclusions?: string[]
  /** The action's own run: never in its own report. */
  excludeRunId?: string | number
}

export const defaultConclusions = ['success', 'failure']

/** The names a user may use for a run's workflow: its name, its path, its file name and that file name's stem. */
function workflowAliases(run: WorkflowRun): string[] {
  const file = path.posix.basename(run.workflowPath)
  const stem = file.replace(/(\.lock)?\.ya?ml$/i, '')
  return [run.workflowName, run.workflowPath, file, stem].filter((alias) => alias !== '').map((a) => a.toLowerCase())
}

function matchesAny(run: WorkflowRun, patterns: string[]): boolean {
  const aliases = workflowAliases(run)
  return patterns.some((pattern) => aliases.includes(pattern.trim().toLowerCase()))
}

/** The run's workflow is wanted and it is not the action's own run; its conclusion is not looked at. */
function isWantedWorkflow(run: WorkflowRun, filters: RunFilters): boolean {
  const workflows = filters.workflows ?? []
  const ownRun =
    filters.excludeRunId === undefined || filters.excludeRunId === '' ? undefined : String(filters.excludeRunId)
  return (
    String(run.id) !== ownRun &&
    (workflows.length === 0 || matchesAny(run, workflows)) &&
    !matchesAny(run, filters.excludeWorkflows ?? [])
  )
}

/** The runs the filters keep, in the order given. */
export function selectRuns(runs: WorkflowRun[], filters: RunFilters): WorkflowRun[] {
  const conclusions = (filters.conclusions?.length ? filters.conclusions : defaultConclusions).map((c) =>
    c.toLowerCase(),
  )
  return runs.filter(
    (run) =>
      run.conclusion !== null && conclusions.includes(run.conclusion.toLowerCase()) && isWantedWorkflow(run, filters),
  )
}

/**
 * Runs of wanted workflows that have no conclusion yet. They are in no report of this window, and the next report
 * starts where this window ends, so the collector names them rather than dropping them without a word.
 */
export function unfinishedRuns(runs: WorkflowRun[], filters: RunFilters): WorkflowRun[] {
  return runs.filter((run) => run.conclusion === null && isWantedWorkflow(run, filters))
}
