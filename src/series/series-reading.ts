/**
 * What each mode reads of its series, decoded from the one listing: the daily mode's earlier reports, the daily
 * data blocks its budgets and forecast count and today's report; the rollup mode's daily data blocks and the
 * previous period's rollup.
 */
import type { PeriodSummary } from '../analysis/rollups/period-rollup.js'
import type { BaselineSpan } from '../analysis/trends/baseline-window.js'
import type { PeriodKind } from '../common/periods.js'
import type { ReportIssues } from '../github/report-issues.js'
import { dailyReadLimit, dailyReportsOf, type DailyReportsRead } from './daily-reports.js'
import { earlierReportLimit, earlierReportsOf, type EarlierReport } from './earlier-reports.js'
import { previousRollupOf, ROLLUPS_READ } from './previous-rollup.js'
import { readReportSeries, type ReportSeries, type SeriesLog } from './report-series.js'
import { todaysReportOf, type TodaysReport } from './todays-report.js'

export interface DailySeries {
  series: ReportSeries
  /** Earlier reports, newest window end first, without today's. */
  earlier: EarlierReport[]
  /** The daily reports since `dailiesSince`, for the budgets and the forecast. */
  dailies: DailyReportsRead
  /** The day's report an earlier run of the day published, if any. */
  todays: TodaysReport | null
}

export interface DailySeriesQuery {
  label: string
  now: Date
  /** Earlier reports shown in the history, and the baseline span: how far back the trends read. */
  history: number
  baseline?: BaselineSpan
  /** First day (YYYY-MM-DD) of the daily data blocks the budgets and the forecast read. */
  dailiesSince: string
  /** Today's date and the title its report has. */
  today: { date: string; title: string }
}

/** The daily mode's series: one listing, decoded. */
export async function readDailySeries(
  issues: Pick<ReportIssues, 'findReports' | 'viewer'>,
  query: DailySeriesQuery,
  log: SeriesLog,
): Promise<DailySeries> {
  const limit = Math.max(earlierReportLimit(query), dailyReadLimit(query.dailiesSince, query.now))
  const series = await readReportSeries(issues, { label: query.label, limit }, log)
  return {
    series,
    earlier: earlierReportsOf(series.issues, { label: query.label, now: query.now, log }),
    dailies: dailyReportsOf(series.issues, { since: query.dailiesSince, until: query.now }),
    // A re-run of the day merges with the day's report: what that report read of a run this run cannot read stays.
    todays: todaysReportOf(series.issues, { ...query.today, log }),
  }
}

export interface RollupSeries {
  series: ReportSeries
  dailies: DailyReportsRead
  /** The previous period's own rollup, read when none of that period's daily reports can be. */
  previousRollup: PeriodSummary | null
}

export interface RollupSeriesQuery {
  label: string
  now: Date
  /** First day (YYYY-MM-DD) of the daily reports read. */
  since: string
  kind: PeriodKind
  /** The previous period: its days tell whether its rollup is needed. */
  previous: { id: string; start: string; end: string }
}

/** The rollup mode's series: one listing, decoded. */
export async function readRollupSeries(
  issues: Pick<ReportIssues, 'findReports' | 'viewer'>,
  query: RollupSeriesQuery,
  log: SeriesLog,
): Promise<RollupSeries> {
  const limit = dailyReadLimit(query.since, query.now) + ROLLUPS_READ
  const series = await readReportSeries(issues, { label: query.label, limit }, log)
  const dailies = dailyReportsOf(series.issues, { since: query.since, until: query.now })
  const { previous } = query
  // Without a readable daily report of the previous period, its own rollup (if any) is compared with.
  const previousRollup = dailies.dailies.some((d) => d.day >= previous.start && d.day <= previous.end)
    ? null
    : previousRollupOf(series.issues, { kind: query.kind, periodId: previous.id, warn: (m) => log.warning(m) })
  return { series, dailies, previousRollup }
}
