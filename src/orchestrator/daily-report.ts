/**
 * The daily mode: read the series (one listing: earlier reports, the days the budgets count, today's report) → plan
 * the window → collect and analyse its runs → budgets and trends → publish today's report and close older ones →
 * report.json, the job summary and the outputs.
 */
import { plural } from '../common/value-format.js'
import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { ReportData } from '../analysis/report-data.js'
import type { FailedDownloads } from '../collect/collect-runs.js'
import { runsToRetry } from '../collect/collection-plan.js'
import { NullSummaryCache } from '../collect/summary-cache.js'
import { utcDayOf } from '../common/periods.js'
import { renderJsonReport } from '../report/json-report.js'
import { renderJobSummary } from '../report/markdown-report.js'
import { totalsLineOf } from '../report/totals-line.js'
import type { PublishedReport } from '../series/publish-report.js'
import { reportTitleOf } from '../series/report-titles.js'
import { readDailySeries, type DailySeries } from '../series/series-reading.js'
import type { ActionSettings, DownloadErrorPolicy } from '../settings/action-settings.js'
import { budgetFailureOf, dailyHistorySince, dailyWithBudgets, setBudgetOutput } from './budget-steps.js'
import { collectAndAnalyse, type CollectedReport } from '../engine/repository-report.js'
import { dailyIssueOf, dailyReportWithTrends, publishDailyIssue } from './daily-issue.js'
import { planWindow, type ReportWindow } from './report-window.js'
import { totalCostOutput } from './cost-output.js'
import { organisationOf, repositoryBaselineOf, withRepositories } from './organisation-steps.js'
import type { OrganisationSource } from '../organisation/collect-organisation.js'
import { withPullRequestCosts } from './pull-request-costs-step.js'
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
async function writeReportFiles(report: ReportData, changeSections: string[], deps: ActionDeps): Promise<void> {
  deps.setOutput('report-json', await writeJsonReport(report, deps.env.tempDir))
  await deps.writeJobSummary?.(renderJobSummary(report, { changeSections }))
}

/** The series, read once, and the window it sets: the newest earlier report's end is where this window starts. */
async function readSeriesAndPlan(
  settings: ActionSettings,
  deps: ActionDeps,
  now: Date,
): Promise<{ daily: DailySeries; window: ReportWindow }> {
  const { log } = deps
  log.startGroup('Finding earlier reports')
  try {
    const until = now.toISOString()
    const daily = await readDailySeries(
      deps.github.issues,
      {
        label: settings.labels[0],
        now,
        history: settings.history,
        ...(settings.baseline ? { baseline: settings.baseline } : {}),
        dailiesSince: dailyHistorySince(now),
        today: { date: utcDayOf(until), title: reportTitleOf(settings.titlePrefix, until) },
      },
      log,
    )
    const window = planWindow({
      latest: daily.earlier[0],
      now,
      lookback: settings.lookback,
      maxLookback: settings.maxLookback,
    })
    log.info(`Window ${window.since} to ${window.until}. ${window.note}`)
    return { daily, window }
  } finally {
    log.endGroup()
  }
}

/** Runs → artifacts → per-run summaries → the analysed report. */
function collectWindow(
  settings: ActionSettings,
  deps: ActionDeps,
  now: Date,
  { daily, window }: { daily: DailySeries; window: ReportWindow },
  organisation: OrganisationSource | undefined,
): Promise<CollectedReport> {
  return collectAndAnalyse(
    {
      repository: `${settings.owner}/${settings.repo}`,
      // The window is (since, until]: GitHub's created times are whole seconds and its ranges include both ends, so
      // the runs of the second the previous window ended in were that report's, and this one starts a second later.
      since: new Date(Math.min(Date.parse(window.since) + 1000, now.getTime())),
      until: now,
      reportWindow: { since: window.since, until: window.until },
      // Runs the earlier report saw in progress or could not read: collected now, so that every run is in a report.
      carriedRuns: daily.earlier[0]?.block?.unfinished ?? [],
      ...(daily.todays ? { earlierReadings: daily.todays.readings } : {}),
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
      runs: deps.github.runs,
      // With `repositories`, the runs of every selected repository are the source (one token, one budget).
      ...(organisation ? { source: organisation.source } : {}),
      openSummaryCache: (fingerprint) => (settings.cache ? deps.openSummaryCache(fingerprint) : new NullSummaryCache()),
      log: deps.log,
      clock: () => now,
      ...(deps.loadPrices ? { loadPrices: deps.loadPrices } : {}),
    },
  )
}

