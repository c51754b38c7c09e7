/**
 * The action: lists the runs of the window, pulls their artifacts, computes the metrics, compares with the previous
 * labelled report, creates today's report and closes the older ones. The only place that reads inputs, sets outputs
 * and turns an error into a failure; everything it calls takes its I/O as parameters.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { analyseRuns } from './analysis/analyse-runs.js'
import type { ReportData } from './analysis/report-data.js'
import { ActionsSummaryCache } from './collect/actions-summary-cache.js'
import { collectRuns } from './collect/collect-runs.js'
import { NullSummaryCache, summaryCacheFingerprint, type SummaryCache } from './collect/summary-cache.js'
import { createGitHubClient } from './github/github-client.js'
import { createOctokit } from './github/octokit-client.js'
import { createReportIssues } from './github/report-issues.js'
import { findPreviousReports, publishDailyReport } from './lifecycle/publish-daily-report.js'
import { planWindow } from './lifecycle/report-window.js'
import { renderJsonReport } from './report/json-report.js'
import { renderJobSummary } from './report/markdown-report.js'
import { readActionSettings, type ActionSettings } from './settings/action-settings.js'
import { parseFlagThresholds } from './settings/threshold-input.js'
import { parseNormalisationRules } from './usage/normalise.js'
import { createPriceBook, loadPriceOverrides, parsePriceOverrides, type PriceOverrides } from './usage/pricing.js'

/**
 * @actions/core as the log of every layer (collector, Octokit, the report's life): each takes its log as a
 * parameter so that it never imports @actions/core itself.
 */
const actionsLog = {
  info: (message: string) => core.info(message),
  warning: (message: string) => core.warning(message),
  debug: (message: string) => core.debug(message),
  startGroup: (name: string) => core.startGroup(name),
  endGroup: () => core.endGroup(),
}

/** Price overrides from the file, then the inline input on top. */
async function priceOverridesOf(settings: ActionSettings): Promise<PriceOverrides> {
  const fromFile = settings.pricingFile ? await loadPriceOverrides(settings.pricingFile) : {}
  const inline = settings.prices ? parsePriceOverrides(settings.prices, "input 'prices'") : {}
  return { ...fromFile, ...inline }
}

/**
 * Writes the JSON report (path returned, for the `report-json` output) and, on a runner, the job summary: the whole
 * report, since the job summary has no issue-size limit.
 */
async function writeReportFiles(report: ReportData, extraSections: string[]): Promise<string> {
  const jsonPath = path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'token-usage-analyzer', 'report.json')
  await mkdir(path.dirname(jsonPath), { recursive: true })
  await writeFile(jsonPath, renderJsonReport(report))
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderJobSummary(report, { extraSections })).write()
  return jsonPath
}

/** Runs the action. */
export async function run(): Promise<void> {
  try {
    const settings = readActionSettings((name) => core.getInput(name))
    core.setSecret(settings.token)
    const now = settings.until ?? new Date()
    const apiUrl = process.env.GITHUB_API_URL
    const baseUrl = apiUrl ? { baseUrl: apiUrl } : {}

    // Settings whose format belongs to the engine are parsed here, before any API call, so a typo fails fast.
    const thresholds = parseFlagThresholds(settings.thresholds)
    const normalisation = parseNormalisationRules(settings.tokenSemantics)
    const overrides = await priceOverridesOf(settings)

    // The previous report sets where this window starts.
    const issues = createReportIssues(createOctokit(settings.token, { ...baseUrl, log: actionsLog }), settings)
    core.startGroup('Finding earlier reports')
    const previous = await findPreviousReports(issues, {
      label: settings.labels[0],
      now,
      history: settings.history,
      log: actionsLog,
    })
    const window = planWindow({
      previous: previous[0],
      now,
      lookback: settings.lookback,
      maxLookback: settings.maxLookback,
    })
    core.info(`Window ${window.since} to ${window.until}. ${window.note}`)
    core.endGroup()

    // Runs → artifacts → per-run summaries.
    const client = createGitHubClient({
      token: settings.token,
      owner: settings.owner,
      repo: settings.repo,
      ...baseUrl,
      log: actionsLog,
    })
    const fingerprint = summaryCacheFingerprint({
      repository: `${settings.owner}/${settings.repo}`,
      artifactNames: settings.artifactNames,
      providers: settings.providers,
      normalisation,
      overrides,
    })
    const cache: SummaryCache = settings.cache
      ? new ActionsSummaryCache({ fingerprint, logger: actionsLog })
      : new NullSummaryCache()
    const collected = await collectRuns(client, cache, {
      // The window is (since, until]: GitHub's created times are whole seconds and its ranges include both ends, so
      // the runs of the second the previous window ended in were that report's, and this one starts a second later.
      since: new Date(Math.min(Date.parse(window.since) + 1000, now.getTime())),
      until: now,
      // Runs the previous report saw in progress: collected now, so that no run falls between two reports.
      carriedRuns: previous[0]?.snapshot?.unfinished ?? [],
      now: () => now,
      workflows: settings.workflows,
      excludeWorkflows: settings.excludeWorkflows,
      conclusions: settings.conclusions,
      ...(process.env.GITHUB_RUN_ID ? { excludeRunId: process.env.GITHUB_RUN_ID } : {}),
      artifactNames: settings.artifactNames,
      concurrency: settings.concurrency,
      apiReserve: settings.apiReserve,
      archiveLimits: {
        maxArchiveBytes: settings.maxArtifactBytes,
        maxUnzippedBytes: settings.maxUnzippedBytes,
        maxEntries: settings.maxZipEntries,
      },
      ...(process.env.RUNNER_TEMP ? { tempDir: process.env.RUNNER_TEMP } : {}),
      summarize: {
        priceBook: createPriceBook(overrides),
        normalisation,
        ...(settings.providers.length > 0 ? { providers: settings.providers } : {}),
      },
      logger: actionsLog,
    })

    // Metrics, trends, the issue.
    const report = analyseRuns(collected.runs, { window: { since: window.since, until: window.until }, thresholds })
    core.startGroup('Publishing the report')
    let published: Awaited<ReturnType<typeof publishDailyReport>>
    try {
      published = await publishDailyReport({
        issues,
        report,
        runs: collected.runs,
        unfinished: collected.unfinished,
        settings,
        now,
        previous,
        window,
        log: actionsLog,
      })
    } catch (error) {
      // The issue could not be written: the report still reaches the job summary and report-json before the step fails.
      core.setOutput('report-json', await writeReportFiles(report, []))
      throw error
    } finally {
      core.endGroup()
    }
    const jsonPath = await writeReportFiles(published.report, [published.trendSection])

    const states = collected.stateCounts
    core.setOutput('issue-number', published.issueNumber ?? '')
    core.setOutput('issue-url', published.issueUrl ?? '')
    core.setOutput('report-json', jsonPath)
    core.setOutput('total-cost-usd', published.report.totals.costUsd.toFixed(2))
    core.setOutput('total-tokens', published.report.totals.totalTokens)
    core.setOutput('runs-analyzed', states['analysed'])
    core.setOutput('runs-without-data', collected.runs.length - states['analysed'] - states['not-reached'])
    core.setOutput('runs-not-reached', states['not-reached'])
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
