/**
 * The budget steps both modes share: the earlier daily reports' spend (read from their data blocks), the
 * `budget-status` output, and the failure `fail-on-budget` asks for once everything is written.
 */
import type { Budget } from '../analysis/budgets/budget-rules.js'
import {
  budgetsOfUnknownScope,
  worstBudgetState,
  type BudgetStatus,
  type DaySpend,
} from '../analysis/budgets/budget-status.js'
import { onePerDay } from '../analysis/rollups/period-rollup.js'
import { daySpendOf, withBudgets } from '../analysis/budgets/report-budgets.js'
import type { ReportData } from '../analysis/report-data.js'
import { daySpendOfDaily } from '../analysis/rollups/rollup-report.js'
import { utcDayOf } from '../common/periods.js'
import { formatPercent } from '../common/value-format.js'
import type { DailyReportsRead } from '../series/daily-reports.js'
import type { BudgetFailurePolicy, ActionSettings } from '../settings/action-settings.js'
import { amountText } from '../report/sections/budget-section.js'
import type { ActionDeps } from './run-action.js'

/** Days of history a daily report reads: the month to date and the forecast's 28 days, with room to spare. */
const DAILY_HISTORY_DAYS = 40

/** The first day (YYYY-MM-DD) of the earlier reports a daily report's budgets and forecast read. */
export function dailyHistorySince(now: Date): string {
  return utcDayOf(new Date(now.getTime() - DAILY_HISTORY_DAYS * 86_400_000))
}

/**
 * The daily report with its budgets, forecast and credit guardrails, from the earlier daily reports (read from the
 * series' one issue listing: no listing of its own).
 */
export function dailyWithBudgets(
  report: ReportData,
  settings: Pick<ActionSettings, 'budgets' | 'runCreditCap'>,
  deps: Pick<ActionDeps, 'log'>,
  now: Date,
  earlier: DailyReportsRead,
): ReportData {
  const day = utcDayOf(now)
  const earlierDays: DaySpend[] = onePerDay(earlier.dailies.filter((d) => d.day !== day)).map(daySpendOfDaily)
  warnUnknownScopes(settings.budgets, [...earlierDays, daySpendOf(report, day)], deps.log)
  return withBudgets(report, { budgets: settings.budgets, runCreditCap: settings.runCreditCap, day, earlierDays })
}

/** A workflow budget that matches no workflow of the counted days is most likely a typo: say so. */
export function warnUnknownScopes(
  budgets: readonly Budget[],
  days: readonly DaySpend[],
  log: Pick<ActionDeps['log'], 'warning'>,
): void {
  for (const b of budgetsOfUnknownScope(budgets, days)) {
    log.warning(
      `Budget of '${b.scope}' (${b.period}): no workflow of that name in the reports counted; names match exactly, ` +
        'as the report shows them.',
    )
  }
}

/** Sets `budget-status`: the worst state of all budgets, empty without budgets. */
export function setBudgetOutput(
  budgets: readonly BudgetStatus[] | undefined,
  deps: Pick<ActionDeps, 'setOutput'>,
): void {
  deps.setOutput('budget-status', worstBudgetState(budgets ?? []))
}

/** Why the step fails under `fail-on-budget`, or null. */
export function budgetFailureOf(
  budgets: readonly BudgetStatus[] | undefined,
  policy: BudgetFailurePolicy,
): string | null {
  if (policy === 'never') return null
  const exceeded = (budgets ?? []).filter((b) => b.status === 'exceeded')
  if (exceeded.length === 0) return null
  const list = exceeded
    .map(
      (b) =>
        `${b.scope} ${amountText(b.spent, b.unit)} of ${amountText(b.limit, b.unit)}/${b.period} ` +
        `(${formatPercent(b.share, 0)}, ${b.periodId})`,
    )
    .join('; ')
  return `Budget exceeded (fail-on-budget: exceeded): ${list}.`
}
