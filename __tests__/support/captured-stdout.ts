// @actions/core logs to process.stdout (plain info lines, `::debug::` commands), and @actions/artifact logs a dozen
// lines per download through it: tests that call it in-process capture that output instead of printing it.

export interface CapturedStdout {
  /** Everything written since the capture started. */
  text(): string
  /** Puts process.stdout.write back. */
  restore(): void
}

/** Captures process.stdout until `restore()`; call it in beforeAll and restore in afterAll. */
export function captureStdout(): CapturedStdout {
  const write = process.stdout.write
  let text = ''
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as typeof process.stdout.write
  return {
    text: () => text,
    restore: () => {
      process.stdout.write = write
    },
  }
}
