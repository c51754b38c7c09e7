/**
 * Every request to GitHub is bounded: an API answer (headers and body) must arrive within a per-request timeout (a
 * download is bounded in download-bounds.ts), and nothing starts or goes on once the run's time budget is spent. A
 * network that cannot be reached at all fails at once instead of being retried as if GitHub had answered 500. The errors here say which bound ended the request.
 */

/** A request our side ended or could not make: no HTTP status, GitHub never answered. */
export class RequestBoundError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}

/** No answer (or no further bytes) within the timeout: retried like a transient failure. */
export class RequestTimeoutError extends RequestBoundError {}

/** The run's time budget is spent: not retried, the caller reports what it has. */
export class OutOfTimeError extends RequestBoundError {}

/** No connection could be made (refused, unknown host, no route): not retried. */
export class NetworkUnreachableError extends RequestBoundError {}

/** Connection errors that say the network (or the host) cannot be reached, which waiting a few seconds will not fix. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'EAI_AGAIN'])

/** The system error code behind a failed fetch (undici nests it in `cause`, or in an AggregateError's `errors`). */
export function networkCodeOf(error: unknown): string | undefined {
  for (
    let at = error as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined, depth = 0;
    at && depth < 5;
    depth++
  ) {
    if (typeof at.code === 'string') return at.code
    const inner = Array.isArray(at.errors) ? (at.errors[0] as typeof at) : undefined
    if (inner && typeof inner.code === 'string') return inner.code
    at = at.cause as typeof at
  }
  return undefined
}

/** A bound a request stays within. */
export interface RequestBounds {
  /** Longest wait for an API answer (headers and body), in ms. */
  timeoutMs: number
  /** Aborted when the time budget is spent (see TimeBudget). */
  end?: AbortSignal
  /** What `end` means, for the message: "the time budget of 10m". */
  endText?: string
}

const seconds = (ms: number): string => `${ms >= 1000 ? Math.round(ms / 100) / 10 : ms / 1000} s`

/** The error for a request that failed: which bound ended it, or the network's failure, or the error itself. */
export function boundedFailure(error: unknown, what: string, bounds: RequestBounds, timedOut: boolean): unknown {
  if (bounds.end?.aborted) {
    return new OutOfTimeError(`${what}: ${bounds.endText ?? 'the time budget'} ran out`, { cause: error })
  }
  if (timedOut)
    return new RequestTimeoutError(`${what}: no answer within ${seconds(bounds.timeoutMs)}`, { cause: error })
  const code = networkCodeOf(error)
  if (code && UNREACHABLE_CODES.has(code)) {
    const host = /^\w+ (\w+:\/\/[^/\s]+)/.exec(what)?.[1] ?? what
    return new NetworkUnreachableError(
      `The network is unreachable: no connection to ${host} (${code}). Check the connection, a proxy, or GITHUB_API_URL.`,
      { cause: error },
    )
  }
  return error
}

/** The response statuses that have no body (a Response cannot be built with one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/**
 * A fetch for Octokit within `bounds`: the whole answer, body included, is read under the timeout (a body that
 * stalls after the headers is a stall too), then handed on as a Response of its own.
 */
export function boundedFetch(bounds: RequestBounds, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init = {}) => {
    const what = `${init.method ?? 'GET'} ${String(input instanceof Request ? input.url : input)}`
    if (bounds.end?.aborted) throw boundedFailure(undefined, what, bounds, false)
    const timer = AbortSignal.timeout(bounds.timeoutMs)
    const signals = [timer, ...(bounds.end ? [bounds.end] : []), ...(init.signal ? [init.signal] : [])]
    try {
      const response = await base(input, { ...init, signal: AbortSignal.any(signals) })
      const body = NULL_BODY.has(response.status) ? null : await response.arrayBuffer()
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
      Object.defineProperty(copy, 'url', { value: response.url })
      return copy
    } catch (error) {
      throw boundedFailure(error, what, bounds, timer.aborted)
    }
  }
}
