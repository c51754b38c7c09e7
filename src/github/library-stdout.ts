/**
 * The one place that intercepts process.stdout. Libraries that log through @actions/core write to stdout, which
 * the CLI keeps for the report, and they have no option to stay quiet. So while the CLI's collection runs, a filter
 * drops everything written to stdout: the report is printed there afterwards and progress goes to stderr.
 *
 * Filters nest and overlap: stdout.write is replaced while at least one filter is active, and a chunk is dropped
 * when any active filter drops it.
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

/**
 * Runs `work` with everything written to stdout dropped: the CLI's collection, whose report is printed on stdout
 * afterwards (the CLI's own lines go to stderr).
 */
export function withStdoutReservedForReport<T>(work: () => Promise<T>): Promise<T> {
  return withStdoutFilter(() => true, work)
}
