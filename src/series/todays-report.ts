/**
 * Today's report, when an earlier run of the same day published one: a re-run merges with it, so a run that report
 * read keeps its numbers when this run cannot download it again. A re-run can add information, never remove it.
 */
import type { EarlierReading } from '../collect/collection-plan.js'
import type { ReportIssue } from '../github/report-issues.js'
import { emptyModelUsage, type ModelUsage, type RunState } from '../usage/run-summary.js'
import { readDailyDataBlock, type DailyDataBlock, type ModelBlockRow } from './daily-data-block.js'
import { REPORT_MARKER } from './markers.js'
import { reportsOfDate } from './report-titles.js'
import type { SeriesLog } from './report-series.js'

export interface TodaysReport {
  number: number
  /** What it read of each run with data, by run id (empty when its data block is missing or unreadable). */
  readings: Map<string, EarlierReading>
}

/** States whose numbers a re-run keeps. */
const statesWithData: ReadonlySet<string> = new Set<RunState>(['analysed', 'analysed-totals'])

/**
 * A model row of the data block as a run's model usage. The block keeps tokens, requests, cost and AI credits; the
 * durations and the count of unpriced requests are not kept, so they read as 0 (only latency percentiles miss them).
 */
function modelUsageOf(row: ModelBlockRow): ModelUsage {
  return {
    ...emptyModelUsage(row.provider, row.model),
    requests: row.requests,
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    cacheReadTokens: row.cacheReadTokens,
    cacheWriteTokens: row.cacheWriteTokens,
    reasoningTokens: row.reasoningTokens ?? 0,
    costUsd: row.costUsd,
    cost: { ...row.cost },
    aiCredits: row.aiCredits,
    aiCreditsRequests: row.aiCredits === null ? 0 : row.requests,
  }
}

/** The runs with data a data block kept its model rows of, by run id. */
export function earlierReadingsOf(block: DailyDataBlock): Map<string, EarlierReading> {
  const readings = new Map<string, EarlierReading>()
  for (const run of block.runs) {
    if (!statesWithData.has(run.state) || !run.models || run.models.length === 0) continue
    const workflow = block.workflows[run.w]?.name
    readings.set(run.id, {
      state: run.state as RunState,
      models: run.models.map(modelUsageOf),
      ...(workflow !== undefined ? { workflow } : {}),
      ...(run.at ? { createdAt: run.at } : {}),
    })
  }
  return readings
}

/** The open report of `date` among the series' issues (the oldest, when a race left two), with what it read. */
export function todaysReportOf(
  issues: readonly ReportIssue[],
  options: { date: string; title: string; log: SeriesLog },
): TodaysReport | null {
  const today = reportsOfDate(issues, { date: options.date, title: options.title, marker: REPORT_MARKER })[0]
  if (!today) return null
  const reading = readDailyDataBlock(today.body)
  if (reading.status !== 'ok') {
    options.log.warning(
      `Today's report #${today.number} has no readable data block (${reading.status === 'invalid' ? reading.reason : 'missing'}): ` +
        'runs this run cannot download are not kept from it.',
    )
    return { number: today.number, readings: new Map() }
  }
  return { number: today.number, readings: earlierReadingsOf(reading.block) }
}
