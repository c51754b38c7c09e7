import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { CollectLogger } from './collect-logger.js'
import { withoutOldSummaries, type RunKey, type SummaryCache } from './summary-cache.js'
import { parseSummaries, serialiseSummaries } from './summary-file.js'
import type { RunSummary } from '../usage/run-summary.js'

const RETENTION_MS = 400 * 86_400_000

/** Summaries in one JSON file per settings fingerprint under a directory (the CLI's `--cache-dir`, tests). */
export class DirectorySummaryCache implements SummaryCache {
  private restored = new Map<RunKey, RunSummary>()

  constructor(
    private readonly directory: string,
    private readonly fingerprint: string,
    private readonly logger: Pick<CollectLogger, 'warning'>,
  ) {}

  private get file(): string {
    return path.join(this.directory, `run-summaries-${this.fingerprint}.json`)
  }

  async restore(): Promise<Map<RunKey, RunSummary>> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.logger.warning(`Summary cache ${this.file} not read: ${(error as Error).message}`)
      }
      return new Map()
    }
    const { summaries, problem } = parseSummaries(text, this.fingerprint)
    if (problem) this.logger.warning(`Summary cache ${this.file}: ${problem}; ignored.`)
    this.restored = summaries
    return new Map(summaries)
  }

  async save(newSummaries: Map<RunKey, RunSummary>): Promise<void> {
    if (newSummaries.size === 0) return
    const all = withoutOldSummaries(new Map([...this.restored, ...newSummaries]), new Date(Date.now() - RETENTION_MS))
    // Write then rename, so a reader never sees half a file.
    const temporary = `${this.file}.${process.pid}.tmp`
    try {
      await mkdir(this.directory, { recursive: true })
      await writeFile(temporary, serialiseSummaries(this.fingerprint, all))
      await rename(temporary, this.file)
      this.restored = all
    } catch (error) {
      this.logger.warning(`Summary cache ${this.file} not saved: ${(error as Error).message}`)
      // A write cut short (a full disk) or a refused rename must not leave the half file behind.
      await rm(temporary, { force: true })
    }
  }
}
