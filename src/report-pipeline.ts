/**
 * The engine on runs found on disk (the CLI) or downloaded (the action): summarise every run, then analyse.
 * Pure of @actions/*: the caller decides where runs come from and what happens to the report.
 */
import { analyseRuns } from './analysis/runs/analyse-runs.js'
import type { FlagThresholds } from './analysis/flags/flags.js'
import { periodMetricsOf, type PeriodSplit } from './analysis/rollups/period-metrics.js'
import { periodIdReader } from './common/periods.js'
import type { ReportData } from './analysis/report-data.js'
import { runFailureOf } from './collect/run-failure.js'
import type { LocalRun } from './usage/discover-inputs.js'
import { summaryWithoutUsage, type RunSummary } from './usage/run-summary.js'
import { summariseRun, type SummariseOptions } from './usage/summarise-run.js'

export interface BuildReportOptions extends SummariseOptions {
  thresholds?: Readonly<FlagThresholds>
  /** Also split the usage by calendar period of each record's timestamp (`periods` in the report). */
  periods?: PeriodSplit
}

/**
 * Summarises each run one after the other (files are streamed, so memory stays flat). A run whose file or archive
 * cannot be read becomes a run without data that says why; it does not stop the others.
 */
export async function summariseLocalRuns(runs: readonly LocalRun[], options: SummariseOptions): Promise<RunSummary[]> {
  const summaries: RunSummary[] = []
  for (const run of runs) {
    try {
      summaries.push(await summariseRun(run.meta, run.sources, options))
    } catch (error) {
      const failure = runFailureOf(error)
      summaries.push(summaryWithoutUsage(run.meta, failure.state, failure.detail))
    }
  }
  return summaries
}

/** Local runs → run summaries → the JSON report (window = the since/until filters; periods when asked for). */
export async function buildReport(runs: readonly LocalRun[], options: BuildReportOptions): Promise<ReportData> {
  const { thresholds, periods, ...summariseOptions } = options
  const summaries = await summariseLocalRuns(
    runs,
    periods ? { ...summariseOptions, periodOf: periodIdReader(periods.by, periods.timeZone) } : summariseOptions,
  )
  const data = analyseRuns(summaries, {
    window: { since: options.since ?? null, until: options.until ?? null },
    ...(thresholds ? { thresholds } : {}),
  })
  return periods ? { ...data, periods: periodMetricsOf(summaries, periods), periodSplit: periods } : data
}
