/**
 * `source: reports`: an organisation report built from each repository's own daily reports instead of its runs.
 * Each repository's report issues carry their numbers in the hidden data block, paid for by that repository's own
 * API budget: reading them costs one listing per repository whatever its run count, and no artifact is downloaded.
 * The reports counted are those whose window ends in the organisation report's window, written by a bot (the
 * action's token: GITHUB_TOKEN or an App) and carrying the report marker: the series' trust rule. A repository
 * without such a report is named (`source: reports`) or collected from its runs (`source: auto`).
 */
import { collectRuns } from '../collect/collect-runs.js'
import type { UnfinishedRun } from '../collect/collection-plan.js'
import { collectionWindow } from '../collect/collection-window.js'
import type { GitHubSurface } from '../github/github-surface.js'
import type { ReportIssue } from '../github/report-issues.js'
import { readEarlierReports, type EarlierReport } from '../series/earlier-reports.js'
import { earlierReadingsOf } from '../series/todays-report.js'
import {
  mergedResult,
  engineSource,
  repositoryFailureReason,
  type CollectAll,
  type OrganisationSource,
  type RepositoryOutcome,
} from '../organisation/collect-organisation.js'
import { qualifiedRun } from '../organisation/qualified-names.js'
import { REPORT_MARKER } from '../series/markers.js'
import { summaryWithoutUsage, type RunSummary, type RunState } from '../usage/run-summary.js'

/** Only what the action wrote: a bot's issue carrying the report marker. */
const writtenByTheAction = (issue: ReportIssue): boolean =>
  (issue.author ?? '').endsWith('[bot]') && issue.body.includes(REPORT_MARKER)

/** The runs of one repository's reports (one report per day: the newest of a date), keyed by repository. */
function runsOfReports(repository: string, reports: readonly EarlierReport[]): RunSummary[] {
  const runs = new Map<string, RunSummary>()
  const dates = new Set<string>()
  for (const report of reports) {
    if (!report.block || dates.has(report.date)) continue
    dates.add(report.date)
    const readings = earlierReadingsOf(report.block)
    for (const row of report.block.runs) {
      const workflow = report.block.workflows[row.w]?.name ?? '(unnamed)'
      const base = summaryWithoutUsage({ workflow, runId: row.id }, row.state as RunState)
      const models = readings.get(row.id)?.models ?? []
      runs.set(row.id, qualifiedRun(repository, { ...base, models }))
    }
  }
  return [...runs.values()]
}

export function federatedSource(
  repositories: readonly string[],
  github: GitHubSurface,
  options: { label: string; kind: 'reports' | 'auto' },
): OrganisationSource {
  const outcomes: RepositoryOutcome[] = []
  const collectAll: CollectAll = async (collect, openCache) => {
    const startedAt = Date.now()
    const now = (collect.now ?? (() => new Date()))()
    const window = collectionWindow(collect.since, collect.until, now)
    const inWindow = (r: EarlierReport) =>
      Date.parse(r.window.until) >= window.since.getTime() && Date.parse(r.window.until) <= window.until.getTime()
    const read = async (repository: string): Promise<RepositoryOutcome> => {
      const base = { repository, since: window.since.toISOString(), runs: [], unfinished: [] as UnfinishedRun[] }
      try {
        const found = await github.issuesOf(repository).findReports({ label: options.label, state: 'all', limit: 30 })
        const reports = readEarlierReports(found.filter(writtenByTheAction), { now, excludeDate: '' }).filter(inWindow)
        if (reports.length > 0) return { ...base, status: 'collected', runs: runsOfReports(repository, reports) }
        if (options.kind === 'reports') {
          const reason = `no daily report of its own labelled '${options.label}' ended in this window.`
          return { ...base, status: 'failed', reason }
        }
        const result = await collectRuns(github.runsOf(repository), openCache(repository), collect)
        return { ...base, status: 'collected', runs: result.runs.map((run) => qualifiedRun(repository, run)) }
      } catch (error) {
        return { ...base, status: 'failed', reason: repositoryFailureReason(error, repository) }
      }
    }
    outcomes.splice(0, outcomes.length, ...(await Promise.all(repositories.map(read))))
    return mergedResult(outcomes, window, github.apiBudget(), startedAt)
  }
  return { source: engineSource(collectAll, () => outcomes), outcomes: () => outcomes }
}
