/**
 * What a failed download attempt means: the error the run is reported with (its reason picks the run's state) and
 * whether another attempt may help. A 5xx, a 429, a secondary rate limit or a download that overran its bound may
 * pass; an expired artifact, a missing permission, a spent rate limit or time budget will not within this run, nor
 * a blob @actions/artifact has already tried 5 times.
 */
import { ArtifactDownloadError } from './artifact-download-error.js'
import { isMissingPermission } from './permission-error.js'
import { NetworkUnreachableError, OutOfTimeError, RequestBoundError } from './request-bounds.js'

interface HttpFailure {
  status?: number
  message: string
  response?: { headers?: Record<string, string | undefined> }
}

export interface DownloadAttemptFailure {
  error: ArtifactDownloadError
  /** No further attempt in this run. */
  final: boolean
  /** GitHub's `retry-after`, in seconds. */
  retryAfter?: number
}

/** Octokit's message without its " - https://docs.github.com/…" tail (the runs listing's page, for a download). */
const withoutDocsLink = (message: string): string => message.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '')

/**
 * Classifies one failed attempt to download `artifact`. `lacksPermission` words the advice for a token without
 * `actions: read` (the action's input or the CLI's variable).
 */
export function downloadFailureOf(
  error: unknown,
  artifact: { id: number; name: string },
  lacksPermission: string,
): DownloadAttemptFailure {
  const prefix = `Artifact '${artifact.name}' (id ${artifact.id})`
  const failed = (message: string, final: boolean, reason: ArtifactDownloadError['reason'] = 'failed') => ({
    error: new ArtifactDownloadError(`${prefix}: ${message}`, reason),
    final,
  })
  if (error instanceof ArtifactDownloadError) return { error, final: true }
  if (error instanceof OutOfTimeError) return failed(error.message, true, 'out-of-time')
  if (error instanceof NetworkUnreachableError) return failed(error.message, true)
  if (error instanceof RequestBoundError) return failed(error.message, false)
  const system = error as { code?: unknown; syscall?: unknown }
  if (typeof system.syscall === 'string' && typeof system.code === 'string') {
    // A file system error names the runner's temporary path: the code says enough.
    return failed(`the zip could not be saved (${system.code})`, false)
  }
  const failure = error as HttpFailure
  const headers = failure.response?.headers ?? {}
  const cause = (error as { cause?: unknown }).cause
  // A timed-out request for the redirect: Octokit wraps our timeout in a 500.
  if (cause instanceof RequestBoundError) return failed(cause.message, false)
  // @actions/artifact retries the blob itself; its final error carries no status but names it.
  if (failure.status === undefined && /Unable to download and extract artifact/.test(failure.message ?? '')) {
    return failed(failure.message, true)
  }
  const status = failure.status !== undefined ? `${failure.status} ` : ''
  const detail = `${status}${withoutDocsLink(failure.message)}`
  if (failure.status === 410 || /expired/i.test(failure.message)) return failed(detail, true, 'expired')
  if ((failure.status === 403 || failure.status === 429) && headers['x-ratelimit-remaining'] === '0') {
    return failed(detail, true, 'rate-limited')
  }
  if (isMissingPermission(error)) return failed(`${detail}. ${lacksPermission}`, true)
  const transient =
    failure.status === undefined ||
    failure.status >= 500 ||
    failure.status === 429 ||
    (failure.status === 403 && /secondary rate/i.test(failure.message))
  const retryAfter = Number(headers['retry-after'])
  return { ...failed(detail, !transient), ...(Number.isFinite(retryAfter) ? { retryAfter } : {}) }
}
