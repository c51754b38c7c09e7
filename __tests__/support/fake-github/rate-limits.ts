// GitHub's primary rate limits as the x-ratelimit-* headers report them, and the optional secondary limits
// (concurrency, write spacing, content creation per minute) a test can switch on to check a client keeps to them.

/** One rate-limit bucket as the `x-ratelimit-*` headers and /rate_limit report it. */
export interface RateLimitBucket {
  limit: number
  remaining: number
  used: number
  /** Epoch seconds when the bucket refills. */
  reset: number
  /** Seconds between refills. */
  windowSeconds: number
}

export interface PrimaryLimitOptions {
  limit?: number
  remaining?: number
  resetAt?: Date
}

/** Secondary limits, all off unless set; breaking one answers 403 "secondary rate limit" with `retry-after`. */
export interface SecondaryLimitOptions {
  /** At most this many API requests in flight at once (GitHub: 100). */
  maxConcurrent?: number
  /** Writes (POST/PATCH/PUT/DELETE) at least this many ms apart (GitHub asks for 1 s). */
  minWriteIntervalMs?: number
  /** At most this many content-creating requests (POST) per rolling minute (GitHub: 80). */
  contentCreationPerMinute?: number
  /** `retry-after` seconds on a secondary-limit answer (default 1). */
  retryAfter?: number
}

export function newBucket(limit: number, windowSeconds: number, options: PrimaryLimitOptions = {}): RateLimitBucket {
  const bucket: RateLimitBucket = {
    limit: options.limit ?? limit,
    remaining: options.remaining ?? options.limit ?? limit,
    used: 0,
    reset: options.resetAt
      ? Math.floor(options.resetAt.getTime() / 1000)
      : Math.floor(Date.now() / 1000) + windowSeconds,
    windowSeconds,
  }
  bucket.used = Math.max(0, bucket.limit - bucket.remaining)
  return bucket
}

/** Spends one request from the bucket (refilling it first when its reset time has passed); false when exhausted. */
export function spend(bucket: RateLimitBucket, nowMs = Date.now()): boolean {
  if (nowMs / 1000 >= bucket.reset) {
    bucket.remaining = bucket.limit
    bucket.used = 0
    bucket.reset = Math.floor(nowMs / 1000) + bucket.windowSeconds
  }
  if (bucket.remaining <= 0) return false
  bucket.remaining--
  bucket.used++
  return true
}

export function rateLimitHeaders(bucket: RateLimitBucket, resource: string): Record<string, string> {
  return {
    'x-ratelimit-limit': String(bucket.limit),
    'x-ratelimit-remaining': String(bucket.remaining),
    'x-ratelimit-used': String(bucket.used),
    'x-ratelimit-reset': String(bucket.reset),
    'x-ratelimit-resource': resource,
  }
}

/** Tracks what the secondary limits look at; `breach` names the limit a new request would break, if any. */
export class SecondaryLimits {
  private lastWriteAt = -Infinity
  private creations: number[] = []

  constructor(private readonly options: SecondaryLimitOptions) {}

  /** The concurrency limit a request arriving with `inFlight` requests in flight (itself included) breaks, if any. */
  concurrencyBreach(inFlight: number): string | undefined {
    const { maxConcurrent } = this.options
    return maxConcurrent !== undefined && inFlight > maxConcurrent
      ? `${inFlight} concurrent requests (limit ${maxConcurrent})`
      : undefined
  }

  /** The write limit this request breaks, if any; a write that passes is remembered. */
  writeBreach(method: string, nowMs = Date.now()): string | undefined {
    const { minWriteIntervalMs, contentCreationPerMinute } = this.options
    if (['GET', 'HEAD', 'OPTIONS'].includes(method)) return undefined
    if (minWriteIntervalMs !== undefined && nowMs - this.lastWriteAt < minWriteIntervalMs) {
      return `a write ${nowMs - this.lastWriteAt} ms after the previous one (minimum ${minWriteIntervalMs} ms)`
    }
    this.lastWriteAt = nowMs
    if (method === 'POST' && contentCreationPerMinute !== undefined) {
      this.creations = this.creations.filter((at) => nowMs - at < 60_000)
      if (this.creations.length >= contentCreationPerMinute) {
        return `more than ${contentCreationPerMinute} content-creating requests in a minute`
      }
      this.creations.push(nowMs)
    }
    return undefined
  }

  get retryAfter(): number {
    return this.options.retryAfter ?? 1
  }
}
