/**
 * A budget: a limit on the spend of a scope (`total` or a workflow) per day, week or month, in USD or AI credits.
 * The `budgets` input's parser is settings/budget-input.ts.
 */
import type { PeriodKind } from '../../common/periods.js'

export type BudgetUnit = 'USD' | 'AIC'

export interface Budget {
  /** `total`, or a workflow name as the report shows it. */
  scope: string
  period: PeriodKind
  /** Above 0, in `unit`. */
  limit: number
  unit: BudgetUnit
}

/** The scope of a budget over every workflow. */
export const TOTAL_SCOPE = 'total'
