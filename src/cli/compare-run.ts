/**
 * The `compare` command's work: both sides read by one engine, so with one price catalogue. Loaded only when the
 * command runs (a dynamic import in compare-command.ts).
 */
import { openEngine } from '../engine/engine.js'
import { findLocalRuns, localRunsSource, type LocalRun } from '../engine/local-source.js'
import { pricesLoader } from '../engine/prices-loader.js'
import type { SideComparison } from '../engine/settings-names.js'
import { stderrLog, type CliIo } from './cli-io.js'
import { UsageError } from './cli-errors.js'
import type { CompareCommandEnv } from './compare-command.js'
import type { ReportSettings } from './report-settings.js'

/** One side, validated. */
export interface Side {
  name: 'A' | 'B'
  path: string
  since?: Date
  until?: Date
  workflow?: string
  branch?: string
  /** The side in the user's words. */
  label: string
}

/** The side's runs: those of its workflow and branch, when it names them; unknown names are usage errors. */
function selectRuns(side: Side, runs: readonly LocalRun[]): LocalRun[] {
  let selected = [...runs]
  if (side.workflow !== undefined) {
    const wanted = side.workflow.toLowerCase()
    selected = selected.filter((r) => r.meta.workflow.toLowerCase() === wanted)
    if (selected.length === 0) {
      const names = [...new Set(runs.map((r) => r.meta.workflow))].sort()
      throw new UsageError(
        `--${side.name.toLowerCase()}-workflow '${side.workflow}' matches no run under '${side.path}'. ` +
          `Workflows found: ${names.length > 0 ? names.join(', ') : 'none'}.`,
      )
    }
  }
  if (side.branch !== undefined) {
    if (!runs.some((r) => r.meta.branch !== undefined)) {
      throw new UsageError(
        `--${side.name.toLowerCase()}-branch '${side.branch}': no run under '${side.path}' names its branch ` +
          '(local artifact trees do not record one).',
      )
    }
    selected = selected.filter((r) => r.meta.branch === side.branch)
  }
  return selected
}

/** Reads both sides with one engine (one price catalogue) and compares them. */
export async function compareSidesOf(
  sides: [Side, Side],
  shared: ReportSettings,
  io: CliIo,
  env: CompareCommandEnv,
): Promise<SideComparison> {
  const engine = await openEngine(
    {
      ...(shared.providers ? { providers: shared.providers } : {}),
      ...(shared.tokenSemantics ? { tokenSemantics: shared.tokenSemantics } : {}),
      ...(shared.pricingFile ? { pricingFile: shared.pricingFile } : {}),
      pricesUpdate: shared.updatePrices === true ? 'auto' : 'off',
    },
    { log: stderrLog(io), clock: () => new Date(), loadPrices: pricesLoader(env) },
  )
  const found = new Map<string, LocalRun[]>()
  const read = []
  for (const side of sides) {
    let runs = found.get(side.path)
    if (!runs) {
      runs = await findLocalRuns([side.path], stderrLog(io).warning)
      found.set(side.path, runs)
    }
    const records = { ...(side.since ? { since: side.since } : {}), ...(side.until ? { until: side.until } : {}) }
    const reading = await engine.read(localRunsSource(selectRuns(side, runs), records))
    read.push({ label: side.label, runs: reading.runs })
  }
  return engine.compare(read[0]!, read[1]!)
}
