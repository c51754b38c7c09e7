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
  periodHolds,
  previousPeriod,
  utcDayOf,
  type Period,
} from '../common/periods.js'
import { daySpendOfDaily, rollupReportOf, type RollupReport } from '../analysis/rollups/rollup-report.js'
import { dailyReadLimit, readDailyReports } from '../lifecycle/daily-report-data.js'
import { findPreviousRollup } from '../lifecycle/previous-rollup.js'
import { publishRollup, type PublishedRollup } from '../lifecycle/publish-rollup.js'
import { rollupMarkerOf } from '../report/rollup-marker.js'
import { rollupDataBlockOf, rollupSnapshotOf } from '../report/rollup-snapshot.js'
import { renderRollupJobSummary, renderRollupMarkdown } from '../report/rollup-markdown.js'
import type { ActionSettings } from '../settings/action-settings.js'
import { budgetFailureOf, setBudgetOutput, warnUnknownScopes } from './budget-steps.js'
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

export async function runRollupReport(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  const { github, log } = deps
  const now = deps.clock()
  const period = rollupPeriodOf(settings.period, settings.until, now)
  const previous = previousPeriod(period)
  const today = utcDayOf(now)
  const lastDay = today < period.end ? today : period.end

  log.startGroup(`Reading the daily reports of ${period.id} and ${previous.id}`)
  let report: RollupReport
  try {
    const historyStart = addDays(period.end, -FORECAST_HISTORY_DAYS)
    const since = historyStart < previous.start ? historyStart : previous.start
    const read = await readDailyReports(github.issues, {
      label: settings.labels[0],
      since,
      until: now,
      limit: dailyReadLimit(since, now),
    })
    for (const u of read.unreadable) log.warning(`Report #${u.number}: ${u.reason}; not counted.`)
    warnUnknownScopes(
      settings.budgets,
      read.dailies.filter((d) => d.day >= period.start && d.day <= period.end).map(daySpendOfDaily),
      log,
    )
    // Without a readable daily report of the previous period, its own rollup (if any) is compared with.
    const previousRollup = read.dailies.some((d) => periodHolds(previous, d.day))
      ? null
      : await findPreviousRollup(github.issues, {
          label: settings.labels[0],
          kind: period.kind,
          periodId: previous.id,
          warn: (m) => log.warning(m),
        })
    report = rollupReportOf({
      previousRollup,
      period,
      previousPeriod: previous,
      dailies: read.dailies,
      unreadableReports: read.unreadable,
      lastDay,
      budgets: settings.budgets,
      runCreditCap: settings.runCreditCap,
    })
    log.info(
      `${period.id}: ${report.days.length} daily reports` +
        (report.missingDays.length > 0 ? `, none for ${report.missingDays.join(', ')}` : '') +
        `; ${report.change ? `${report.change.previous.reports} in ${previous.id}` : `none in ${previous.id}`}.`,
    )
  } finally {
    log.endGroup()
  }

  // Files first: when the issue cannot be written the rollup still reaches report-json and the job summary.
  deps.setOutput('report-json', await writeRollupJson(report, deps.env.tempDir))
  await deps.writeJobSummary?.(renderRollupJobSummary(report))
  deps.setOutput('total-cost-usd', report.totals.costUsd.toFixed(2))
  deps.setOutput('total-tokens', report.totals.totalTokens)
  deps.setOutput('runs-in-window', report.totals.runs)
  deps.setOutput('runs-with-data', report.totals.runsWithData)
  deps.setOutput('runs-analyzed', report.totals.runsWithData)
  setBudgetOutput(report.budgets, deps)

  log.startGroup('Publishing the rollup')
  let published: PublishedRollup
  try {
    const snapshot = rollupSnapshotOf(report)
    const body = renderRollupMarkdown(report, {
      marker: rollupMarkerOf(period.kind),
      ...(snapshot ? { trailer: `\n${rollupDataBlockOf(snapshot)}\n` } : {}),
    })
    if (body.omitted.length > 0) log.warning(`The rollup was shortened to fit: ${body.omitted.join('; ')}.`)
    published = await publishRollup({
      issues: github.issues,
      kind: period.kind,
      periodId: period.id,
      body: body.text,
      settings,
      log,
    })
  } finally {
    log.endGroup()
  }
  deps.setOutput('issue-number', published.issueNumber ?? '')
  deps.setOutput('issue-url', published.issueUrl ?? '')
  const budget = github.apiBudget()
  log.info(`API requests in all: ${budget.requests} (no artifact downloaded: a rollup reads the daily reports only).`)

  const overBudget = budgetFailureOf(report.budgets, settings.failOnBudget)
  if (overBudget) throw new Error(overBudget)
}
