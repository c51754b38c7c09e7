/**
 * Downloads the planned artifacts with a fixed pool of workers, while the API budget allows: each run's zip is
 * read and summarised, then deleted. When the budget runs low (or the rate limit is hit) no further download
 * starts, and the runs left are named as not reached.
 */
import { plural } from '../common/value-format.js'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { ApiBudgetSnapshot } from '../github/api-budget.js'
import type { GitHubClient, RunArtifact } from '../github/github-client.js'
import { mergeInventories, type ArchiveLimits } from '../usage/archive.js'
import { summaryHasUsageData, type RunSummary } from '../usage/run-summary.js'
import {
  summariseRun,
  type ArchiveInventory,
  type SummariseOptions,
  type UsageSource,
  type UsageSources,
} from '../usage/summarise-run.js'
import type { CollectLogger } from './collect-logger.js'
import { CollectProgress } from './collect-progress.js'
import { metaOf, summaryWithoutData, type PlannedDownload } from './collection-plan.js'
import { runFailureOf } from './run-failure.js'

export interface DownloadPoolOptions {
  client: Pick<GitHubClient, 'downloadArtifact' | 'apiBudget'>
  concurrency: number
  /** API requests left untouched for the issue operations that follow. */
  apiReserve: number
  limits: ArchiveLimits
  summarise: SummariseOptions
  readArtifact: (zipPath: string, limits: ArchiveLimits, displayName: string) => Promise<UsageSources>
  /** Parent of the temporary download directory (default: the OS temp directory). */
  tempDir?: string
  /** Keep each downloaded zip as `<dir>/<workflow>/<run id>/<artifact>.zip`, the layout `report` reads. */
  saveArtifactsDir?: string
  logger: CollectLogger
  progressIntervalMs: number
}

export interface DownloadPoolResult {
  /** One summary per planned run, by run id. */
  summaries: Map<number, RunSummary>
  /** Artifacts whose download was started. */
  downloaded: number
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

/**
 * Why no further download may start, or undefined: checked before each download, with no await before it starts
 * (and spends its request), so that concurrent workers cannot all pass on the same estimate. A further limit (a time
 * budget) is one more line here.
 */
function reasonToStop(options: DownloadPoolOptions): string | undefined {
  const budget = options.client.apiBudget()
  if (budget.remaining !== undefined && budget.remaining <= options.apiReserve) {
    return describeBudget(budget, options.apiReserve)
  }
  return undefined
}

/** The pool's shared state: the first reason to stop wins and names every run not reached after it. */
class PoolState {
  stopReason: string | undefined
  downloaded = 0
  constructor(
    readonly options: DownloadPoolOptions,
    readonly workRoot: string,
  ) {}

  /** Whether to start no more downloads; says why in the log the first time. */
  stopped(): boolean {
    if (this.stopReason === undefined) {
      const reason = reasonToStop(this.options)
      if (reason !== undefined) {
        this.stopReason = reason
        this.options.logger.warning(`Stopping downloads: ${reason}.`)
      }
    }
    return this.stopReason !== undefined
  }
}

/** Downloads and reads one artifact of the run into `directory`. */
async function sourcesOf(
  pool: PoolState,
  planned: PlannedDownload,
  artifact: RunArtifact,
  directory: string,
): Promise<UsageSources> {
  const { client, limits, readArtifact, saveArtifactsDir } = pool.options
  const { zipPath } = await client.downloadArtifact(artifact, directory)
  const sources = await readArtifact(zipPath, limits, `${artifact.name}.zip`)
  if (saveArtifactsDir) {
    const keep = path.join(saveArtifactsDir, pathSegment(planned.run.workflowName), String(planned.run.id))
    await mkdir(keep, { recursive: true })
    await copyFile(zipPath, path.join(keep, `${pathSegment(artifact.name)}.zip`))
  }
  return sources
}

/** Downloads, reads and summarises one run's artifacts; its trouble becomes its state. */
async function collectOne(pool: PoolState, planned: PlannedDownload): Promise<RunSummary> {
  const { run, artifact } = planned
  const limits = pool.options.limits
  const artifacts = [artifact, ...planned.also]
  const tooLarge = artifacts.find((a) => a.sizeInBytes > limits.maxArchiveBytes)
  if (tooLarge) {
    return summaryWithoutData(
      run,
      'download-failed',
      `Artifact '${tooLarge.name}' is ${tooLarge.sizeInBytes} bytes, over the limit of ${limits.maxArchiveBytes}`,
      artifact,
    )
  }
  const directory = path.join(pool.workRoot, String(run.id))
  try {
    const sources: UsageSource[] = []
    // What each archive held, so that a run whose artifacts yield nothing can name it.
    const inventories: ArchiveInventory[] = []
    for (const [index, each] of artifacts.entries()) {
      const into = path.join(directory, String(index))
      await mkdir(into, { recursive: true })
      if (pool.stopped()) return summaryWithoutData(run, 'not-reached', pool.stopReason, artifact)
      pool.downloaded++
      const found = await sourcesOf(pool, planned, each, into)
      sources.push(...found)
      if (found.inspected) inventories.push(found.inspected)
    }
    const inspected = inventories.length > 0 ? { inspected: mergeInventories(inventories) } : {}
    return await summariseRun(metaOf(run, artifact), Object.assign(sources, inspected), pool.options.summarise)
  } catch (error) {
    const failure = runFailureOf(error)
    if (failure.stopsCollection) pool.stopReason ??= failure.detail
    return summaryWithoutData(run, failure.state, failure.stopsCollection ? pool.stopReason : failure.detail, artifact)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Downloads and summarises every planned run. Never throws for one run's trouble: it becomes that run's state. */
export async function downloadPlannedRuns(
  downloads: readonly PlannedDownload[],
  options: DownloadPoolOptions,
): Promise<DownloadPoolResult> {
  const { logger } = options
  const summaries = new Map<number, RunSummary>()
  if (downloads.length === 0) return { summaries, downloaded: 0 }

  const pool = new PoolState(options, await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'token-usage-')))
  const progress = new CollectProgress(downloads.length, logger, Date.now(), options.progressIntervalMs)
  let next = 0
  // A fixed pool of workers takes the next run until none is left; checking the budget before each start is
  // what lets a collection end early with the rest named as not reached.
  const worker = async (): Promise<void> => {
    while (next < downloads.length) {
      const planned = downloads[next++]
      if (pool.stopReason) {
        summaries.set(planned.run.id, summaryWithoutData(planned.run, 'not-reached', pool.stopReason, planned.artifact))
        continue
      }
      const summary = await collectOne(pool, planned)
      summaries.set(planned.run.id, summary)
      progress.runFinished(summaryHasUsageData(summary))
    }
  }
  logger.startGroup(`Downloading ${plural(downloads.length, 'artifact')}`)
  try {
    const concurrency = Math.max(1, options.concurrency)
    await Promise.all(Array.from({ length: Math.min(concurrency, downloads.length) }, worker))
    progress.finish()
  } finally {
    await rm(pool.workRoot, { recursive: true, force: true })
    logger.endGroup()
  }
  return { summaries, downloaded: pool.downloaded }
}
