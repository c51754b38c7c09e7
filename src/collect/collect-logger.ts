/**
 * Where the collector writes its progress. The action passes @actions/core (main.ts), the CLI a logger on stderr
 * (stdout belongs to the report), tests a recorder.
 */
export interface CollectLogger {
  info(message: string): void
  warning(message: string): void
  startGroup(name: string): void
  endGroup(): void
}

/** Discards everything. */
export const silentCollectLogger: CollectLogger = {
  info: () => undefined,
  warning: () => undefined,
  startGroup: () => undefined,
  endGroup: () => undefined,
}
