// The engine on local paths, as `report` runs it, for tests that check the numbers of a local report.
import { openEngine, type EngineSettings } from '../../src/engine/engine.js'
import { findLocalRuns, localRunsSource } from '../../src/engine/local-source.js'
import type { ReportData } from '../../src/engine/settings-names.js'

/** Collects what the engine logs. */
export interface RecordedLog {
  lines: string[]
  info(message: string): void
  warning(message: string): void
  startGroup(name: string): void
  endGroup(): void
}

export function recordedLog(): RecordedLog {
  const lines: string[] = []
  return {
    lines,
    info: (message) => void lines.push(message),
    warning: (message) => void lines.push(`warning: ${message}`),
    startGroup: () => undefined,
    endGroup: () => undefined,
  }
}

/** The report data of the runs under these paths (bundled prices unless the settings say otherwise). */
export async function localReportOf(paths: string[], settings: EngineSettings = {}): Promise<ReportData> {
  const engine = await openEngine(settings, { log: recordedLog(), clock: () => new Date() })
  return engine.analyse(await engine.read(localRunsSource(await findLocalRuns(paths))))
}
