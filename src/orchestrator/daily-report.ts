/**
 * The daily mode: find earlier reports → plan the window → collect and analyse its runs → publish today's report
 * and close older ones → report.json, the job summary and the outputs.
 */
import { plural } from '../common/value-format.js'
import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { ReportData } from '../analysis/report-data.js'
import type { FailedDownloads } from '../collect/collect-runs.js'
import { runsToRetry } from '../collect/collection-plan.js'
import { NullSummaryCache } from '../collect/summary-cache.js'
import { dailyReadLimit, dailyReportsOf, type DailyReportsRead } from '../lifecycle/daily-report-data.js'
import {
  previousReportLimit,
  previousReportsOf,
  publishDailyReport,
  reportTitleOf,
  type DailyReportResult,
} from '../lifecycle/publish-daily-report.js'
import type { PreviousReport } from '../lifecycle/previous-reports.js'
import { utcDayOf } from '../common/periods.js'
import { findTodaysReport, type TodaysReport } from '../lifecycle/todays-report.js'
import { planWindow } from '../lifecycle/report-window.js'
import { renderJsonReport } from '../report/json-report.js'
import { renderJobSummary } from '../report/markdown-report.js'
import { totalsLineOf } from '../report/totals-line.js'
import type { ActionSettings, DownloadErrorPolicy } from '../settings/action-settings.js'
import { budgetFailureOf, dailyHistorySince, dailyWithBudgets, setBudgetOutput } from './budget-steps.js'
import { collectAndAnalyse } from '../engine/repository-report.js'
import { totalCostOutput } from './cost-output.js'
import { setRunCountOutputs } from './run-count-outputs.js'
import type { ActionDeps } from './run-action.js'

/** report.json under the temp directory; its path is the `report-json` output. */
async function writeJsonReport(report: ReportData, tempDir: string): Promise<string> {
  const jsonPath = path.join(tempDir, 'token-usage-analyzer', 'report.json')
  await mkdir(path.dirname(jsonPath), { recursive: true })
  await writeFile(jsonPath, renderJsonReport(report))
  return jsonPath
}

/**
 * Writes report.json and the job summary (the whole report, as the job summary is not held to the issue's size)
 * and sets the `report-json` output.
 */
async function writeReportFiles(report: ReportData, extraSections: string[], deps: ActionDeps): Promise<void> {
  deps.setOutput('report-json', await writeJsonReport(report, deps.env.tempDir))
  await deps.writeJobSummary?.(renderJobSummary(report, { extraSections }))
}

