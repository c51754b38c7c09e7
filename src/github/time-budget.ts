/**
 * The run's time budget (the `time-budget` input): the step must end, report published, before the job's
 * `timeout-minutes` kills it. Collecting stops when only the publishing reserve is left (downloads in flight are
 * ended, the runs not read are carried to the next report, as when the API budget runs low); once the whole budget
 * is spent no request starts.
 */
export interface TimeBudgetOptions {
  /** Kept for publishing the report: default a fifth of the budget, at most 2 minutes. */
  reserveMs?: number
  /** Signals in place of the timers (tests end the collection at a chosen moment instead of waiting for it). */
  collection?: AbortSignal
  end?: AbortSignal
}

export class TimeBudget {
  /** Aborted when collecting must stop. */
  readonly collection: AbortSignal
  /** Aborted when the whole budget is spent. */
  readonly end: AbortSignal

  constructor(
    /** The budget as the user wrote it (`10m`), for messages. */
    readonly text: string,
    readonly totalMs: number,
    options: TimeBudgetOptions = {},
  ) {
    const reserveMs = options.reserveMs ?? Math.min(120_000, Math.floor(totalMs / 5))
    // AbortSignal.timeout does not keep the process alive: a finished run exits without waiting for its budget.
    this.collection = options.collection ?? AbortSignal.timeout(Math.max(0, totalMs - reserveMs))
    this.end = options.end ?? AbortSignal.timeout(totalMs)
  }

  /** "the time budget of 10m". */
  describe(): string {
    return `the time budget of ${this.text}`
  }

  /** Why collecting stopped: for the report's runs not reached. */
  collectionStopReason(): string {
    return `${this.describe()} ran short; the rest of it is kept for publishing the report`
  }
}
