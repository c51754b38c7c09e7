/**
 * Local files as a source: artifact trees (`ROOT/<workflow>/<run-id>/…`), .zip artifacts and token files on disk,
 * summarised one run after the other (files are streamed, so memory stays flat).
 */
import { runFailureOf } from '../collect/run-failure.js'
import { discoverLocalRuns, type LocalRun } from '../usage/discover-inputs.js'
import { summaryWithoutUsage, type RunSummary } from '../usage/run-summary.js'
import { summariseRun, type SummariseOptions } from '../usage/summarise-run.js'
import type { RunSource, SourceReading } from './run-source.js'

export type { LocalRun }

/**
 * The runs found under these paths (directories, zips, token files); throws naming a path that cannot be read.
 * `warn` hears of a file that holds no usage, skipped.
 */
export async function findLocalRuns(paths: string[], warn?: (message: string) => void): Promise<LocalRun[]> {
  return discoverLocalRuns(paths, undefined, warn)
}

/** Records of a window: those at or after `since` and at or before `until`. */
export interface RecordWindow {
  since?: Date
  until?: Date
}

/**
 * Summarises each run. A run whose file or archive cannot be read becomes a run without data that says why; it
 * does not stop the others. A refused archive beside readable files of the same run (a corrupt `.zip` next to a good
 * `token-usage.jsonl`) costs only itself: the run is read from the others, and names it in its `stateDetail` and
 * in a warning (`warn`, when given).
 */
export async function summariseLocalRuns(
  runs: readonly LocalRun[],
  options: SummariseOptions,
  warn?: (message: string) => void,
): Promise<RunSummary[]> {
  const summaries: RunSummary[] = []
  for (const run of runs) {
    const readable = run.sources.filter((s) => s.refused === undefined)
    const refused = readable.length > 0 ? run.sources.filter((s) => s.refused !== undefined) : []
    try {
      if (refused.length === 0) {
        summaries.push(await summariseRun(run.meta, run.sources, options))
        continue
      }
      const sources = Object.assign(readable, run.sources.inspected ? { inspected: run.sources.inspected } : {})
      const detail = refused.map((s) => `could not read ${s.name}: ${runFailureOf(s.refused).detail}`).join('; ')
      warn?.(`Run ${run.meta.runId} (${run.meta.workflow}): ${detail}; read its other files.`)
      summaries.push({ ...(await summariseRun(run.meta, sources, options)), stateDetail: detail })
    } catch (error) {
      const failure = runFailureOf(error)
      summaries.push(summaryWithoutUsage(run.meta, failure.state, failure.detail))
    }
  }
  return summaries
}

/** Runs already found (e.g. one side's selection of them), read with their records' window. */
export function localRunsSource(runs: readonly LocalRun[], records: RecordWindow = {}): RunSource {
  return {
    async read(context): Promise<SourceReading> {
      const summaries = await summariseLocalRuns(
        runs,
        {
          ...context.summarise,
          ...(records.since ? { since: records.since } : {}),
          ...(records.until ? { until: records.until } : {}),
        },
        (message) => context.log.warning(message),
      )
      return {
        runs: summaries,
        window: { since: records.since?.toISOString() ?? null, until: records.until?.toISOString() ?? null },
        unfinished: [],
        failures: [],
      }
    },
  }
}
