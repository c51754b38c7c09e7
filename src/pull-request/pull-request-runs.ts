/**
 * The agent runs of one pull request, as its comment keeps them: one row per run attempt, keyed by run id and
 * attempt, so an event delivered again (gh-aw fires `workflow_run` several times per agent run), twice at once or
 * re-run finds its row already there and neither downloads nor changes anything. Totals are sums of the rows.
 */
import { creditsOf } from '../analysis/runs/usage-sums.js'

/** One agent run (attempt) on the pull request, with the numbers the comment shows. */
export interface PullRequestRun {
  runId: string
  attempt: number
  workflow: string
  url: string
  /** GitHub's conclusion (`success`, `failure`, …). */
  conclusion: string
  /** How the run's usage was read: a RunState (`analysed`, `no-artifact`, `download-failed`, …). */
  state: string
  /** True when the run has agent usage (requests, or a totals-only run's totals). */
  hasData: boolean
  requests: number
  totalTokens: number
  costUsd: number
  /** AI credits the firewall recorded; null when none was recorded. */
  aiCredits: number | null
  createdAt: string
}

/** What one pull request's comment holds: its number and its runs, oldest first. */
export interface PullRequestRecord {
  number: number
  runs: PullRequestRun[]
}

/** A run attempt's key: `<run id>#<attempt>`. */
export function runKeyOf(run: Pick<PullRequestRun, 'runId' | 'attempt'>): string {
  return `${run.runId}#${run.attempt}`
}

export function hasRun(record: PullRequestRecord, key: Pick<PullRequestRun, 'runId' | 'attempt'>): boolean {
  const wanted = runKeyOf(key)
  return record.runs.some((run) => runKeyOf(run) === wanted)
}

/** The record with the run added (a run already there keeps its first reading), oldest run first. */
export function withRun(record: PullRequestRecord, run: PullRequestRun): PullRequestRecord {
  if (hasRun(record, run)) return record
  const runs = [...record.runs, run].sort(
    (a, b) =>
      Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.runId.localeCompare(b.runId) || a.attempt - b.attempt,
  )
  return { ...record, runs }
}

/** Conclusions of a run that failed: the cost it spent bought nothing that landed. */
const FAILED_CONCLUSIONS = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure'])

export function runFailed(run: Pick<PullRequestRun, 'conclusion'>): boolean {
  return FAILED_CONCLUSIONS.has(run.conclusion)
}

/** The sums over a pull request's runs. */
export interface PullRequestTotals {
  number: number
  runs: number
  runsWithData: number
  requests: number
  totalTokens: number
  costUsd: number
  /** Recorded AI credits; null when no run recorded any. */
  aiCredits: number | null
  /** Cost of the runs that failed (part of costUsd). */
  failedCostUsd: number
  failedRuns: number
}

export function totalsOf(record: PullRequestRecord): PullRequestTotals {
  const totals: PullRequestTotals = {
    number: record.number,
    runs: record.runs.length,
    runsWithData: 0,
    requests: 0,
    totalTokens: 0,
    costUsd: 0,
    aiCredits: creditsOf(record.runs),
    failedCostUsd: 0,
    failedRuns: 0,
  }
  for (const run of record.runs) {
    if (run.hasData) totals.runsWithData++
    totals.requests += run.requests
    totals.totalTokens += run.totalTokens
    totals.costUsd += run.costUsd
    if (runFailed(run)) {
      totals.failedRuns++
      totals.failedCostUsd += run.costUsd
    }
  }
  return totals
}
