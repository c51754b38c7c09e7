/**
 * An organisation report sharded on the Actions matrix: `plan` splits the selected repositories into the output
 * `matrix`; each `shard` job collects its repositories into a partial summary file (output `partial-path`, for
 * actions/upload-artifact); `merge` publishes the one report from the downloaded partials, through the daily mode,
 * so it is the same day's issue with the numbers one job would give.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { NullSummaryCache } from '../collect/summary-cache.js'
import { plural } from '../common/value-format.js'
import { earlierReportLimit, earlierReportsOf } from '../series/earlier-reports.js'
import { planWindow } from './report-window.js'
import { parsePartial, partialText } from '../organisation/partial-file.js'
import { latestWindowOf, partialsSource, type FoundPartial } from '../organisation/partials-source.js'
import { splitWorkflow } from '../organisation/qualified-names.js'
import { planShards } from '../organisation/shard-plan.js'
import type { ActionSettings } from '../settings/action-settings.js'
import type { RepositorySelection } from '../settings/repositories-input.js'
import { TOOL_VERSION } from '../versions.js'
import { collectAndAnalyse } from '../engine/repository-report.js'
import { runDailyReport } from './daily-report.js'
import { organisationSourceOf, resolveRepositories } from './organisation-steps.js'
import type { ActionDeps } from './run-action.js'

const isoSeconds = (date: Date): string => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString()

/** The earlier reports of the series, newest first (one listing). */
async function earlierReports(settings: ActionSettings, deps: ActionDeps, now: Date) {
  const found = await deps.github.issues.findReports({
    label: settings.labels[0]!,
    state: 'all',
    limit: earlierReportLimit(settings),
  })
  return earlierReportsOf(found, { label: settings.labels[0]!, now, log: deps.log })
}

function selectionOf(settings: ActionSettings): RepositorySelection {
  if (!settings.repositories) throw new Error(`Input 'repositories' is empty: mode '${settings.mode}' needs it.`)
  return settings.repositories
}

/** `mode: plan`: the output `matrix` (and `until`, the window's end every shard and the merge share). */
export async function runPlan(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  const now = settings.until ?? deps.clock()
  const repositories = await resolveRepositories(selectionOf(settings), deps.github, deps.log)
  const previous = (await earlierReports(settings, deps, now)).find((p) => p.block !== null)
  const runCounts = new Map<string, number>()
  for (const w of previous?.block?.workflows ?? []) {
    const repository = splitWorkflow(w.name)?.repository.toLowerCase()
    if (repository) runCounts.set(repository, (runCounts.get(repository) ?? 0) + w.runs)
  }
  const until = isoSeconds(now)
  const include = planShards(repositories, runCounts, settings.shards, until)
  deps.log.info(
    `${plural(repositories.length, 'repository', 'repositories')} in ${plural(include.length, 'shard')}` +
      (previous ? `, balanced by their runs in report #${previous.number}.` : ' (no earlier report: one run each).'),
  )
  deps.setOutput('matrix', JSON.stringify({ include }))
  deps.setOutput('until', until)
}

/** `mode: shard`: collects the shard's repositories for the window the daily report would cover. */
export async function runShard(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  const now = settings.until ?? deps.clock()
  const repositories = await resolveRepositories(selectionOf(settings), deps.github, deps.log)
  const previous = await earlierReports(settings, deps, now)
  const window = planWindow({
    latest: previous[0],
    now,
    lookback: settings.lookback,
    maxLookback: settings.maxLookback,
  })
  deps.log.info(`Window ${window.since} to ${window.until}. ${window.note}`)
  const organisation = organisationSourceOf(repositories, deps.github)
  const { collected } = await collectAndAnalyse(
    {
      ...settings,
      repository: `${settings.owner}/${settings.repo}`,
      since: new Date(Math.min(Date.parse(window.since) + 1000, now.getTime())),
      until: now,
      carriedRuns: previous[0]?.block?.unfinished ?? [],
      ...(deps.env.runId ? { excludeRunId: deps.env.runId } : {}),
      tempDir: deps.env.tempDir,
    },
    {
      runs: deps.github.runs,
      source: organisation.source,
      openSummaryCache: (fingerprint) => (settings.cache ? deps.openSummaryCache(fingerprint) : new NullSummaryCache()),
      log: deps.log,
      clock: () => now,
      ...(deps.loadPrices ? { loadPrices: deps.loadPrices } : {}),
    },
  )
  const shardWindow = { since: window.since, until: window.until }
  const text = partialText(shardWindow, organisation.outcomes(), collected.unfinished, TOOL_VERSION)
  const name = createHash('sha256').update(repositories.join(',')).digest('hex').slice(0, 16)
  const file = path.join(deps.env.tempDir, 'token-usage-analyzer', `partial-${name}.json`)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, text)
  deps.log.info(`Partial summary of ${plural(collected.runs.length, 'run')}: ${file}`)
  deps.setOutput('partial-path', file)
}

/** Every `*.json` under the directory (download-artifact lays them out flat or one directory per artifact). */
async function partialFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw new Error(`Input 'partials': '${dir}' cannot be read (${(error as Error).message}).`)
  })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}

/** `mode: merge`: the daily report of the partials' window, from the partials. */
export async function runMerge(settings: ActionSettings, deps: ActionDeps): Promise<void> {
  const files = await partialFiles(settings.partials)
  const found: FoundPartial[] = await Promise.all(
    files.map(async (file) => ({
      file: path.relative(settings.partials, file),
      read: parsePartial(await readFile(file, 'utf8')),
    })),
  )
  deps.log.info(`${plural(found.length, 'partial summary', 'partial summaries')} in '${settings.partials}'.`)
  const latest = latestWindowOf(found)
  const until = settings.until ?? (latest ? new Date(latest.until) : undefined)
  await runDailyReport({ ...settings, ...(until ? { until } : {}) }, deps, async (_settings, github, log) =>
    partialsSource(found, await resolveRepositories(selectionOf(settings), github, log), github.apiBudget, log),
  )
}
