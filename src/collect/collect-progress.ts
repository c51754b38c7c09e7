import type { CollectLogger } from './collect-logger.js'

/** Prints `Downloaded 120/480 runs, 3 without data, 41 s` at most every `intervalMs`, and once at the end. */
export class CollectProgress {
  private done = 0
  private withoutData = 0
  private lastPrinted = 0

  constructor(
    private readonly total: number,
    private readonly logger: Pick<CollectLogger, 'info'>,
    private readonly startedAt: number,
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.lastPrinted = startedAt
  }

  /** One run finished; `hasData` is false when it ended without usage (no token file, failed, ...). */
  runFinished(hasData: boolean): void {
    this.done++
    if (!hasData) this.withoutData++
    const now = this.clock()
    if (now - this.lastPrinted >= this.intervalMs && this.done < this.total) {
      this.lastPrinted = now
      this.logger.info(this.line(now))
    }
  }

  finish(): void {
    this.logger.info(this.line(this.clock()))
  }

  line(now: number): string {
    const seconds = Math.round((now - this.startedAt) / 1000)
    return `Downloaded ${this.done}/${this.total} runs, ${this.withoutData} without data, ${seconds} s`
  }
}
