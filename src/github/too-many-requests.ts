/**
 * A 429 means GitHub turned the request away before doing anything, so every request may be repeated after one,
 * writes included: the issue create, which is sent with `retries: 0` because a 5xx after a create may have created
 * the issue, must still get past a 429. Secondary and primary rate limits that come as 429 are plugin-throttling's
 * (it knows their waits); this plugin takes the plain ones, and plugin-retry leaves 429 alone (DO_NOT_RETRY).
 */
import type { Octokit as CoreOctokit } from '@octokit/core'

export interface TooManyRequestsOptions {
  /** Attempts after the first. */
  retries: number
  /** The unit of `retry-after` and of the backoff (unit·n² without one), in ms: tests shrink it. */
  unitMs: number
  /** A `retry-after` longer than this (seconds) is not waited for. */
  maxWaitSeconds: number
  sleep?: (ms: number) => Promise<void>
}

interface Failure {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined> }
}

/** A plain 429: not a rate limit that plugin-throttling waits out. */
export function isPlainTooManyRequests(error: unknown): boolean {
  const failure = error as Failure | null
  if (!failure || failure.status !== 429) return false
  const headers = failure.response?.headers ?? {}
  return headers['x-ratelimit-remaining'] !== '0' && !/\bsecondary rate\b/i.test(failure.message ?? '')
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The plugin: applied before retry and throttling, so they see only what is left after its attempts. */
export function tooManyRequestsPlugin(options: TooManyRequestsOptions) {
  const sleep = options.sleep ?? defaultSleep
  return (octokit: CoreOctokit): void => {
    octokit.hook.wrap('request', async (request, requestOptions) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await request(requestOptions)
        } catch (error) {
          if (!isPlainTooManyRequests(error) || attempt > options.retries) throw error
          const retryAfter = Number((error as Failure).response?.headers?.['retry-after'])
          const given = Number.isFinite(retryAfter) && retryAfter >= 0
          if (given && retryAfter > options.maxWaitSeconds) throw error
          await sleep(given ? retryAfter * options.unitMs : attempt * attempt * options.unitMs)
        }
      }
    })
  }
}
