/**
 * The collector: every run in the window → exactly one RunSummary. Runs are listed once, artifacts are discovered
 * with one repository-level listing per name, summaries of earlier collections come from the cache, and the rest
 * are downloaded with bounded concurrency while the API budget allows.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { ApiBudgetSnapshot } from '../github/api-budget.js'
import {
  ArtifactDownloadError,
  isRateLimitError,
  type GitHubClient,
  type RunArtifact,
  type WorkflowRun,
} from '../github/github-client.js'
import {
  ArchiveError,
  defaultArchiveLimits,
  runStateOfArchiveError,
  tokenFileSourcesInZip,
  type ArchiveLimits,
} from '../usage/archive.js'
import { summaryWithoutUsage, type RunState, type RunSummary } from '../usage/run-summary.js'
import { summarizeRun, type RunMeta, type SummarizeOptions, type UsageSource } from '../usage/summarize-run.js'
import { artifactsByRun, chooseArtifact, defaultArtifactNames } from './artifact-choice.js'
import { silentCollectLogger, type CollectLogger } from './collect-logger.js'
import { CollectProgress } from './collect-progress.js'
import { collectionWindow } from './collection-window.js'
import { selectRuns, unfinishedRuns, type RunFilters } from './run-selection.js'
import { cacheableStates, runKey, type RunKey, type SummaryCache } from './summary-cache.js'

export const defaultConcurrency = 8
export const defaultApiReserve = 50

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
  /** Prices, providers, token semantics: passed to summarizeRun. */
  summarize: SummarizeOptions
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

/** A run of the window without a conclusion yet, to be carried to the next report. */
export interface UnfinishedRun {
  id: string
  createdAt: string
}

/** A carried run older than this before the window is dropped: GitHub cancels a workflow run after 35 days. */
const MAX_CARRY_MS = 35 * 86_400_000

