/**
 * The collection plan, pure: which runs the listings must reach (the window and the carried runs), which runs the
 * cache answers, and for the others which artifact to download or why there is none. No I/O: collect-runs.ts
 * lists, the download pool downloads.
 */
import type { RunArtifact, WorkflowRun } from '../github/github-client.js'
import { summaryWithoutUsage, type ModelUsage, type RunState, type RunSummary } from '../usage/run-summary.js'
import type { RunMeta } from '../usage/summarise-run.js'
import { artifactsByRun, chooseArtifact } from './artifact-choice.js'
import { statesThatMayPass } from './run-failure.js'
import { cacheableStates, runKey, type RunKey } from './summary-cache.js'

/** A run carried to the next report: still in progress, or finished but not read yet. */
export interface UnfinishedRun {
  id: string
  createdAt: string
  /** For a finished run, the state that may pass (`download-failed`, `not-reached`); absent while it runs. */
  reason?: string
}

/** A carried run older than this before the window is dropped: GitHub cancels a workflow run after 35 days. */
const MAX_CARRY_MS = 35 * 86_400_000

/**
 * A finished run whose download kept failing is retried for a week of reports, then given up: each carried run
 * reaches the listings back to its creation, and a download that fails for a week will not pass.
 */
export const MAX_RETRY_MS = 7 * 86_400_000

export interface ListingScope {
  /** Carried runs still worth looking for, by run id. */
  carried: Map<string, UnfinishedRun>
  /** Finished runs carried longer than {@link MAX_RETRY_MS}: given up. */
  givenUp: UnfinishedRun[]
  /** Where the runs and artifacts listings start: the window's start, or the oldest carried run. */
  listFrom: Date
  /** A listed run belongs to this report: created in the window, or carried from the previous one. */
  inReport(run: WorkflowRun): boolean
}

/**
 * Carried runs were created before the window: the listings reach back to the oldest of them, and of the runs
 * created before the window only the carried ones are kept.
 */
export function listingScope(windowSince: Date, carriedRuns: readonly UnfinishedRun[]): ListingScope {
  const since = windowSince.getTime()
  const before = carriedRuns.filter((run) => Date.parse(run.createdAt) < since)
  const givenUp = before.filter((run) => run.reason && Date.parse(run.createdAt) < since - MAX_RETRY_MS)
  const carried = new Map(
    before
      .filter((run) => !givenUp.includes(run) && Date.parse(run.createdAt) >= since - MAX_CARRY_MS)
      .map((run) => [run.id, run]),
  )
  const listFrom = new Date(Math.min(since, ...[...carried.values()].map((run) => Date.parse(run.createdAt))))
  return {
    carried,
    givenUp,
    listFrom,
    inReport: (run) => Date.parse(run.createdAt) >= since || carried.has(String(run.id)),
  }
}

export function metaOf(run: WorkflowRun, artifact?: RunArtifact): RunMeta {
  return {
    workflow: run.workflowName,
    runId: String(run.id),
    ...(run.branch !== undefined ? { branch: run.branch } : {}),
    createdAt: run.createdAt,
    ...(run.conclusion ? { conclusion: run.conclusion } : {}),
    url: run.url,
    ...(run.headSha ? { headSha: run.headSha } : {}),
    ...(run.event ? { event: run.event } : {}),
    ...(run.pullRequests ? { pullRequests: run.pullRequests } : {}),
    ...(artifact ? { artifact: artifact.name } : {}),
  }
}

/** Finished runs whose usage was not read for a reason that may pass: the next report collects them again. */
export function runsToRetry(summaries: readonly RunSummary[]): UnfinishedRun[] {
  return summaries
    .filter((summary) => statesThatMayPass.has(summary.state) && summary.createdAt !== undefined)
    .map((summary) => ({ id: summary.runId, createdAt: summary.createdAt as string, reason: summary.state }))
}

/** What an earlier report of the same window read of a run: its state and its usage per model. */
export interface EarlierReading {
  state: RunState
  models: ModelUsage[]
  /** The run's workflow and creation time, so that a run the listing no longer shows is kept whole. */
  workflow?: string
  createdAt?: string
}

/** States of a run whose usage was read. */
const statesWithUsage: ReadonlySet<RunState> = new Set<RunState>(['analysed', 'analysed-totals'])

