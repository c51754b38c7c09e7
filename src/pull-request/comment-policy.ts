/**
 * When the pull request comment is written, and the pull request's budget: `comment: always | increase |
 * over-budget` (as infracost's noise control) and `pr-budget` (`$2` or `500 AIC`, parsed with the inputs). Pure: the
 * mode asks, this answers.
 */
import { AIC_PER_USD, budgetStateOf, type BudgetState } from '../analysis/budgets/budget-status.js'
import type { CommentPolicy, PullRequestBudget } from '../settings/pull-request-input.js'
import type { PullRequestRecord } from './pull-request-runs.js'

/** A pull request's spend against its budget. */
export interface PullRequestBudgetStatus extends PullRequestBudget {
  spent: number
  share: number
  status: BudgetState
  /** AIC budgets only: some run recorded no AI credits and its USD × 100 was counted instead. */
  estimated: boolean
}

/** The record's spend against the budget (AI credits as recorded, else USD × 100 per run); null without one. */
export function budgetStatusOf(
  record: PullRequestRecord,
  budget: PullRequestBudget | undefined,
): PullRequestBudgetStatus | null {
  if (!budget) return null
  let spent = 0
  let estimated = false
  for (const run of record.runs) {
    if (budget.unit === 'USD') spent += run.costUsd
    else if (run.aiCredits !== null) spent += run.aiCredits
    else {
      spent += run.costUsd * AIC_PER_USD
      estimated ||= run.costUsd > 0
    }
  }
  const share = spent / budget.limit
  return { ...budget, spent, share, status: budgetStateOf(share), estimated }
}

export interface WriteDecision {
  write: boolean
  /** Why, for the log. */
  reason: string
}

/**
 * Whether to create or update the comment after this event. Nothing new (the run was already recorded) writes
 * nothing whatever the policy; `increase` writes when the total cost grew; `over-budget` when the total is over the
 * budget (and then keeps the comment up to date as it grows).
 */
export function writeDecisionOf(options: {
  policy: CommentPolicy
  changed: boolean
  costBefore: number
  costAfter: number
  budget: PullRequestBudgetStatus | null
}): WriteDecision {
  const { policy, changed, costBefore, costAfter, budget } = options
  if (!changed) return { write: false, reason: 'the run is already in the comment' }
  if (policy === 'always') return { write: true, reason: 'comment: always' }
  if (policy === 'increase') {
    return costAfter > costBefore
      ? { write: true, reason: 'the total grew (comment: increase)' }
      : { write: false, reason: 'the total did not grow (comment: increase)' }
  }
  return budget?.status === 'exceeded'
    ? { write: true, reason: 'the total is over pr-budget (comment: over-budget)' }
    : { write: false, reason: 'the total is within pr-budget (comment: over-budget)' }
}