export interface CollectResult {
  window: { since: string; until: string }
  /** Runs without a conclusion yet (the window's own and still-running carried ones), for the next report. */
  unfinished: UnfinishedRun[]
  /** One summary per selected run, oldest first. */
  runs: RunSummary[]
  /** How many runs ended in each state. */
  stateCounts: Record<RunState, number>
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

function metaOf(run: WorkflowRun, artifact?: RunArtifact): RunMeta {
  return {
    workflow: run.workflowName,
    runId: String(run.id),
    ...(run.branch !== undefined ? { branch: run.branch } : {}),
    createdAt: run.createdAt,
    url: run.url,
    ...(artifact ? { artifact: artifact.name } : {}),
  }
}

/** The summary of a run that yielded no usage. */
function summaryWithoutData(run: WorkflowRun, state: RunState, detail?: string, artifact?: RunArtifact): RunSummary {
  return summaryWithoutUsage(metaOf(run, artifact), state, detail)
}

/** A name safe as one path segment (workflow names are free text). */
function pathSegment(text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f/\\:*?"<>|]+/g, '-').replace(/^[.\s]+|[.\s]+$/g, '')
  return safe === '' ? 'workflow' : safe.slice(0, 100)
}

function describeBudget(budget: ApiBudgetSnapshot, reserve: number): string {
  const reset = budget.resetAt ? ` until ${budget.resetAt.toISOString()}` : ''
  return `API budget: ${budget.remaining} requests left${reset}, ${reserve} kept for the report's issue operations`
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
  const reserve = options.apiReserve ?? defaultApiReserve
  const limits = options.archiveLimits ?? defaultArchiveLimits
  const readArtifact = options.readArtifact ?? tokenFileSourcesInZip

  // Carried runs were created before the window: the listings reach back to the oldest of them, and of the runs
  // created before the window only the carried ones are kept.
  const since = window.since.getTime()
  const carried = new Map(
    (options.carriedRuns ?? [])
      .filter((run) => Date.parse(run.createdAt) < since && Date.parse(run.createdAt) >= since - MAX_CARRY_MS)
      .map((run) => [run.id, run]),
  )
  const listFrom = new Date(Math.min(since, ...[...carried.values()].map((run) => Date.parse(run.createdAt))))
  const inReport = (run: WorkflowRun): boolean => Date.parse(run.createdAt) >= since || carried.has(String(run.id))

  const restored = await cache.restore()
  const listArtifacts = async (): Promise<Map<string, RunArtifact[]>> => {
    const lists = await Promise.all(names.map((name) => client.listArtifacts(name, { createdAfter: listFrom })))
    return new Map(names.map((name, i) => [name, lists[i]]))
  }

  // Runs, and artifacts: one listing per name for the whole repository. With nothing cached every run will need
  // its artifact, so the listings run beside the runs listing; otherwise only when some run is not cached.
  logger.startGroup('Listing workflow runs and artifacts')
  let runs: WorkflowRun[]
  let unfinished: UnfinishedRun[] = []
  const summaries = new Map<number, RunSummary>()
  const fresh = new Map<RunKey, RunSummary>()
  let fromCache = 0
  const uncached: WorkflowRun[] = []
  let artifactLists: Map<string, RunArtifact[]> | undefined
  try {
    const early = restored.size === 0 ? listArtifacts() : undefined
    // A failed runs listing must not leave the early listings' rejection unhandled.
    early?.catch(() => undefined)
    const listed = (await client.listRuns({ since: listFrom, until: window.until })).filter(inReport)
    if (carried.size > 0) logger.info(`${carried.size} runs carried from the previous report, still running then.`)
    runs = selectRuns(listed, options)
    logger.info(
      `${listed.length} runs created ${window.since.toISOString()} – ${window.until.toISOString()}, ${runs.length} selected.`,
    )
    unfinished = unfinishedRuns(listed, options).map((run) => ({ id: String(run.id), createdAt: run.createdAt }))
    if (unfinished.length > 0) {
      const ids = unfinished.slice(0, 10).map((run) => run.id)
      logger.info(
        `${unfinished.length} runs were still running; the next report collects them: ` +
          `${ids.join(', ')}${unfinished.length > ids.length ? ', …' : ''}.`,
      )
    }
    for (const run of runs) {
      const cached = restored.get(runKey(run.id, run.attempt))
      if (cached && cacheableStates.has(cached.state)) {
        // The run's name, branch or URL may read differently now; the usage cannot have changed.
        summaries.set(run.id, { ...cached, ...metaOf(run), artifact: cached.artifact })
        fromCache++
      } else uncached.push(run)
    }
    try {
      if (uncached.length > 0) artifactLists = await (early ?? listArtifacts())
      else await early
    } catch (error) {
      // The runs are known: with the budget gone before their artifacts are, they are reported as not reached.
      if (!isRateLimitError(error)) throw error
      const reason = `API rate limit reached while listing artifacts (${(error as Error).message})`
      logger.warning(reason)
      for (const run of uncached) summaries.set(run.id, summaryWithoutData(run, 'not-reached', reason))
    }
  } catch (error) {
    logger.endGroup()
    throw error
  }

  const downloads: { run: WorkflowRun; artifact: RunArtifact }[] = []
  if (artifactLists) {
    const wanted = new Set(uncached.map((run) => run.id))
    const found: RunArtifact[] = []
    for (const [name, listed] of artifactLists) {
      const forRuns = listed.filter((artifact) => wanted.has(artifact.runId))
      logger.info(`Artifact '${name}': ${forRuns.length} of the runs to collect have one.`)
      found.push(...forRuns)
    }
    const byRun = artifactsByRun(found)
    for (const run of uncached) {
      const choice = chooseArtifact(byRun.get(run.id) ?? [], names)
      if (choice.kind === 'download') {
        downloads.push({ run, artifact: choice.artifact })
        continue
      }
      const summary =
        choice.kind === 'expired'
          ? summaryWithoutData(run, 'artifact-expired', `Expired: ${choice.names.join(', ')}`)
          : summaryWithoutData(run, 'no-artifact', `None of: ${names.join(', ')}`)
      summaries.set(run.id, summary)
      fresh.set(runKey(run.id, run.attempt), summary)
    }
  }
  logger.info(
    `${runs.length} runs: ${fromCache} from the cache, ${downloads.length} to download, ` +
      `${runs.length - fromCache - downloads.length} without a usable artifact.`,
  )
  logger.endGroup()

  // Downloads
  let downloaded = 0
  if (downloads.length > 0) {
    logger.startGroup(`Downloading ${downloads.length} artifacts`)
    const workRoot = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'token-usage-'))
    const progress = new CollectProgress(downloads.length, logger, Date.now(), options.progressIntervalMs ?? 5000)
    let stopReason: string | undefined
    let next = 0

    const budgetExhausted = (): boolean => {
      const budget = client.apiBudget()
      if (!stopReason && budget.remaining !== undefined && budget.remaining <= reserve) {
        stopReason = describeBudget(budget, reserve)
        logger.warning(`Stopping downloads: ${stopReason}.`)
      }
      return stopReason !== undefined
    }

