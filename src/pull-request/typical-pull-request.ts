/**
 * The repository's typical pull request: the median agent cost per pull request over the last 30 days, from the
 * pull request rows of the daily reports' data (a pull request whose runs span several days is summed over them).
 */
import { percentileOf } from '../analysis/runs/distribution.js'

/** Days of daily reports the comparison reads. */
export const TYPICAL_DAYS = 30

/** One pull request's agent cost in one daily report. */
export interface PullRequestDayCost {
  number: number
  costUsd: number
}

export interface TypicalPullRequest {
  medianUsd: number
  /** Pull requests the median is of. */
  pullRequests: number
  days: number
}

/** The median over the other pull requests (this one left out); null when there is none. */
export function typicalPullRequestOf(
  days: readonly (readonly PullRequestDayCost[])[],
  exclude: number,
): TypicalPullRequest | null {
  const costs = new Map<number, number>()
  for (const day of days) {
    for (const row of day) {
      if (row.number !== exclude) costs.set(row.number, (costs.get(row.number) ?? 0) + row.costUsd)
    }
  }
  const median = percentileOf([...costs.values()], 0.5)
  return median === null ? null : { medianUsd: median, pullRequests: costs.size, days: TYPICAL_DAYS }
}
