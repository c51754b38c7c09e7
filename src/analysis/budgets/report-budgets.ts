/**
 * A daily report's spend seen against the limits a team set: each budget (this report's day, or the week or month to
 * date with the earlier daily reports), the month-end forecast, the runs near gh-aw's per-run AI-credit cap, and
 * `near-daily-credit-cap` flags on workflows whose day came near the daily cap.
 */
import type { Budget } from './budget-rules.js'
import { budgetStatusesOf, type DaySpend } from './budget-status.js'
import {
  DAILY_WORKFLOW_CREDIT_CAP,
  dailyCreditCapFlagOf,
  runsNearCreditCap,
  type CreditedRun,
} from './credit-guardrails.js'
import { wordedFlag } from '../flags/flag-wording.js'
import { forecastMonth, type MonthlyLimit } from './month-forecast.js'
import type { ReportData } from '../report-data.js'

/** AI credits a report row carries, when the analysis recorded them (null otherwise). */
export function recordedCreditsOf(row: object): number | null {
  const value = (row as { aiCredits?: unknown }).aiCredits
  return typeof value === 'number' ? value : null
}

/** A report's spend as one report day. */
export function daySpendOf(report: ReportData, day: string): DaySpend {
  return {
    day,
    costUsd: report.totals.costUsd,
    aiCredits: recordedCreditsOf(report.totals),
    workflows: report.workflows.map((w) => ({ name: w.name, costUsd: w.costUsd, aiCredits: recordedCreditsOf(w) })),
  }
}

/** The monthly budgets of the total, which the forecast is held against. */
export function monthlyTotalLimits(budgets: readonly Budget[]): MonthlyLimit[] {
  return budgets.filter((b) => b.scope === 'total' && b.period === 'month').map(({ limit, unit }) => ({ limit, unit }))
}

export interface ReportBudgetOptions {
  budgets: readonly Budget[]
  runCreditCap: number
  /** The report's UTC day. */
  day: string
  /** Earlier report days of the series (this report's day is left out of them and counted from `report`). */
  earlierDays: readonly DaySpend[]
}

/** The report with its budgets, forecast, guardrails and credit-cap flags. */
export function withBudgets(report: ReportData, options: ReportBudgetOptions): ReportData {
  const today = daySpendOf(report, options.day)
  const days = [...options.earlierDays.filter((d) => d.day !== options.day), today]
  const runs: CreditedRun[] = report.workflows.flatMap((w) =>
    w.runDetails.map((r) => ({
      workflow: w.name,
      runId: r.runId,
      ...(r.url ? { url: r.url } : {}),
      aiCredits: recordedCreditsOf(r),
      costUsd: r.costUsd,
    })),
  )
  return {
    ...report,
    workflows: report.workflows.map((w) => {
      const flag = dailyCreditCapFlagOf({ name: w.name, aiCredits: recordedCreditsOf(w), costUsd: w.costUsd })
      return flag ? { ...w, flags: [...w.flags, wordedFlag(flag)] } : w
    }),
    budgets: budgetStatusesOf(options.budgets, days, { reportDays: [options.day] }),
    forecast: forecastMonth(
      days.map((d) => ({ day: d.day, costUsd: d.costUsd })),
      options.day,
      { limits: monthlyTotalLimits(options.budgets) },
    ),
    guardrails: {
      runCreditCap: options.runCreditCap,
      dailyWorkflowCreditCap: DAILY_WORKFLOW_CREDIT_CAP,
      runsNearCap: runsNearCreditCap(runs, options.runCreditCap),
    },
  }
}
