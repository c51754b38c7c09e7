/**
 * @actions/artifact reports every download with six info lines on stdout (through @actions/core). Collecting 3,000
 * runs would bury the collector's own progress lines under 18,000 of them, so while downloads are in flight those
 * lines, and only those, are dropped. If the library rewords them they simply show up again.
 */
const LIBRARY_LINE =
  /^(Downloading artifact '|Redirecting to blob download url: |Starting download of artifact to: |Downloading raw file \(non-zip\) to: |SHA256 digest of downloaded artifact is |Artifact download completed successfully\.)/

let inFlight = 0
let originalWrite: typeof process.stdout.write | undefined

/** Runs `work` with the library's per-download lines filtered out of stdout (nested and concurrent calls share it). */
export async function withArtifactLibraryQuiet<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight++ === 0) {
    const write = process.stdout.write
    originalWrite = write
    process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      if (typeof chunk === 'string' && LIBRARY_LINE.test(chunk)) return true
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
    } as typeof process.stdout.write
  }
  try {
    return await work()
  } finally {
    if (--inFlight === 0 && originalWrite) {
      process.stdout.write = originalWrite
      originalWrite = undefined
    }
  }
}