/** A run an earlier reading has, as a summary: for a run this collection's listing did not show. */
function summaryOfReading(runId: string, reading: EarlierReading & { workflow: string }): RunSummary {
  const meta = { workflow: reading.workflow, runId, ...(reading.createdAt ? { createdAt: reading.createdAt } : {}) }
  return { ...summaryWithoutUsage(meta, reading.state), models: reading.models }
}

/**
 * A run this collection did not read (its download failed, the budget did not reach it, its artifact is gone since)
 * keeps what an earlier report of the same day read of it: a re-run can add information, never remove it. A run
 * with data the listing did not show at all (GitHub's listing lagging) is kept whole (`unlisted`). Returns the runs,
 * how many kept an earlier reading, and how many were not listed.
 */
export function keepEarlierReadings(
  runs: readonly RunSummary[],
  earlier: ReadonlyMap<string, EarlierReading>,
): { runs: RunSummary[]; kept: number; unlisted: number } {
  let kept = 0
  const merged = runs.map((summary) => {
    const reading = earlier.get(summary.runId)
    if (!reading || statesWithUsage.has(summary.state) || reading.models.length === 0) return summary
    kept++
    const { stateDetail: _unread, ...rest } = summary
    return { ...rest, state: reading.state, models: reading.models }
  })
  const listed = new Set(runs.map((summary) => summary.runId))
  let unlisted = 0
  for (const [runId, reading] of earlier) {
    if (listed.has(runId) || reading.workflow === undefined || reading.models.length === 0) continue
    merged.push(summaryOfReading(runId, { ...reading, workflow: reading.workflow }))
    unlisted++
  }
  return { runs: merged, kept, unlisted }
}

/** The summary of a run that yielded no usage. */
export function summaryWithoutData(
  run: WorkflowRun,
  state: RunState,
  detail?: string,
  artifact?: RunArtifact,
): RunSummary {
  return summaryWithoutUsage(metaOf(run, artifact), state, detail)
}

/** Summaries the cache holds for these runs, and the runs it does not answer. */
export function answerFromCache(
  runs: readonly WorkflowRun[],
  restored: ReadonlyMap<RunKey, RunSummary>,
): { cached: Map<number, RunSummary>; uncached: WorkflowRun[] } {
  const cached = new Map<number, RunSummary>()
  const uncached: WorkflowRun[] = []
  for (const run of runs) {
    const summary = restored.get(runKey(run.id, run.attempt))
    // The run's name, branch or URL may read differently now; the usage cannot have changed.
    if (summary && cacheableStates.has(summary.state)) {
      cached.set(run.id, { ...summary, ...metaOf(run), artifact: summary.artifact })
    } else uncached.push(run)
  }
  return { cached, uncached }
}

/** One run to download: its chosen artifact, and same-name uploads of other `workflow_call` invocations. */
export interface PlannedDownload {
  run: WorkflowRun
  artifact: RunArtifact
  also: RunArtifact[]
}

export interface DownloadPlan {
  downloads: PlannedDownload[]
  /** Runs without a usable artifact, with the state that says why (cacheable: it cannot change). */
  withoutArtifact: { run: WorkflowRun; summary: RunSummary }[]
  /** How many of the runs to collect have an artifact of each name, for the log. */
  runsWithName: Map<string, number>
}

/** For each uncached run, the artifact to download, or why there is none. */
export function planDownloads(
  uncached: readonly WorkflowRun[],
  artifactLists: ReadonlyMap<string, RunArtifact[]>,
  names: readonly string[],
): DownloadPlan {
  const wanted = new Set(uncached.map((run) => run.id))
  const found: RunArtifact[] = []
  const runsWithName = new Map<string, number>()
  for (const [name, listed] of artifactLists) {
    const forRuns = listed.filter((artifact) => wanted.has(artifact.runId))
    runsWithName.set(name, forRuns.length)
    found.push(...forRuns)
  }
  const byRun = artifactsByRun(found)
  const downloads: PlannedDownload[] = []
  const withoutArtifact: DownloadPlan['withoutArtifact'] = []
  for (const run of uncached) {
    const choice = chooseArtifact(byRun.get(run.id) ?? [], [...names])
    if (choice.kind === 'download') downloads.push({ run, artifact: choice.artifact, also: choice.also })
    else {
      const summary =
        choice.kind === 'expired'
          ? summaryWithoutData(run, 'artifact-expired', `Expired: ${choice.names.join(', ')}`)
          : summaryWithoutData(run, 'no-artifact', `None of: ${names.join(', ')}`)
      withoutArtifact.push({ run, summary })
    }
  }
  return { downloads, withoutArtifact, runsWithName }
}
