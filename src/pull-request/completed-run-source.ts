/**
 * One completed run as a source of the engine (a pull request comment's new run): the run's own artifacts (one
 * listing), the usage artifact chosen as a collection chooses it, downloaded and summarised by the collector's
 * download pool with the engine's reading. Then the engine analyses it like any run, so a run reads the same in its
 * pull request's comment as in a daily report.
 */
import { defaultArtifactNames } from '../collect/artifact-choice.js'
import { defaultApiReserve } from '../settings/collect-defaults.js'
import { planDownloads, summaryWithoutData } from '../collect/collection-plan.js'
import { downloadPlannedRuns } from '../collect/download-pool.js'
import type { RunSource, SourceReading } from '../engine/run-source.js'
import type { GitHubClient, WorkflowRun } from '../github/github-client.js'
import type { PullRequests } from '../github/pull-requests.js'
import { defaultArchiveLimits, tokenFileSourcesInZip, type ArchiveLimits } from '../usage/archive.js'
import { artifactNameMatches } from '../usage/artifact-name.js'
import type { RunSummary } from '../usage/run-summary.js'

export interface CompletedRunRequest {
  run: WorkflowRun
  /** Artifact names in order of preference (empty: the defaults). */
  artifactNames: readonly string[]
  archiveLimits?: ArchiveLimits
  /** Parent of the temporary download directory. */
  tempDir: string
}

export interface CompletedRunClients {
  runs: Pick<GitHubClient, 'downloadArtifact' | 'apiBudget'>
  pulls: Pick<PullRequests, 'artifactsOfRun'>
}

/** The source of one run: never throws for the run's own trouble, which becomes its summary's state. */
export function completedRunSource(request: CompletedRunRequest, clients: CompletedRunClients): RunSource {
  return {
    async read(context): Promise<SourceReading> {
      const { run } = request
      const reading = (summary: RunSummary): SourceReading => ({
        runs: [summary],
        window: { since: run.createdAt, until: run.createdAt },
        unfinished: [],
        failures: [],
      })
      const names = request.artifactNames.length > 0 ? [...request.artifactNames] : defaultArtifactNames
      let artifacts
      try {
        artifacts = await clients.pulls.artifactsOfRun(run.id)
      } catch (error) {
        return reading(summaryWithoutData(run, 'download-failed', (error as Error).message))
      }
      const lists = new Map(names.map((name) => [name, artifacts.filter((a) => artifactNameMatches(a.name, name))]))
      const plan = planDownloads([run], lists, names)
      if (plan.withoutArtifact.length > 0) return reading(plan.withoutArtifact[0].summary)
      const pool = await downloadPlannedRuns(plan.downloads, {
        client: clients.runs,
        concurrency: 1,
        // One download: a small reserve is enough for the comment's few requests that follow.
        apiReserve: Math.min(defaultApiReserve, 10),
        limits: request.archiveLimits ?? defaultArchiveLimits,
        summarise: context.summarise,
        readArtifact: tokenFileSourcesInZip,
        tempDir: request.tempDir,
        logger: context.log,
        progressIntervalMs: 60_000,
      })
      return reading(pool.summaries.get(run.id) ?? summaryWithoutData(run, 'not-reached'))
    },
  }
}
