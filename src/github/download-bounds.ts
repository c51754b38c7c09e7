/**
 * A download through @actions/artifact cannot be stopped: it has no signal, its blob fetch waits 30 s for each silent
 * chunk and tries 5 times. So we stop waiting for it instead: each download is raced against its own bound and
 * against the end of the collection, and one that overruns is abandoned (left to end on its own, its outcome
 * ignored; the entries exit promptly, see exit-promptly.ts, so it cannot hold the process either).
 */
import { OutOfTimeError, RequestTimeoutError } from './request-bounds.js'

export interface DownloadBounds {
  /** Longest wait for one download, in ms. */
  timeoutMs: number
  /** Aborted when collecting must stop (see TimeBudget). */
  end?: AbortSignal
  /** What `end` means, for the message: "the time budget of 10m". */
  endText?: string
}

const seconds = (ms: number): string => `${ms >= 1000 ? Math.round(ms / 100) / 10 : ms / 1000} s`

/**
 * `download`'s outcome, or a RequestTimeoutError once `bounds.timeoutMs` has passed (may pass: tried again), or an
 * OutOfTimeError once `bounds.end` aborts (no further attempt).
 */
export function withinDownloadBounds<T>(download: Promise<T>, bounds: DownloadBounds): Promise<T> {
  // An abandoned download may still fail later: nobody waits for it, so its failure must not go unhandled.
  download.catch(() => undefined)
  const outOfTime = () => new OutOfTimeError(`${bounds.endText ?? 'the time budget'} ran out during the download`)
  if (bounds.end?.aborted) return Promise.reject(outOfTime())
  return new Promise<T>((resolve, reject) => {
    const onEnd = () => finish(() => reject(outOfTime()))
    // Unref'd: a bound alone does not keep the process alive.
    const timer = setTimeout(
      () =>
        finish(() => reject(new RequestTimeoutError(`the download did not end within ${seconds(bounds.timeoutMs)}`))),
      bounds.timeoutMs,
    )
    timer.unref()
    bounds.end?.addEventListener('abort', onEnd, { once: true })
    function finish(settle: () => void): void {
      clearTimeout(timer)
      bounds.end?.removeEventListener('abort', onEnd)
      settle()
    }
    download.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    )
  })
}
