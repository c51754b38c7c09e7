/** The pull-request mode's inputs: `comment`, `pr-budget` and `pull-request` (a manual refresh). */
import type { BudgetUnit } from '../analysis/budgets/budget-rules.js'
import { invalidInput, parseInput } from './input-error.js'

export const COMMENT_POLICIES = ['always', 'increase', 'over-budget'] as const
export type CommentPolicy = (typeof COMMENT_POLICIES)[number]

/** One pull request's spend limit. */
export interface PullRequestBudget {
  limit: number
  unit: BudgetUnit
}

/** `$2`, `$0.50` or `500 AIC`; throws an Error quoting the text. */
export function parsePullRequestBudget(text: string): PullRequestBudget {
  const usd = /^\$\s*(\d+(?:\.\d+)?)$/.exec(text.trim())
  const aic = /^(\d+(?:\.\d+)?)\s*aic$/i.exec(text.trim())
  const limit = Number((usd ?? aic)?.[1])
  if (!usd && !aic) throw new Error(`'${text}' is not $N or N AIC (e.g. $2 or 500 AIC)`)
  if (!(limit > 0)) throw new Error(`'${text}' is a limit of 0`)
  return { limit, unit: usd ? 'USD' : 'AIC' }
}

export interface PullRequestSettings {
  /** When the comment is created or updated. */
  comment: CommentPolicy
  /** The pull request's spend limit; absent without one. */
  budget?: PullRequestBudget
  /** The pull request to refresh by hand (workflow_dispatch); absent: the pull request of the completed run. */
  number?: number
}

export function pullRequestSettingsOf(input: (name: string) => string): PullRequestSettings {
  const commentText = input('comment').trim().toLowerCase() || 'always'
  if (!(COMMENT_POLICIES as readonly string[]).includes(commentText)) {
    throw invalidInput('comment', input('comment'), `Expected one of: ${COMMENT_POLICIES.join(', ')}.`)
  }
  const comment = commentText as CommentPolicy
  const budgetText = input('pr-budget').trim()
  const budget = budgetText ? parseInput('pr-budget', budgetText, () => parsePullRequestBudget(budgetText)) : undefined
  if (comment === 'over-budget' && !budget) {
    throw invalidInput('comment', input('comment'), "Expected 'pr-budget' to be set too (e.g. $2 or 500 AIC).")
  }
  const numberText = input('pull-request').trim().replace(/^#/, '')
  if (numberText !== '' && !/^[1-9]\d{0,9}$/.test(numberText)) {
    throw invalidInput('pull-request', input('pull-request'), 'Expected a pull request number such as 42.')
  }
  return { comment, ...(budget ? { budget } : {}), ...(numberText ? { number: Number(numberText) } : {}) }
}