/** What the log says of runs kept from today's report and of runs carried to the next report. */
function logKeptAndCarried(kept: number, todays: number | undefined, toRetry: number, deps: ActionDeps): void {
  if (kept > 0) {
    deps.log.info(
      `${plural(kept, 'run')} not read this time ${kept === 1 ? 'keeps' : 'keep'} the numbers today's report #${todays} read of ${kept === 1 ? 'it' : 'them'}.`,
    )
  }
  // Runs whose download may pass later are carried like runs in progress: the next report collects them again.
  if (toRetry > 0) {
    deps.log.info(
      `${plural(toRetry, 'run')} not read this time ${toRetry === 1 ? 'is' : 'are'} carried to the next report, which collects ${toRetry === 1 ? 'it' : 'them'} again.`,
    )
  }
}

/**
 * Runs today's report read that this run's listing did not show (GitHub's listing lagging behind): kept with the
 * report's numbers, never dropped, and said aloud, as a re-run that sees fewer runs is not a quieter day.
 */
function warnUnlisted(unlisted: number, todays: number | undefined, deps: ActionDeps): void {
  if (unlisted === 0) return
  deps.log.warning(
    `${plural(unlisted, 'run')} of today's report #${todays} ${unlisted === 1 ? 'was' : 'were'} not in this run's listing ` +
      `(GitHub's runs listing may lag): ${unlisted === 1 ? 'it keeps its' : 'they keep their'} numbers from that report.`,
  )
}

/** The outputs that come from the report itself, set whether or not its issue could be written. */
function setReportOutputs(report: ReportData, collected: CollectedReport['collected'], deps: ActionDeps): void {
  deps.setOutput('total-cost-usd', totalCostOutput(report))
  deps.setOutput('total-tokens', report.totals.totalTokens)
  setBudgetOutput(report.budgets, deps)
  setRunCountOutputs(collected.runs, deps.setOutput)
}

/** Where an organisation report's runs come from: the selected repositories (the default), or merged partials. */
export type OrganisationFor = typeof organisationOf

export async function runDailyReport(
  settings: ActionSettings,
  deps: ActionDeps,
  organisationFor: OrganisationFor = organisationOf,
): Promise<void> {
  const { github, log } = deps
  const now = settings.until ?? deps.clock()
  const read = await readSeriesAndPlan(settings, deps, now)
  const organisation = await organisationFor(settings, github, log)
  const collectedReport = await collectWindow(settings, deps, now, read, organisation)
  const { collected, kept, unlisted } = collectedReport
  const analysed = organisation
    ? withRepositories(
        collectedReport.report,
        organisation,
        repositoryBaselineOf(read.daily.earlier, utcDayOf(read.window.until), settings.baseline),
      )
    : collectedReport.report
  const toRetry = runsToRetry(collected.runs)
  warnUnlisted(unlisted, read.daily.todays?.number, deps)
  logKeptAndCarried(kept, read.daily.todays?.number, toRetry.length, deps)

  // Analysis, before anything is published: spend against the budgets, the month-end forecast and the AI-credit
  // guardrails (from the earlier reports' data), the pull requests' agent costs, then the trends.
  const budgeted = await withPullRequestCosts(
    dailyWithBudgets(analysed, settings, deps, now, read.daily.dailies),
    collected,
    deps,
  )
  const report = dailyReportWithTrends(budgeted, read.daily.earlier, settings, now)

  // The issue: its body, then today's report, older ones closed.
  const issue = dailyIssueOf(report, {
    runs: collected.runs,
    unfinished: [...collected.unfinished, ...toRetry],
    titlePrefix: settings.titlePrefix,
    now,
    window: read.window,
    log,
  })
  let published: PublishedReport
  log.startGroup('Publishing the report')
  try {
    published = await publishDailyIssue(github.issues, read.daily.series, issue, settings, log)
  } catch (error) {
    // The issue could not be written: the report, trends included, still reaches the job summary, report-json and
    // the outputs before the step fails.
    await writeReportFiles(report, [issue.trendSection], deps)
    setReportOutputs(report, collected, deps)
    throw error
  } finally {
    log.endGroup()
  }
  await writeReportFiles(report, [issue.trendSection], deps)
  deps.setOutput('issue-number', published.issueNumber ?? '')
  deps.setOutput('issue-url', published.issueUrl ?? '')
  finishDailyReport(report, collected, settings, deps)
}

/** Outputs, the totals line and the request count; then the failures the settings ask for, once all is written. */
function finishDailyReport(
  report: ReportData,
  collected: CollectedReport['collected'],
  settings: ActionSettings,
  deps: ActionDeps,
): void {
  setReportOutputs(report, collected, deps)
  deps.log.info(totalsLineOf(report))
  const budget = deps.github.apiBudget()
  deps.log.info(
    `API requests in all: ${budget.requests}` +
      (budget.remaining !== undefined ? `, ${budget.remaining} left` : '') +
      '.',
  )
  // After everything is written: the report, the job summary and the outputs stand when the step fails.
  const overBudget = budgetFailureOf(report.budgets, settings.failOnBudget)
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
