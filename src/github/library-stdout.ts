/**
 * The one place that intercepts process.stdout. @actions/artifact (through @actions/core) writes to stdout, which
 * the runner reads as workflow commands and the CLI keeps for the report, and it has no option to stay quiet. So
 * while a piece of work runs, a filter drops the library's lines: in the action only its per-download info lines
 * (3,000 runs would bury the collector's progress under 15,000 of them), in the CLI everything, since the report is
 * printed on stdout afterwards and progress goes to stderr.
 *
 * Filters nest and overlap (downloads run concurrently): stdout.write is replaced while at least one filter is
 * active, and a chunk is dropped when any active filter drops it.
 */
type Filter = (chunk: unknown) => boolean

const active = new Set<Filter>()
let originalWrite: typeof process.stdout.write | undefined

async function withStdoutFilter<T>(drop: Filter, work: () => Promise<T>): Promise<T> {
  // A filter of its own for each call, so that two calls with the same predicate are counted apart.
  const filter: Filter = (chunk) => drop(chunk)
  if (active.size === 0) {
    const write = process.stdout.write
    originalWrite = write
    process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      if ([...active].some((f) => f(chunk))) return true
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    } as typeof process.stdout.write
  }
  active.add(filter)
  try {
    return await work()
  } finally {
    active.delete(filter)
    if (active.size === 0 && originalWrite) {
      process.stdout.write = originalWrite
      originalWrite = undefined
    }
  }
}

/** @actions/artifact's per-download lines. If the library rewords them they simply show up again. */
const ARTIFACT_DOWNLOAD_LINE =
  /^(Downloading artifact '|Redirecting to blob download url: |Starting download of artifact to: |Downloading raw file \(non-zip\) to: |SHA256 digest of downloaded artifact is |Artifact download completed successfully\.)/

/** Runs `work` (a download) with @actions/artifact's per-download lines dropped from stdout. */
export function withArtifactLibraryQuiet<T>(work: () => Promise<T>): Promise<T> {
  return withStdoutFilter((chunk) => typeof chunk === 'string' && ARTIFACT_DOWNLOAD_LINE.test(chunk), work)
}

/**
 * Runs `work` with everything written to stdout dropped: the CLI's collection, whose report is printed on stdout
 * afterwards (the CLI's own lines go to stderr).
 */
export function withStdoutReservedForReport<T>(work: () => Promise<T>): Promise<T> {
  return withStdoutFilter(() => true, work)
}
