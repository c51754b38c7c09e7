/**
 * The rollup mode: pick the period (the last complete week or month, or the one holding `until`) → read the daily
 * reports' hidden data (issue listings only: no run is listed and no artifact downloaded) → sum the period and
 * compare it with the previous one → report.json and the job summary → publish the period's issue and close older
 * rollups of its series → outputs; `fail-on-budget` last.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import {
  addDays,
  lastCompletePeriod,
  periodContaining,
  previousPeriod,
  utcDayOf,
  type Period,
} from '../common/periods.js'
import { daySpendOfDaily, rollupReportOf, type RollupReport } from '../analysis/rollups/rollup-report.js'
import { renderRollupJobSummary, renderRollupMarkdown } from '../report/rollup-markdown.js'
import { rollupMarkerOf } from '../series/markers.js'
import { publishReport, ROLLUP_LABEL_DESCRIPTION, type PublishedReport } from '../series/publish-report.js'
import { rollupTitleOf } from '../series/report-titles.js'
import type { ReportSeries } from '../series/report-series.js'
import { encodeRollupDataBlock, rollupDataBlockOf } from '../series/rollup-data-block.js'
import { readRollupSeries } from '../series/series-reading.js'
import type { ActionSettings } from '../settings/action-settings.js'
import { budgetFailureOf, setBudgetOutput, warnUnknownScopes } from './budget-steps.js'
import { isUnpriced, totalCostOutput } from './cost-output.js'
import type { ActionDeps } from './run-action.js'

/** Days before the period's end the forecast draws from (28) and then some. */
const FORECAST_HISTORY_DAYS = 40

async function writeRollupJson(report: RollupReport, tempDir: string): Promise<string> {
  const jsonPath = path.join(tempDir, 'token-usage-analyzer', 'report.json')
  await mkdir(path.dirname(jsonPath), { recursive: true })
  await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`)
  return jsonPath
}

/** The period a rollup covers: the one holding `until`, else the last complete one before now. */
export function rollupPeriodOf(kind: Period['kind'], until: Date | undefined, now: Date): Period {
  return until ? periodContaining(kind, until) : lastCompletePeriod(kind, now)
}

/** The rollup of the period from the series' daily reports (one listing), and the series for publishing. */
async function readAndRollUp(
  settings: ActionSettings,
  deps: ActionDeps,
  period: Period,
  now: Date,
): Promise<{ report: RollupReport; series: ReportSeries }> {
  const { log } = deps
  const previous = previousPeriod(period)
  const today = utcDayOf(now)
  log.startGroup(`Reading the daily reports of ${period.id} and ${previous.id}`)
  try {
    const historyStart = addDays(period.end, -FORECAST_HISTORY_DAYS)
    const since = historyStart < previous.start ? historyStart : previous.start
    const read = await readRollupSeries(
      deps.github.issues,
      { label: settings.labels[0], now, since, kind: period.kind, previous },
      log,
    )
    const { dailies, unreadable } = read.dailies
    for (const u of unreadable) log.warning(`Report #${u.number}: ${u.reason}; not counted.`)
    warnUnknownScopes(
      settings.budgets,
      dailies.filter((d) => d.day >= period.start && d.day <= period.end).map(daySpendOfDaily),
      log,
    )
    const report = rollupReportOf({
      previousRollup: read.previousRollup,
      period,
      previousPeriod: previous,
      dailies,
      unreadableReports: unreadable,
      lastDay: today < period.end ? today : period.end,
      budgets: settings.budgets,
      runCreditCap: settings.runCreditCap,
    })
    log.info(
      `${period.id}: ${report.days.length} daily reports` +
        (report.missingDays.length > 0 ? `, none for ${report.missingDays.join(', ')}` : '') +
        `; ${report.change ? `${report.change.previous.reports} in ${previous.id}` : `none in ${previous.id}`}.`,
    )
    return { report, series: read.series }
  } finally {
    log.endGroup()
  }
}

/** The rollup's body (its marker first, its data block last), published into the series. */
async function publishRollup(
  report: RollupReport,
  series: ReportSeries,
  settings: ActionSettings,
  deps: ActionDeps,
): Promise<PublishedReport> {
  const { log } = deps
  log.startGroup('Publishing the rollup')
  try {
    if (!settings.labels[0]) throw new Error('No label given: the first label is how earlier reports are found.')
    const block = rollupDataBlockOf(report)
    const body = renderRollupMarkdown(report, {
      marker: rollupMarkerOf(report.period.kind),
      ...(block ? { trailer: `\n${encodeRollupDataBlock(block)}\n` } : {}),
    })
    if (body.omitted.length > 0) log.warning(`The rollup was shortened to fit: ${body.omitted.join('; ')}.`)
    const request = {
      noun: 'rollup' as const,
      title: rollupTitleOf(settings.titlePrefix, report.period.id),
      body: body.text,
      labels: settings.labels,
      date: report.period.id,
      marker: rollupMarkerOf(report.period.kind),
      labelDescription: ROLLUP_LABEL_DESCRIPTION,
      closeOlder: settings.closeOlder,
      dryRun: settings.dryRun,
    }
    return await publishReport(deps.github.issues, series, request, log)
  } finally {
    log.endGroup()
  }
}

export async function runRollupReport(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  const now = deps.clock()
  const period = rollupPeriodOf(settings.period, settings.until, now)
  const { report, series } = await readAndRollUp(settings, deps, period, now)
  if (report.days.length === 0) {
    // An empty rollup would read as a period that spent nothing: say so and write nothing.
    deps.log.warning(`Nothing to roll up: no daily report of ${period.id} was found; no rollup written.`)
    return
  }

  // Files first: when the issue cannot be written the rollup still reaches report-json and the job summary.
  deps.setOutput('report-json', await writeRollupJson(report, deps.env.tempDir))
  await deps.writeJobSummary?.(renderRollupJobSummary(report))
  deps.setOutput('total-cost-usd', totalCostOutput(report))
  if (isUnpriced(report)) deps.log.info(`${period.id}: cost unpriced (no model of its dailies had a price).`)
  deps.setOutput('total-tokens', report.totals.totalTokens)
  deps.setOutput('runs-in-window', report.totals.runs)
  deps.setOutput('runs-with-data', report.totals.runsWithData)
  deps.setOutput('runs-analyzed', report.totals.runsWithData)
  setBudgetOutput(report.budgets, deps)

  const published = await publishRollup(report, series, settings, deps)
  deps.setOutput('issue-number', published.issueNumber ?? '')
  deps.setOutput('issue-url', published.issueUrl ?? '')
  const budget = deps.github.apiBudget()
  deps.log.info(
    `API requests in all: ${budget.requests} (no artifact downloaded: a rollup reads the daily reports only).`,
  )

  const overBudget = budgetFailureOf(report.budgets, settings.failOnBudget)
  if (overBudget) throw new Error(overBudget)
}
