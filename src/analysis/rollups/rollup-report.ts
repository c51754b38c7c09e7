/**
 * The rollup report (the JSON behind a weekly or monthly report issue): the period's numbers from the daily reports
 * (period-rollup.ts), spend against the budgets, the month-end forecast of a monthly rollup, and the AI-credit
 * guardrails: runs near the per-run cap and workflow days near the daily cap.
 */
import type { Budget } from '../budgets/budget-rules.js'
import { budgetStatusesOf, type BudgetStatus, type DaySpend } from '../budgets/budget-status.js'
import {
  DAILY_WORKFLOW_CREDIT_CAP,
  dailyCreditCapFlagOf,
  runsNearCreditCap,
  type CreditGuardrails,
  type CreditedRun,
} from '../budgets/credit-guardrails.js'
import { wordedFlag } from '../flags/flag-wording.js'
import { forecastMonth, type MonthForecast } from '../budgets/month-forecast.js'
import {
  onePerDay,
  rollupPeriod,
  totalsOf,
  type DailyReportData,
  type PeriodRollup,
  type PeriodSummary,
} from './period-rollup.js'
import { monthlyTotalLimits } from '../budgets/report-budgets.js'
import type { Flag } from '../report-data.js'
import { periodHolds, type Period } from '../../common/periods.js'

export interface RollupReport extends PeriodRollup {
  schemaVersion: 1
  kind: 'rollup'
  budgets: BudgetStatus[]
  /** Monthly rollups only; null with fewer than 7 report days. */
  forecast: MonthForecast | null
  guardrails: CreditGuardrails
  /** near-daily-credit-cap per workflow and day. */
  flags: Flag[]
  /** Daily reports of the series whose data block was missing or did not read: not in the numbers. */
  unreadableReports: { number: number; reason: string }[]
}

export interface RollupReportInput {
  period: Period
  previousPeriod: Period
  /** Every readable daily report read (the period's, the previous period's, and earlier ones for the forecast). */
  dailies: readonly DailyReportData[]
  unreadableReports?: { number: number; reason: string }[]
  /** The last day that could have a report (today, for a period still running). */
  lastDay: string
  budgets: readonly Budget[]
  runCreditCap: number
  /** The previous period's rollup, compared with when none of its daily reports can be read. */
  previousRollup?: PeriodSummary | null
}

/** A daily's spend as a budget day (AI credits from its model rows). */
export function daySpendOfDaily(daily: DailyReportData): DaySpend {
  const totals = totalsOf([daily])
  return {
    day: daily.day,
    costUsd: totals.costUsd,
    aiCredits: totals.aiCredits,
    workflows: daily.workflows.map((w) => {
      const t = totalsOf([{ ...daily, workflows: [w] }])
      return { name: w.name, costUsd: t.costUsd, aiCredits: t.aiCredits }
    }),
  }
}

export function rollupReportOf(input: RollupReportInput): RollupReport {
  const rollup = rollupPeriod(input)
  const dailies = onePerDay(input.dailies).filter((d) => d.day <= input.period.end)
  const inPeriod = dailies.filter((d) => periodHolds(input.period, d.day))
  const days = dailies.map(daySpendOfDaily)

  const runs: CreditedRun[] = inPeriod.flatMap((d) =>
    d.runs.map((r) => ({
      workflow: d.workflows[r.w]?.name ?? '?',
      runId: r.id,
      day: d.day,
      aiCredits: r.aiCredits ?? null,
      costUsd: r.usd,
    })),
  )
  const flags: Flag[] = []
  for (const day of days.filter((d) => periodHolds(input.period, d.day))) {
    for (const w of day.workflows) {
      const finding = dailyCreditCapFlagOf(w)
      if (finding) flags.push(wordedFlag({ ...finding, context: { ...finding.context, day: day.day } }))
    }
  }
  const asOf = input.lastDay < input.period.end ? input.lastDay : input.period.end
  return {
    schemaVersion: 1,
    kind: 'rollup',
    ...rollup,
    budgets: budgetStatusesOf(input.budgets, days, { reportDays: inPeriod.map((d) => d.day) }),
    forecast:
      input.period.kind === 'month'
        ? forecastMonth(
            days.map((d) => ({ day: d.day, costUsd: d.costUsd })),
            asOf,
            { limits: monthlyTotalLimits(input.budgets) },
          )
        : null,
    guardrails: {
      runCreditCap: input.runCreditCap,
      dailyWorkflowCreditCap: DAILY_WORKFLOW_CREDIT_CAP,
      runsNearCap: runsNearCreditCap(runs, input.runCreditCap),
    },
    flags,
    unreadableReports: input.unreadableReports ?? [],
  }
}
