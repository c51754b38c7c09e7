/**
 * The daily mode's organisation steps, when the `repositories` input is set: which repositories (the selection
 * with each `owner/*` expanded), their runs as one source of the engine, and the repository table on the analysed
 * report. The report itself is the daily one: published to the `repository` input, one issue a day.
 */
import { repositoryMetricsOf, type RepositoryBaseline } from '../analysis/repositories/repository-metrics.js'
import type { ReportData } from '../analysis/report-data.js'
import { baselineWindowsOf, DEFAULT_BASELINE, type BaselineSpan } from '../analysis/trends/baseline-window.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import { plural } from '../common/value-format.js'
import type { GitHubSurface } from '../github/github-surface.js'
import type { EarlierReport } from '../series/earlier-reports.js'
import { organisationSource, type OrganisationSource } from '../organisation/collect-organisation.js'
import { splitWorkflow } from '../organisation/qualified-names.js'
import { selectRepositories, type ListedRepository } from '../organisation/repository-selection.js'
import type { RepositorySelection } from '../settings/repositories-input.js'
import type { ActionSettings } from '../settings/action-settings.js'
import { federatedSource } from './federated-source.js'

/** The selected repositories, sorted; each `owner/*` listed once. */
export async function resolveRepositories(
  selection: RepositorySelection,
  github: Pick<GitHubSurface, 'listRepositories'>,
  log: CollectLogger,
): Promise<string[]> {
  const listings = new Map<string, ListedRepository[]>()
  for (const owner of selection.owners) listings.set(owner.toLowerCase(), await github.listRepositories(owner))
  const selected = selectRepositories(selection, listings)
  log.info(
    `${plural(selected.repositories.length, 'repository', 'repositories')} selected: ` +
      `${selected.repositories.slice(0, 20).join(', ')}${selected.repositories.length > 20 ? ', …' : ''}.`,
  )
  if (selected.archivedSkipped.length > 0) {
    log.info(
      `Archived and left out (name one to include it): ${selected.archivedSkipped.slice(0, 20).join(', ')}` +
        `${selected.archivedSkipped.length > 20 ? ', …' : ''}.`,
    )
  }
  if (selected.repositories.length === 0) {
    throw new Error("Input 'repositories' selects no repository the token can see.")
  }
  return selected.repositories
}

/** The repositories as one source of runs, on the surface's token and budget. */
export function organisationSourceOf(repositories: readonly string[], github: GitHubSurface): OrganisationSource {
  return organisationSource({
    repositories,
    clientFor: (repository) => github.runsOf(repository),
    budget: () => github.apiBudget(),
  })
}

/** What the baseline's reports held per repository (an organisation report's workflows name their repository). */
export function repositoryBaselineOf(
  previous: readonly EarlierReport[],
  date: string,
  span: BaselineSpan = DEFAULT_BASELINE,
): Map<string, RepositoryBaseline> {
  const withBlock = previous.filter((p) => p.block !== null)
  const windows = baselineWindowsOf(
    withBlock.map((p) => ({ date: p.date, number: p.number, window: p.window, workflows: [] })),
    date,
    span,
  )
  const baseline = new Map<string, RepositoryBaseline>()
  for (const window of windows) {
    const report = withBlock.find((p) => p.number === window.number)
    for (const w of report?.block?.workflows ?? []) {
      const repository = splitWorkflow(w.name)?.repository
      if (!repository) continue
      const sum = baseline.get(repository) ?? { runsWithData: 0, costUsd: 0 }
      baseline.set(repository, { runsWithData: sum.runsWithData + w.runsWithData, costUsd: sum.costUsd + w.costUsd })
    }
  }
  return baseline
}

/** The analysed report with each workflow's repository and the repository table. */
export function withRepositories(
  report: ReportData,
  source: OrganisationSource,
  baseline: ReadonlyMap<string, RepositoryBaseline>,
): ReportData {
  const workflows = report.workflows.map((w) => {
    const repository = splitWorkflow(w.name)?.repository
    return repository ? { ...w, repository } : w
  })
  const readings = source.outcomes().map(({ repository, status, reason }) => ({
    repository,
    status,
    ...(reason ? { reason } : {}),
  }))
  return { ...report, workflows, repositories: repositoryMetricsOf(readings, workflows, baseline) }
}

/** The organisation source when the `repositories` input is set; undefined for a single repository's report. */
export async function organisationOf(
  settings: Pick<ActionSettings, 'repositories' | 'source' | 'labels'>,
  github: GitHubSurface,
  log: CollectLogger,
): Promise<OrganisationSource | undefined> {
  if (!settings.repositories) return undefined
  log.startGroup('Selecting repositories')
  try {
    const repositories = await resolveRepositories(settings.repositories, github, log)
    if (settings.source === 'runs') return organisationSourceOf(repositories, github)
    return federatedSource(repositories, github, { label: settings.labels[0]!, kind: settings.source })
  } finally {
    log.endGroup()
  }
}
