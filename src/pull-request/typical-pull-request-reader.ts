/**
 * Reads the repository's typical pull request from the daily reports of the last 30 days (one issue listing, no
 * artifact): the pull request rows each daily report keeps in its "Pull requests" section.
 */
import { utcDayOf } from '../common/periods.js'
import type { ReportIssues } from '../github/report-issues.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import { REPORT_MARKER } from '../series/markers.js'
import type { ActionSettings } from '../settings/action-settings.js'
import { readPullRequestCosts } from '../report/pull-request-costs-block.js'
import {
  TYPICAL_DAYS,
  typicalPullRequestOf,
  type PullRequestDayCost,
  type TypicalPullRequest,
} from './typical-pull-request.js'

export async function readTypicalPullRequest(
  issues: Pick<ReportIssues, 'findReports'>,
  settings: Pick<ActionSettings, 'labels'>,
  deps: { log: Pick<CollectLogger, 'warning'>; clock(): Date },
  exclude: number,
): Promise<TypicalPullRequest | null> {
  const since = Date.parse(utcDayOf(new Date(deps.clock().getTime() - TYPICAL_DAYS * 86_400_000)))
  try {
    const found = await issues.findReports({
      label: settings.labels[0],
      marker: REPORT_MARKER,
      state: 'all',
      // One report a day, with room for re-runs and rollups.
      limit: TYPICAL_DAYS * 2,
    })
    const days: PullRequestDayCost[][] = []
    for (const issue of found) {
      if (Date.parse(issue.createdAt) < since) continue
      const reading = readPullRequestCosts(issue.body)
      if (reading.status === 'ok') days.push(reading.rows)
      else if (reading.status === 'invalid') {
        deps.log.warning(`Daily report #${issue.number}: its pull request block is left out (${reading.reason}).`)
      }
    }
    return typicalPullRequestOf(days, exclude)
  } catch (error) {
    // The comparison is extra: without it the comment still says what this pull request cost.
    deps.log.warning(`The typical pull request could not be read from the daily reports: ${(error as Error).message}`)
    return null
  }
}