    const collectOne = async (run: WorkflowRun, artifact: RunArtifact): Promise<RunSummary> => {
      if (artifact.sizeInBytes > limits.maxArchiveBytes) {
        return summaryWithoutData(
          run,
          'download-failed',
          `Artifact '${artifact.name}' is ${artifact.sizeInBytes} bytes, over the limit of ${limits.maxArchiveBytes}`,
          artifact,
        )
      }
      const directory = path.join(workRoot, String(run.id))
      await mkdir(directory)
      try {
        // Checked with no await before the download starts (and spends its request), so that concurrent workers
        // cannot all pass on the same estimate.
        if (budgetExhausted()) return summaryWithoutData(run, 'not-reached', stopReason, artifact)
        downloaded++
        const { zipPath } = await client.downloadArtifact(artifact, directory)
        const sources = await readArtifact(zipPath, limits, `${artifact.name}.zip`)
        const summary = await summarizeRun(metaOf(run, artifact), sources, options.summarize)
        if (options.saveArtifactsDir) {
          const keep = path.join(options.saveArtifactsDir, pathSegment(run.workflowName), String(run.id))
          await mkdir(keep, { recursive: true })
          await copyFile(zipPath, path.join(keep, `${pathSegment(artifact.name)}.zip`))
        }
        return summary
      } catch (error) {
        if (error instanceof ArtifactDownloadError) {
          if (error.reason === 'expired') return summaryWithoutData(run, 'artifact-expired', error.message, artifact)
          if (error.reason === 'integrity') return summaryWithoutData(run, 'integrity-failed', error.message, artifact)
          if (error.reason === 'rate-limited') {
            stopReason ??= `API rate limit reached (${error.message})`
            return summaryWithoutData(run, 'not-reached', stopReason, artifact)
          }
        }
        if (error instanceof ArchiveError) {
          return summaryWithoutData(
            run,
            runStateOfArchiveError(error),
            `Archive ${error.reason}: ${error.message}`,
            artifact,
          )
        }
        return summaryWithoutData(
          run,
          'download-failed',
          String(error instanceof Error ? error.message : error),
          artifact,
        )
      } finally {
        await rm(directory, { recursive: true, force: true })
      }
    }

    // A fixed pool of workers takes the next run until none is left; checking the budget before each start is
    // what lets a collection end early with the rest named as not reached.
    const worker = async (): Promise<void> => {
      while (next < downloads.length) {
        const { run, artifact } = downloads[next++]
        if (stopReason) {
          summaries.set(run.id, summaryWithoutData(run, 'not-reached', stopReason, artifact))
          continue
        }
        const summary = await collectOne(run, artifact)
        summaries.set(run.id, summary)
        if (cacheableStates.has(summary.state)) fresh.set(runKey(run.id, run.attempt), summary)
        progress.runFinished(summary.state === 'analysed')
      }
    }
    try {
      const concurrency = Math.max(1, options.concurrency ?? defaultConcurrency)
      await Promise.all(Array.from({ length: Math.min(concurrency, downloads.length) }, worker))
      progress.finish()
    } finally {
      await rm(workRoot, { recursive: true, force: true })
      logger.endGroup()
    }
  }

  if (fresh.size > 0) {
    logger.startGroup('Saving run summaries')
    try {
      await cache.save(fresh)
    } finally {
      logger.endGroup()
    }
  }

  const ordered = runs.map((run) => summaries.get(run.id) as RunSummary)
  const stateCounts = { ...noStates }
  for (const summary of ordered) stateCounts[summary.state]++
  const budget = client.apiBudget()
  logger.info(
    `API requests: ${budget.requests} made` +
      (budget.remaining !== undefined ? `, ${budget.remaining} left` : '') +
      (budget.resetAt ? ` until ${budget.resetAt.toISOString()}` : '') +
      `. Artifacts downloaded: ${downloaded}. Runs from the cache: ${fromCache}.`,
  )
  const notReached = stateCounts['not-reached']
  if (notReached > 0)
    logger.warning(`${notReached} runs not reached: ${ordered.find((s) => s.state === 'not-reached')?.stateDetail}.`)
  return {
    window: { since: window.since.toISOString(), until: window.until.toISOString() },
    unfinished,
    runs: ordered,
    stateCounts,
    downloaded,
    fromCache,
    apiBudget: budget,
    elapsedMs: Date.now() - startedAt,
  }
}
