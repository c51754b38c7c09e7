// Faults a test injects per route: error answers (403/429 with retry-after, 5xx), slow answers and bodies cut off
// mid-transfer, and stalls. Each rule applies to the next `times` matching requests, then stops.
import type { StallMode } from './stall.js'

/** A fault rule as given to `gh.inject(...)`. */
export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string
  /**
   * Request path to match, without the query: a RegExp, or a pattern in which `*` stands for one path segment and
   * a trailing `**` for any rest, e.g. `/repos/* /* /actions/artifacts/* /zip` (no spaces) or `/_blob/**`.
   */
  path: string | RegExp
  /** How many matching requests get the fault; default 1, `Infinity` for all of them. */
  times?: number
  /** Answer with this status instead of the real answer (403, 429, 500, 502, ...). */
  status?: number
  /**
   * Answer `status` only after the request took effect (an issue created, a label added): GitHub's 502 after a
   * write that went through, which a client must not blindly repeat.
   */
  afterEffect?: boolean
  /** `retry-after` header (seconds) sent with `status`. */
  retryAfter?: number
  /** Error message for `status`; defaults to GitHub's wording for it (secondary rate limit for 403/429). */
  message?: string
  /** Extra delay before answering, in ms. */
  delayMs?: number
  /**
   * Send the real answer's headers (with the full Content-Length) but only part of its body, then drop the
   * connection: `true` sends half, a number sends that many bytes.
   */
  truncate?: boolean | number
  /**
   * How `truncate` cuts: `drop-connection` (default) announces the full Content-Length and drops the socket, like a
   * network failure; `short-body` sends the part as a complete chunked answer, so the client sees a clean but short
   * body. (@actions/artifact waits 30 s for a dropped blob download before retrying; a short body fails fast.)
   */
  truncateMode?: 'drop-connection' | 'short-body'
  /**
   * Go silent instead of answering (stall.ts): `true` sends nothing at all, `'mid-body'` the headers and half the body.
   * The request stays open until the client gives up or the server closes.
   */
  stall?: StallMode
  /**
   * Answer `status` (default 200) with this body, as JSON, instead of the real answer: malformed JSON, or an object
   * without the field the endpoint documents.
   */
  body?: string
}

/** An injected fault; `hits` counts the requests it has applied to. */
export interface FaultRule extends FaultSpec {
  hits: number
}

export function pathMatcher(path: string | RegExp): (pathname: string) => boolean {
  if (path instanceof RegExp) return (pathname) => path.test(pathname)
  const source = path
    .split('/')
    .map((segment) =>
      segment === '**' ? '.*' : segment === '*' ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/')
  const regex = new RegExp(`^${source}/?$`)
  return (pathname) => regex.test(pathname)
}

/** The first rule that still applies to this request; its use is counted. */
export function takeFault(rules: FaultRule[], method: string, pathname: string): FaultRule | undefined {
  const rule = rules.find(
    (candidate) =>
      candidate.hits < (candidate.times ?? 1) &&
      (!candidate.method || candidate.method.toUpperCase() === method) &&
      pathMatcher(candidate.path)(pathname),
  )
  if (rule) rule.hits++
  return rule
}

/** GitHub's message for an error status. */
export function defaultFaultMessage(status: number): string {
  if (status === 403 || status === 429) {
    return 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
  }
  if (status === 502) return 'Server Error'
  if (status === 503) return 'Service Unavailable'
  if (status >= 500) return 'Internal Server Error'
  return `Injected error ${status}`
}
