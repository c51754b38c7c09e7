/**
 * The summary cache on the Actions cache service. Entries are immutable: every save is a new key
 * `<prefix><fingerprint>-<time>`, and a restore asks for that prefix, which returns the newest entry.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import * as cache from '@actions/cache'
import type { CollectLogger } from './collect-logger.js'
import { withoutOldSummaries, type RunKey, type SummaryCache } from './summary-cache.js'
import { parseSummaries, serialiseSummaries } from './summary-file.js'
import type { RunSummary } from '../usage/run-summary.js'

export const SUMMARY_CACHE_KEY_PREFIX = 'token-usage-analyzer-summaries-v1-'
/**
 * The cached path is part of the cache version: it must be the same string in every run, so it is relative to the
 * workspace rather than under a runner-specific temp directory.
 */
const CACHE_DIRECTORY = '.token-usage-analyzer-cache'
const CACHE_FILE = 'run-summaries.json'
/**
 * A daily report's window rarely reaches back more than max-lookback (7 days by default); keeping a month of
 * summaries covers longer windows while the entry, restored and saved every day, stays small.
 */
const DEFAULT_RETENTION_DAYS = 35

export interface ActionsSummaryCacheOptions {
  fingerprint: string
  logger: Pick<CollectLogger, 'info' | 'warning'>
  /** Injected for tests; defaults to @actions/cache. */
  service?: Pick<typeof cache, 'isFeatureAvailable' | 'restoreCache' | 'saveCache'>
  /** Working directory for the cached file (default: the current directory, i.e. the workspace). */
  workingDirectory?: string
  /** Summaries of runs created longer ago than this are not saved again (default 35 days). */
  retentionDays?: number
  now?: () => Date
}

/** Where the cache service is not available (a local run, GHES without it) it restores nothing and saves nothing. */
export class ActionsSummaryCache implements SummaryCache {
  private restored = new Map<RunKey, RunSummary>()
  private readonly service: NonNullable<ActionsSummaryCacheOptions['service']>

  constructor(private readonly options: ActionsSummaryCacheOptions) {
    this.service = options.service ?? cache
  }

  private get directory(): string {
    return path.join(this.options.workingDirectory ?? '.', CACHE_DIRECTORY)
  }

  private get prefix(): string {
    return `${SUMMARY_CACHE_KEY_PREFIX}${this.options.fingerprint}-`
  }

  async restore(): Promise<Map<RunKey, RunSummary>> {
    if (!this.service.isFeatureAvailable()) {
      this.options.logger.info('Summary cache: the Actions cache service is not available; every run is downloaded.')
      return new Map()
    }
    const file = path.join(this.directory, CACHE_FILE)
    try {
      // A primary key that never exists, so the prefix (restore key) picks the newest saved entry.
      const hit = await this.service.restoreCache([file], `${this.prefix}restore`, [this.prefix])
      if (!hit) {
        this.options.logger.info(`Summary cache: no entry under ${this.prefix}*.`)
        return new Map()
      }
      const { summaries, problem } = parseSummaries(await readFile(file, 'utf8'), this.options.fingerprint)
      if (problem) this.options.logger.warning(`Summary cache entry ${hit}: ${problem}; ignored.`)
      else this.options.logger.info(`Summary cache: ${summaries.size} run summaries restored from ${hit}.`)
      this.restored = summaries
      return new Map(summaries)
    } catch (error) {
      this.options.logger.warning(`Summary cache not restored: ${(error as Error).message}`)
      return new Map()
    } finally {
      await rm(this.directory, { recursive: true, force: true })
    }
  }

  async save(newSummaries: Map<RunKey, RunSummary>): Promise<void> {
    // saveCache throws without ACTIONS_RUNTIME_TOKEN; nothing new means the restored entry is still complete.
    if (newSummaries.size === 0 || !this.service.isFeatureAvailable()) return
    const now = this.options.now?.() ?? new Date()
    const all = withoutOldSummaries(
      new Map([...this.restored, ...newSummaries]),
      new Date(now.getTime() - (this.options.retentionDays ?? DEFAULT_RETENTION_DAYS) * 86_400_000),
    )
    const file = path.join(this.directory, CACHE_FILE)
    const key = `${this.prefix}${now.toISOString().replace(/[:.]/g, '-')}`
    try {
      await mkdir(this.directory, { recursive: true })
      await writeFile(file, serialiseSummaries(this.options.fingerprint, all, now))
      await this.service.saveCache([file], key)
      this.options.logger.info(`Summary cache: ${all.size} run summaries saved as ${key}.`)
    } catch (error) {
      this.options.logger.warning(`Summary cache not saved (${key}): ${(error as Error).message}`)
    } finally {
      await rm(this.directory, { recursive: true, force: true })
    }
  }
}
