/**
 * One artifact zip from blob storage, saved as it is (not extracted: the usage layer reads it with its own limits)
 * and hashed on the way. The download ends when the blob host goes silent for longer than the idle timeout, or when
 * the collection's time is up: a stalled host costs seconds, not the 30 s × 5 tries (and no way to stop them) of
 * @actions/artifact's download.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { boundedFailure, type RequestBounds } from './request-bounds.js'

/** A blob host that answered something other than 200. */
export class BlobStatusError extends Error {
  constructor(readonly status: number) {
    super(`blob storage answered ${status}`)
    this.name = 'BlobStatusError'
  }
}

/** Downloads `url` into `file`; returns the zip's `sha256:<hex>` digest. `bounds.timeoutMs` is the idle timeout. */
export async function downloadBlob(
  url: string,
  file: string,
  bounds: RequestBounds,
  base: typeof fetch = globalThis.fetch,
): Promise<string> {
  const what = `GET ${new URL(url).origin}${new URL(url).pathname}`
  if (bounds.end?.aborted) throw boundedFailure(undefined, what, bounds, false)
  const idle = new AbortController()
  const timer = setTimeout(() => idle.abort(), bounds.timeoutMs)
  const out = createWriteStream(file)
  try {
    const signals = [idle.signal, ...(bounds.end ? [bounds.end] : [])]
    const response = await base(url, { signal: AbortSignal.any(signals) })
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel()
      throw new BlobStatusError(response.status)
    }
    const hash = createHash('sha256')
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      timer.refresh()
      hash.update(chunk)
      if (!out.write(chunk)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'close')
    return `sha256:${hash.digest('hex')}`
  } catch (error) {
    if (error instanceof BlobStatusError) throw error
    throw boundedFailure(error, what, bounds, idle.signal.aborted)
  } finally {
    clearTimeout(timer)
    out.destroy()
  }
}
