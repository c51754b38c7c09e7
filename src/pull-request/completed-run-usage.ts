/**
 * One completed run → its comment row: the run's own artifacts (one listing), the usage artifact chosen as a
 * collection chooses it, downloaded and summarised by the collector's download pool, priced with the catalogue the
 * settings ask for, and its numbers taken from the analysis, so a run reads the same here as in a daily report.
 */
import { analyseRuns, runHasData } from '../analysis/runs/analyse-runs.js'
import { defaultArtifactNames } from '../collect/artifact-choice.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import { defaultApiReserve } from '../collect/collect-defaults.js'
import { planDownloads, summaryWithoutData } from '../collect/collection-plan.js'
import { downloadPlannedRuns } from '../collect/download-pool.js'
import type { GitHubClient, RunArtifact, WorkflowRun } from '../github/github-client.js'
import type { PullRequests } from '../github/pull-requests.js'
import { defaultArchiveLimits, tokenFileSourcesInZip, type ArchiveLimits } from '../usage/archive.js'
import { artifactNameMatches } from '../usage/artifact-name.js'
import type { NormalisationRules } from '../usage/normalise.js'
import { loadPriceCatalogue, type PriceCatalogue, type PriceUpdateMode } from '../usage/price-catalogue.js'
import { createPriceBook, type PriceOverrides } from '../usage/pricing.js'
import type { RunSummary } from '../usage/run-summary.js'
import type { PullRequestRun } from './pull-request-runs.js'

export interface RunUsageSettings {
  artifactNames: string[]
  providers: string[]
  tokenSemantics: NormalisationRules
  priceOverrides: PriceOverrides
  pricesUpdate: PriceUpdateMode
  archiveLimits?: ArchiveLimits
}

export interface RunUsageDeps {
  runs: Pick<GitHubClient, 'downloadArtifact' | 'apiBudget'>
  pulls: Pick<PullRequests, 'artifactsOfRun'>
  log: CollectLogger
  tempDir: string
  loadPrices?(update: PriceUpdateMode): Promise<PriceCatalogue>
}

/** The run's usage as a RunSummary (never throws for the run's own trouble: it becomes the summary's state). */
export async function summariseCompletedRun(
  run: WorkflowRun,
  settings: RunUsageSettings,
  deps: RunUsageDeps,
): Promise<RunSummary> {
  const prices = deps.loadPrices
    ? await deps.loadPrices(settings.pricesUpdate)
    : await loadPriceCatalogue({ update: 'off' })
  if (prices.warning) deps.log.warning(prices.warning)
  const names = settings.artifactNames.length > 0 ? settings.artifactNames : defaultArtifactNames
  let artifacts: RunArtifact[]
  try {
    artifacts = await deps.pulls.artifactsOfRun(run.id)
  } catch (error) {
    return summaryWithoutData(run, 'download-failed', (error as Error).message)
  }
  const lists = new Map(names.map((name) => [name, artifacts.filter((a) => artifactNameMatches(a.name, name))]))
  const plan = planDownloads([run], lists, names)
  if (plan.withoutArtifact.length > 0) return plan.withoutArtifact[0].summary
  const pool = await downloadPlannedRuns(plan.downloads, {
    client: deps.runs,
    concurrency: 1,
    apiReserve: Math.min(defaultApiReserve, 10),
    limits: settings.archiveLimits ?? defaultArchiveLimits,
    summarise: {
      priceBook: createPriceBook(settings.priceOverrides),
      normalisation: settings.tokenSemantics,
      ...(settings.providers.length > 0 ? { providers: settings.providers } : {}),
    },
    readArtifact: tokenFileSourcesInZip,
    tempDir: deps.tempDir,
    logger: deps.log,
    progressIntervalMs: 60_000,
  })
  return pool.summaries.get(run.id) ?? summaryWithoutData(run, 'not-reached')
}

/** The comment row of a summarised run: its numbers as the analysis computes them for any run. */
export function pullRequestRunOf(run: WorkflowRun, summary: RunSummary): PullRequestRun {
  const report = analyseRuns([summary])
  const metrics = report.workflows[0]?.runDetails[0]
  return {
    runId: String(run.id),
    attempt: run.attempt,
    workflow: run.workflowName,
    url: run.url,
    conclusion: run.conclusion ?? 'unknown',
    state: summary.state,
    hasData: runHasData(summary),
    requests: metrics?.requests ?? 0,
    totalTokens: metrics?.totalTokens ?? 0,
    costUsd: metrics?.costUsd ?? 0,
    aiCredits: metrics?.aiCredits ?? null,
    createdAt: run.createdAt,
  }
}
