/** The pull-request mode's inputs: `comment`, `pr-budget` and `pull-request` (a manual refresh). */
import {
  COMMENT_POLICIES,
  parsePullRequestBudget,
  type CommentPolicy,
  type PullRequestBudget,
} from '../pull-request/comment-policy.js'
import { invalidInput, parseInput } from './input-error.js'

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