export async function runDailyReport(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  const { github, log } = deps
  const now = settings.until ?? deps.clock()

  // The previous report sets where this window starts.
  log.startGroup('Finding earlier reports')
  let window: ReturnType<typeof planWindow>
  const historySince = dailyHistorySince(now)
  let previous: PreviousReport[]
  let earlier: DailyReportsRead
  let todays: TodaysReport | null
  try {
    // One listing serves the previous reports (history, baseline span) and the budgets' and forecast's earlier days.
    const found = await github.issues.findReports({
      label: settings.labels[0],
      state: 'all',
      limit: Math.max(previousReportLimit(settings), dailyReadLimit(historySince, now)),
    })
    previous = previousReportsOf(found, { label: settings.labels[0], now, log })
    earlier = dailyReportsOf(found, { since: historySince, until: now })
    window = planWindow({ previous: previous[0], now, lookback: settings.lookback, maxLookback: settings.maxLookback })
    log.info(`Window ${window.since} to ${window.until}. ${window.note}`)
    // A re-run of the day merges with the day's report: what that report read of a run this run cannot read stays.
    todays = await findTodaysReport(github.issues, {
      label: settings.labels[0],
      date: utcDayOf(window.until),
      title: reportTitleOf(settings.titlePrefix, window.until),
      log,
    })
  } finally {
    log.endGroup()
  }

  // Runs → artifacts → per-run summaries → the analysed report.
  const {
    collected,
    report: analysed,
    kept,
  } = await collectAndAnalyse(
    {
      repository: `${settings.owner}/${settings.repo}`,
      // The window is (since, until]: GitHub's created times are whole seconds and its ranges include both ends, so
      // the runs of the second the previous window ended in were that report's, and this one starts a second later.
      since: new Date(Math.min(Date.parse(window.since) + 1000, now.getTime())),
      until: now,
      reportWindow: { since: window.since, until: window.until },
      // Runs the previous report saw in progress or could not read: collected now, so that every run is in a report.
      carriedRuns: previous[0]?.snapshot?.unfinished ?? [],
      ...(todays ? { earlierReadings: todays.readings } : {}),
      workflows: settings.workflows,
      excludeWorkflows: settings.excludeWorkflows,
      conclusions: settings.conclusions,
      ...(deps.env.runId ? { excludeRunId: deps.env.runId } : {}),
      artifactNames: settings.artifactNames,
      providers: settings.providers,
      tokenSemantics: settings.tokenSemantics,
      priceOverrides: settings.priceOverrides,
      pricesUpdate: settings.pricesUpdate,
      thresholds: settings.thresholds,
      concurrency: settings.concurrency,
      apiReserve: settings.apiReserve,
      archiveLimits: settings.archiveLimits,
      tempDir: deps.env.tempDir,
    },
    {
      runs: github.runs,
      openSummaryCache: (fingerprint) => (settings.cache ? deps.openSummaryCache(fingerprint) : new NullSummaryCache()),
      log,
      clock: () => now,
      ...(deps.loadPrices ? { loadPrices: deps.loadPrices } : {}),
    },
  )

  if (kept > 0) {
    log.info(
      `${plural(kept, 'run')} not read this time ${kept === 1 ? 'keeps' : 'keep'} the numbers today's report #${todays?.number} read of ${kept === 1 ? 'it' : 'them'}.`,
    )
  }
  // Runs whose download may pass later are carried like runs in progress: the next report collects them again.
  const toRetry = runsToRetry(collected.runs)
  if (toRetry.length > 0) {
    log.info(
      `${plural(toRetry.length, 'run')} not read this time ${toRetry.length === 1 ? 'is' : 'are'} carried to the next report, which collects ${toRetry.length === 1 ? 'it' : 'them'} again.`,
    )
  }

  // Spend against the budgets, the month-end forecast and the AI-credit guardrails, from the earlier reports' data.
  const report = dailyWithBudgets(analysed, settings, deps, now, earlier)

  // The outputs that come from the report itself, set whether or not its issue could be written.
  const setReportOutputs = (data: typeof report) => {
    deps.setOutput('total-cost-usd', totalCostOutput(data))
    deps.setOutput('total-tokens', data.totals.totalTokens)
    setBudgetOutput(data.budgets, deps)
    setRunCountOutputs(collected.runs, deps.setOutput)
  }

  // The issue: trends against earlier reports, today's report, older ones closed.
  log.startGroup('Publishing the report')
  let published: DailyReportResult
  try {
    published = await publishDailyReport({
      issues: github.issues,
      report,
      runs: collected.runs,
      unfinished: [...collected.unfinished, ...toRetry],
      settings,
      now,
      previous,
      window,
      log,
    })
  } catch (error) {
    // The issue could not be written: the report still reaches the job summary, report-json and the outputs before
    // the step fails.
    await writeReportFiles(report, [], deps)
    setReportOutputs(report)
    throw error
  } finally {
    log.endGroup()
  }
  await writeReportFiles(published.report, [published.trendSection], deps)

  deps.setOutput('issue-number', published.issueNumber ?? '')
  deps.setOutput('issue-url', published.issueUrl ?? '')
  setReportOutputs(published.report)
  log.info(totalsLineOf(published.report))
  const budget = github.apiBudget()
  log.info(
    `API requests in all: ${budget.requests}` +
      (budget.remaining !== undefined ? `, ${budget.remaining} left` : '') +
      '.',
  )
  // After everything is written: the report, the job summary and the outputs stand when the step fails.
  const overBudget = budgetFailureOf(published.report.budgets, settings.failOnBudget)
  if (overBudget) throw new Error(overBudget)
  // Last, so that the report, the job summary and the outputs are all written when the step fails.
  const failure = downloadFailureOf(collected.failedDownloads, settings.failOnDownloadErrors)
  if (failure) throw new Error(failure)
}

/**
 * Why the step fails for its failed downloads under the `fail-on-download-errors` policy, or null: `half` when
 * more than half of the runs with artifacts failed, `any` when one did, `never` not at all.
 */
export function downloadFailureOf(failed: FailedDownloads, policy: DownloadErrorPolicy): string | null {
  const fails = policy === 'any' ? failed.runs > 0 : policy === 'half' ? failed.runs * 2 > failed.withArtifacts : false
  if (!fails) return null
  return (
    `${failed.runs} of ${plural(failed.withArtifacts, 'run')} with artifacts could not be downloaded ` +
    `(fail-on-download-errors: ${policy}): ${failed.reasons}. ` +
    `The next report tries again the runs whose download may pass.`
  )
}
