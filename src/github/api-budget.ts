/**
 * What is left of the REST API budget, read from the `x-ratelimit-*` headers of every response we see.
 *
 * A download's request is `reserve()`-d before it starts, which keeps the estimate conservative while downloads run
 * at once; `spend()` counts a request whose response we will not see.
 */
export interface ApiBudgetSnapshot {
  /** Requests allowed per window (`x-ratelimit-limit`), when known. */
  limit?: number
  /** Requests left in the current window, after subtracting requests made since the last header. */
  remaining?: number
  /** When the window resets (`x-ratelimit-reset`). */
  resetAt?: Date
  /** API requests made by this process that we know of (ours and @actions/artifact's). */
  requests: number
}

type Headers = Record<string, string | number | undefined>

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = headers[name]
  if (value === undefined || value === '') return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}

export class ApiBudget {
  private limit?: number
  private remaining?: number
  private resetEpochSeconds?: number
  private requests = 0

  /** Reads the rate-limit headers of one response (successful or not). */
  observe(headers: Headers | undefined): void {
    if (!headers) return
    const remaining = headerNumber(headers, 'x-ratelimit-remaining')
    if (remaining === undefined) return
    const reset = headerNumber(headers, 'x-ratelimit-reset')
    const limit = headerNumber(headers, 'x-ratelimit-limit')
    // Responses of concurrent requests arrive out of order: within one window the lowest count is the newest.
    const newWindow = reset !== undefined && (this.resetEpochSeconds === undefined || reset > this.resetEpochSeconds)
    if (newWindow || this.remaining === undefined) {
      this.remaining = remaining
      this.resetEpochSeconds = reset ?? this.resetEpochSeconds
    } else if (reset === undefined || reset === this.resetEpochSeconds) {
      this.remaining = Math.min(this.remaining, remaining)
    }
    if (limit !== undefined) this.limit = limit
  }

  /** Counts one API request whose response we will not see (or have not seen yet). */
  spend(count = 1): void {
    this.requests += count
    if (this.remaining !== undefined) this.remaining = Math.max(0, this.remaining - count)
  }

  /**
   * Takes a request about to be made off what is left, before it starts: concurrent downloads checking the budget
   * then do not all pass on the same estimate. Its count and its response's headers come through our Octokit.
   */
  reserve(count = 1): void {
    if (this.remaining !== undefined) this.remaining = Math.max(0, this.remaining - count)
  }

  /** Counts one request made through our own Octokit (its headers arrive through observe()). */
  countRequest(): void {
    this.requests += 1
  }

  snapshot(): ApiBudgetSnapshot {
    return {
      limit: this.limit,
      remaining: this.remaining,
      resetAt: this.resetEpochSeconds === undefined ? undefined : new Date(this.resetEpochSeconds * 1000),
      requests: this.requests,
    }
  }
}
