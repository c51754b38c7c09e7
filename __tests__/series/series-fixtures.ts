// Shared fixtures of the series tests: reports of a few runs, issues as the GitHub layer returns them, and one
// day of the daily mode's issue part (read the series, trends, body, publish).
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import type { ReportData } from '../../src/analysis/report-data.js'
import { utcDayOf } from '../../src/common/periods.js'
import type { ReportIssue, ReportIssues } from '../../src/github/report-issues.js'
import {
  dailyIssueOf,
  dailyReportWithTrends,
  publishDailyIssue,
  type DailyIssueSettings,
} from '../../src/orchestrator/daily-issue.js'
import type { ReportWindow } from '../../src/orchestrator/report-window.js'
import type { SeriesLog } from '../../src/series/report-series.js'
import { reportTitleOf } from '../../src/series/report-titles.js'
import { readDailySeries, type DailySeries } from '../../src/series/series-reading.js'
import type { RunSummary } from '../../src/usage/run-summary.js'
import { runSummary, SONNET, HAIKU } from '../analysis/run-summary-builders.js'

/** A log that says nothing, for tests that do not read it. */
export const silentLog: SeriesLog = { info: () => {}, warning: () => {} }

export { runSummary, SONNET, HAIKU }

/** Runs of one workflow, each with the same Sonnet usage scaled by `scale`. */
export function sonnetRuns(workflow: string, count: number, scale = 1, firstId = 1): RunSummary[] {
  return Array.from({ length: count }, (_, i) =>
    runSummary(workflow, String(firstId + i), [
      {
        model: 'claude-sonnet-4.6',
        requests: 6,
        input: Math.round(10 * scale),
        output: Math.round(1_000 * scale),
        cacheRead: Math.round(150_000 * scale),
        cacheWrite: Math.round(40_000 * scale),
        price: SONNET,
      },
    ]),
  )
}

export function reportOf(runs: RunSummary[], since: string | null, until: string): ReportData {
  return analyseRuns(runs, { window: { since, until } })
}

/** The LLM analyzer's "Workflow Summary" of its 2026-04-02 report (reference/llm-analyzer-report-example.txt) as
 * the raw markdown body it posted (the example file is the rendered page; the cells are copied from it). */
export const LLM_REPORT_BODY = `### Overview

**Period**: 2026-04-01T17:20Z to 2026-04-02T17:20Z (last 24 hours)
**Runs analyzed**: 5 of 21 Smoke Claude runs (16 additional runs not sampled due to time budget; pattern is consistent)
**Total tokens (5 analyzed)**: ~1.01M across all workflows
**Estimated total cost (5 runs)**: $1.19 | **Estimated full-period cost (21 runs)**: ~$5.00

### Workflow Summary

| Workflow | Runs | Runs Analyzed | Total Tokens | Cost (analyzed) | Est. Cost (all) | Cache Rate | I/O Ratio | Top Model |
|----------|------|---------------|-------------|-----------------|-----------------|------------|-----------|-----------|
| smoke-claude | 21 | 5 | ~1.01M | $1.19 | ~$5.00 | 99.4–99.7% | 109–168:1 | sonnet-4.6 |
| security-guard | 1 | 0 | — | — | — | — | — | — |

### 🔍 Optimization Opportunities

1. ⚠️ **High I/O ratio on smoke-claude** — All 5 analyzed runs show ratios of 109–168:1 (threshold: >100:1)
`

let nextIssue = 100

export function issueOf(body: string, createdAt: string, extra: Partial<ReportIssue> = {}): ReportIssue {
  const number = extra.number ?? nextIssue++
  return {
    number,
    title: `📊 Token Usage Report ${createdAt.slice(0, 10)}`,
    url: `https://github.com/o/r/issues/${number}`,
    state: 'open',
    body,
    createdAt,
    author: 'github-actions[bot]',
    ...extra,
  }
}

/** One daily issue as the daily mode makes it: the series read once, trends, the body, then publishing. */
export interface DayOptions {
  issues: ReportIssues
  report: ReportData
  runs: RunSummary[]
  settings: DailyIssueSettings
  now: Date
  /** The series as read at the start of the run; read here when not given. */
  daily?: DailySeries
  window?: Pick<ReportWindow, 'capped' | 'note'>
  log?: SeriesLog
}

/** The series of the settings' first label at `now`, as the daily mode reads it (one listing). */
export function readDay(
  issues: Pick<ReportIssues, 'findReports' | 'viewer'>,
  settings: Pick<DailyIssueSettings, 'labels' | 'titlePrefix' | 'history' | 'baseline'>,
  now: Date,
  log: SeriesLog = silentLog,
): Promise<DailySeries> {
  const until = now.toISOString()
  return readDailySeries(
    issues,
    {
      label: settings.labels[0],
      now,
      history: settings.history,
      ...(settings.baseline ? { baseline: settings.baseline } : {}),
      dailiesSince: utcDayOf(until),
      today: { date: utcDayOf(until), title: reportTitleOf(settings.titlePrefix, until) },
    },
    log,
  )
}

export async function publishDay(options: DayOptions) {
  const log = options.log ?? silentLog
  const daily = options.daily ?? (await readDay(options.issues, options.settings, options.now, log))
  const report = dailyReportWithTrends(options.report, daily.earlier, options.settings, options.now)
  const issue = dailyIssueOf(report, {
    runs: options.runs,
    titlePrefix: options.settings.titlePrefix,
    now: options.now,
    ...(options.window ? { window: options.window } : {}),
    log,
  })
  const published = await publishDailyIssue(options.issues, daily.series, issue, options.settings, log)
  return { ...published, ...issue, report }
}
