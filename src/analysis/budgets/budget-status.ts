/**
 * Spend against budgets. Spend is known per report day (a daily report's numbers, dated by its window's end); a
 * budget's period sums the days of that period up to the report's day, so a `week` budget in Wednesday's report is
 * the week to date. A report covering several days (a rollup) shows, per budget, its fullest period among them.
 */
import type { Budget, BudgetUnit } from './budget-rules.js'
import { TOTAL_SCOPE } from './budget-rules.js'
import { periodContaining } from '../../common/periods.js'

/** What one report day spent, in total and per workflow. */
export interface DaySpend {
  /** UTC day (YYYY-MM-DD). */
  day: string
  costUsd: number
  /** Recorded AI credits; null when the day's data carried none. */
  aiCredits: number | null
  workflows: { name: string; costUsd: number; aiCredits: number | null }[]
}

export type BudgetState = 'ok' | 'warning' | 'exceeded'

/** One budget's spend in the JSON report. */
export interface BudgetStatus {
  scope: string
  period: Budget['period']
  limit: number
  unit: BudgetUnit
  spent: number
  /** spent / limit (1 = the whole budget). */
  share: number
  status: BudgetState
  /** The period the spend is counted in: `2026-05-04`, `2026-W19`, `2026-05` (to date when still running). */
  periodId: string
  /** Days with data counted. */
  days: number
  /** AIC budgets only: true when some day had no recorded AI credits and its USD × 100 was counted instead. */
  aiCreditsEstimated?: boolean
}

/** At 75% a budget warns; beyond 100% it is exceeded. */
export const BUDGET_WARNING_SHARE = 0.75

export function budgetStateOf(share: number): BudgetState {
  if (share > 1) return 'exceeded'
  return share >= BUDGET_WARNING_SHARE ? 'warning' : 'ok'
}

const STATE_RANK: Record<BudgetState, number> = { ok: 0, warning: 1, exceeded: 2 }

/** The worst state of all budgets; '' without budgets (the `budget-status` output). */
export function worstBudgetState(statuses: readonly BudgetStatus[]): BudgetState | '' {
  let worst: BudgetState | '' = ''
  for (const s of statuses) if (worst === '' || STATE_RANK[s.status] > STATE_RANK[worst]) worst = s.status
  return worst
}

/** 1 AIC = $0.01. */
export const AIC_PER_USD = 100

/** A day's spend of one scope in one unit; `estimated` when AIC had to come from USD. */
function spendOf(day: DaySpend, scope: string, unit: BudgetUnit): { amount: number; estimated: boolean } {
  const row = scope === TOTAL_SCOPE ? day : day.workflows.find((w) => w.name === scope)
  if (!row) return { amount: 0, estimated: false }
  if (unit === 'USD') return { amount: row.costUsd, estimated: false }
  return row.aiCredits === null
    ? { amount: row.costUsd * AIC_PER_USD, estimated: row.costUsd > 0 }
    : { amount: row.aiCredits, estimated: false }
}

export interface BudgetStatusOptions {
  /** The days the report covers (one for a daily report). */
  reportDays: readonly string[]
}

/**
 * Each budget against the spend of `days` (every known report day, this report's included). For each budget the
 * periods touched by the report's days are summed up to the last report day, and the fullest is shown.
 */
export function budgetStatusesOf(
  budgets: readonly Budget[],
  days: readonly DaySpend[],
  options: BudgetStatusOptions,
): BudgetStatus[] {
  const asOf = [...options.reportDays].sort().at(-1) ?? ''
  return budgets.map((budget) => {
    const periods = new Map(options.reportDays.map((d) => [periodContaining(budget.period, d).id, d]))
    let best: BudgetStatus | null = null
    for (const [periodId, someDay] of periods) {
      const period = periodContaining(budget.period, someDay)
      let spent = 0
      let counted = 0
      let estimated = false
      for (const day of days) {
        if (day.day < period.start || day.day > period.end || day.day > asOf) continue
        const s = spendOf(day, budget.scope, budget.unit)
        spent += s.amount
        estimated ||= s.estimated
        counted++
      }
      const share = spent / budget.limit
      const status: BudgetStatus = {
        scope: budget.scope,
        period: budget.period,
        limit: budget.limit,
        unit: budget.unit,
        spent,
        share,
        status: budgetStateOf(share),
        periodId,
        days: counted,
        ...(budget.unit === 'AIC' ? { aiCreditsEstimated: estimated } : {}),
      }
      if (!best || status.spent > best.spent) best = status
    }
    return (
      best ?? {
        scope: budget.scope,
        period: budget.period,
        limit: budget.limit,
        unit: budget.unit,
        spent: 0,
        share: 0,
        status: 'ok',
        periodId: '',
        days: 0,
      }
    )
  })
}

/**
 * Workflow budgets whose scope names no workflow of any counted day: most likely a typo (names match exactly), so
 * the caller warns instead of showing a quiet 0.
 */
export function budgetsOfUnknownScope(budgets: readonly Budget[], days: readonly DaySpend[]): Budget[] {
  const names = new Set(days.flatMap((d) => d.workflows.map((w) => w.name)))
  return budgets.filter((b) => b.scope !== TOTAL_SCOPE && !names.has(b.scope))
}
