/**
 * What a report's window is compared with: the per-run values and per-model usage of each workflow in the earlier
 * reports within the `baseline` span (`7d`: the reports of the 7 days before this one; `previous`: the one previous
 * report, the comparison of the first releases). Earlier reports carry these in their hidden data block (v2 carries
 * the model rows; a v1 block only the per-run values).
 */
import { usageRowOf, type ModelUsageRow } from './cost-drivers.js'
import { addDays } from '../../common/periods.js'
import type { ReportData } from '../report-data.js'
import { hasUsageData } from '../../usage/run-summary.js'

/** `7d` → the reports of the 7 UTC days before this report's; `previous` → the single previous report. */
export type BaselineSpan = { kind: 'days'; days: number } | { kind: 'previous' }

export const DEFAULT_BASELINE: BaselineSpan = Object.freeze({ kind: 'days', days: 7 })

/** Longest span accepted: the earlier reports are fetched one issue each. */
export const MAX_BASELINE_DAYS = 90

/** `7d` or `previous`, as the input is written. */
export const baselineSpanText = (span: BaselineSpan): string =>
  span.kind === 'previous' ? 'previous' : `${span.days}d`

/** How many earlier reports the span may need (one a day, plus the previous one for `previous`). */
export const baselineReportCount = (span: BaselineSpan): number => (span.kind === 'previous' ? 1 : span.days)

/** The per-run values of one run with data. */
export interface RunValues {
  costUsd: number
  totalTokens: number
  requests: number
  /** Null without input of any kind. */
  cacheHitRate: number | null
  /** Null when no request of the run carried AI credits. */
  aiCredits: number | null
  /** The run, and when it was created (where the data block kept it): the daily cost chart's days. */
  runId?: string
  createdAt?: string
}

/** A flag as an earlier report kept it: the first date it stood on and its value then. */
export interface StandingFlag {
  id: string
  model?: string
  value: number
  since: string
}

/** One workflow of one report window. */
export interface WorkflowSample {
  name: string
  /** Runs with token data (the divisor of per-run means, also when per-run rows were left out of a data block). */
  runsWithData: number
  /** Per-run values of the runs with data that the report kept. */
  runs: RunValues[]
  /**
   * Fresh input and cache read tokens over all its runs: the pooled cache hit rate the report shows. Absent where a
   * caller had no sums (then the rate compared is the mean of the per-run rates).
   */
  tokens?: { inputTokens: number; cacheReadTokens: number }
  /** Usage per model over all its runs; empty when the report did not keep it (a v1 data block). */
  models: ModelUsageRow[]
  /** The flags the report raised; null when it did not keep them (a v1 data block, the report being built). */
  flags: StandingFlag[] | null
}

/** A report window as the baseline reads it. */
export interface WindowSample {
  /** UTC date of the window's end. */
  date: string
  number: number | null
  window: { since: string | null; until: string }
  workflows: WorkflowSample[]
}

/** The workflows of the report being built, from its run details and model rows. */
export function samplesOfReport(report: ReportData): WorkflowSample[] {
  return report.workflows.map((w) => ({
    name: w.name,
    runsWithData: w.runsWithData,
    runs: w.runDetails
      // The runs counted in runsWithData: a totals-only run has data but no request count.
      .filter((r) => hasUsageData(r))
      .map((r) => ({
        costUsd: r.costUsd,
        totalTokens: r.totalTokens,
        requests: r.requests,
        cacheHitRate: r.cacheHitRate,
        // AI credits per run are additive in RunMetrics (the AI credits columns); absent means unknown.
        aiCredits: (r as { aiCredits?: number | null }).aiCredits ?? null,
      })),
    tokens: { inputTokens: w.inputTokens, cacheReadTokens: w.cacheReadTokens },
    models: w.models.map(usageRowOf),
    flags: null,
  }))
}

/**
 * The earlier windows within the span, newest first: one per UTC date (the newest report of a date supersedes the
 * others), only reports with samples, and only dates before `date`. For `previous`, the newest one.
 */
export function baselineWindowsOf(earlier: readonly WindowSample[], date: string, span: BaselineSpan): WindowSample[] {
  const newestFirst = [...earlier].sort((a, b) => Date.parse(b.window.until) - Date.parse(a.window.until))
  const seen = new Set<string>()
  const windows: WindowSample[] = []
  const first = span.kind === 'days' ? addDays(date, -span.days) : null
  for (const w of newestFirst) {
    if (w.date >= date || seen.has(w.date)) continue
    if (first !== null && w.date < first) break
    seen.add(w.date)
    windows.push(w)
    if (span.kind === 'previous') break
  }
  return windows
}
