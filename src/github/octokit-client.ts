/**
 * The one Octokit factory: @actions/github's Octokit with retry, throttling and API-budget tracking.
 * The collector's client and the issue operations both build on it.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { Octokit as CoreOctokit } from '@octokit/core'
// The build plugin-throttling itself uses (no Redis clustering); typed in bottleneck-light.d.ts.
import Bottleneck from 'bottleneck/light.js'
import { ApiBudget } from './api-budget.js'
import { boundedFetch, NetworkUnreachableError, OutOfTimeError } from './request-bounds.js'
import type { TimeBudget } from './time-budget.js'
import { tooManyRequestsPlugin } from './too-many-requests.js'

export type Octokit = ReturnType<typeof getOctokit>

/** Where Octokit's own messages (retries, rate limits) go. */
export interface OctokitLog {
  info(message: string): void
  warning(message: string): void
  debug?(message: string): void
}

export interface OctokitClientOptions {
  /**
   * REST API root. @actions/github reads GITHUB_API_URL once, when the module loads; passing it here makes the
   * client follow the value at call time (tests point it at the fake server).
   */
  baseUrl?: string
  log?: OctokitLog
  /** Receives the rate-limit headers of every response; a fresh one is made when absent. */
  budget?: ApiBudget
  /** Retries of a failed request (not rate limits) and the backoff unit in ms: waits are unit·n² (1 s, 4 s, 9 s). */
  retries?: number
  retryBaseMs?: number
  /** Longest wait for a rate limit to lift before giving up on a request. */
  maxRateLimitWaitSeconds?: number
  /** Retries after a rate limit (primary or secondary). */
  rateLimitRetries?: number
  /**
   * Minimum time between two writes, in ms (GitHub asks for a second between content-creating requests). Searches
   * are spaced twice that and writes that notify (new issues, comments) three times: plugin-throttling's own ratios.
   * Default: {@link defaultWriteSpacingMs}.
   */
  writeSpacingMs?: number
  /** Longest wait for one API answer, body included (default 30 s): a hung request is retried, then fails. */
  requestTimeoutMs?: number
  /** The run's time budget: once it is spent, no request starts or goes on. */
  timeBudget?: TimeBudget
  /** The fetch under the bounds (tests count or fail requests with it). */
  fetch?: typeof fetch
}

/** Default of {@link OctokitClientOptions.requestTimeoutMs}. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

/**
 * The bundled action's end-to-end tests set this variable to shrink every write spacing, which would otherwise cost
 * 1 to 3 s per issue write; runners never set it.
 */
export const WRITE_SPACING_VARIABLE = 'TOKEN_USAGE_ANALYZER_WRITE_SPACING_MS'

/** 1000 ms, unless {@link WRITE_SPACING_VARIABLE} says otherwise. */
export function defaultWriteSpacingMs(env: Record<string, string | undefined> = process.env): number {
  const value = env[WRITE_SPACING_VARIABLE]
  if (value === undefined || value === '') return 1000
  if (!/^\d+$/.test(value)) {
    throw new Error(`${WRITE_SPACING_VARIABLE} must be a whole number of milliseconds, got ${JSON.stringify(value)}`)
  }
  return Number(value)
}

/**
 * Statuses that retrying cannot fix, so a retry only burns API budget:
 * 400/422 bad request, 401 bad token, 404 missing or no access, 410 gone (an expired artifact), 451 blocked.
 * 403 is both "forbidden" and the primary/secondary rate limit: rate limits are the throttling plugin's job (it
 * knows the reset time), a plain 403 will not change on retry. 429 is retried, writes included, by
 * too-many-requests.ts (a 429 wrote nothing), and the throttling plugin handles the ones that carry rate limits.
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451]

const defaultLog: OctokitLog = {
  info: () => undefined,
  warning: (message) => process.stderr.write(`${message}\n`),
}

/** A plugin applied before retry and throttling, so its hooks see every attempt (and every response's headers). */
function budgetPlugin(budget: ApiBudget) {
  return (octokit: CoreOctokit): void => {
    octokit.hook.before('request', () => budget.countRequest())
    octokit.hook.after('request', (response) => budget.observe(response.headers as Record<string, string>))
    octokit.hook.error('request', (error) => {
      const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers
      budget.observe(headers)
      throw error
    })
  }
}

/**
 * Octokit turns every failed fetch into a RequestError with status 500, which plugin-retry repeats as if GitHub had
 * answered: a spent time budget and an unreachable network are handed on as themselves, so nothing retries them
 * (and no message blames GitHub). Applied before retry, so that it sees each attempt's error first.
 */
function unretriedFailures(octokit: CoreOctokit): void {
  octokit.hook.error('request', (error) => {
    const cause = (error as { cause?: unknown }).cause
    if (cause instanceof OutOfTimeError || cause instanceof NetworkUnreachableError) throw cause
    throw error
  })
}

/** Builds an Octokit that retries transient failures, waits out short rate limits and never sleeps for an hour. */
export function createOctokit(token: string, options: OctokitClientOptions = {}): Octokit {
  const log = options.log ?? defaultLog
  const budget = options.budget ?? new ApiBudget()
  const maxWait = options.maxRateLimitWaitSeconds ?? 60
  const rateLimitRetries = options.rateLimitRetries ?? 3
  const retryBaseMs = options.retryBaseMs ?? 1000
  const writeSpacingMs = options.writeSpacingMs ?? defaultWriteSpacingMs()
  const spacedGroup = (minTime: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime })

  // Both handlers return true to retry after `retryAfter` seconds. A primary limit resets up to an hour later:
  // waiting that long would hold the workflow for nothing, so we give up and let the caller report what is missing.
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const what = `${request.method} ${request.url}`
      if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
        log.info(`${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1}).`)
        return true
      }
      log.warning(`${kind} rate limit on ${what}: not retrying (lifts in ${retryAfter} s, limit ${maxWait} s).`)
      return false
    }

  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      log: {
        debug: (message: string) => log.debug?.(message),
        info: (message: string) => log.debug?.(message),
        warn: (message: string) => log.warning(message),
        error: (message: string) => log.warning(message),
      },
      request: {
        fetch: boundedFetch(
          {
            timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
            ...(options.timeBudget ? { end: options.timeBudget.end, endText: options.timeBudget.describe() } : {}),
          },
          options.fetch,
        ),
      },
      retry: { doNotRetry: DO_NOT_RETRY, retries: options.retries ?? 3, retryAfterBaseValue: retryBaseMs },
      throttle: {
        onRateLimit: onLimit('Primary'),
        onSecondaryRateLimit: onLimit('Secondary'),
        // Tests shrink the unit so that a `retry-after: 1` costs milliseconds, not a second.
        retryAfterBaseValue: retryBaseMs,
        // This client's own groups in place of the plugin's process-wide ones (same limits), so that the spacing
        // follows writeSpacingMs.
        write: spacedGroup(writeSpacingMs),
        search: spacedGroup(2 * writeSpacingMs),
        notifications: spacedGroup(3 * writeSpacingMs),
      },
    },
    budgetPlugin(budget),
    unretriedFailures,
    tooManyRequestsPlugin({ retries: rateLimitRetries, unitMs: retryBaseMs, maxWaitSeconds: maxWait }),
    retry,
    throttling,
  )
}
