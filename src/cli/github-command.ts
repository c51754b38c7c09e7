/**
 * `token-usage-analyzer github --repo OWNER/NAME`: collects the runs of a repository from the GitHub API, as the
 * action does, and prints the report. It writes nothing to GitHub.
 */
import { Command } from 'commander'
import { defaultArtifactNames } from '../collect/artifact-choice.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import { defaultApiReserve, defaultConcurrency } from '../collect/collect-runs.js'
import { DirectorySummaryCache } from '../collect/directory-summary-cache.js'
import { defaultConclusions } from '../collect/run-selection.js'
import { NullSummaryCache } from '../collect/summary-cache.js'
import { environmentToken } from '../github/api-failure.js'
import { createGitHubClient } from '../github/github-client.js'
import { withStdoutReservedForReport } from '../github/library-stdout.js'
import { collectAndAnalyse } from '../orchestrator/collect-and-analyse.js'
import { listInput } from '../settings/list-input.js'
import { plainNumber } from '../settings/number-input.js'
import { parseRepository } from '../settings/repository-input.js'
import { RUN_CONCLUSIONS } from '../github/run-conclusions.js'
import { unknownName } from '../settings/known-names.js'
import { defaultNormalisationRules } from '../usage/normalise.js'
import { pricesLoader } from '../orchestrator/prices-loader.js'
import { totalsLineOf } from '../report/totals-line.js'
import { loadPriceOverrides } from '../usage/pricing.js'
import { UsageError } from './cli-errors.js'
import type { CliIo } from './cli-io.js'
import { printReport, withReportOptions } from './report-command.js'
import { checkDirectoryOption, checkOutFile } from './output-paths.js'
import { pastTimeOption, readReportSettings, type RawReportOptions } from './report-settings.js'

interface RawGitHubOptions extends RawReportOptions {
  repo?: string
  workflows?: string
  excludeWorkflows?: string
  conclusions?: string
  artifactNames?: string
  concurrency?: string
  apiReserve?: string
  saveArtifacts?: string
  cacheDir?: string
}

function list(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : listInput(text)
}

/** --conclusions: GitHub's run conclusions only, so a typo is an error instead of a report of no runs. */
function conclusionsOption(text: string | undefined): string[] | undefined {
  const conclusions = list(text)?.map((conclusion) => conclusion.toLowerCase())
  const unknown = conclusions && unknownName(conclusions, RUN_CONCLUSIONS)
  if (unknown) throw new UsageError(`Invalid --conclusions '${unknown.name}'. ${unknown.expected}`)
  return conclusions
}

function wholeNumberOption(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback
  const value = plainNumber(text)
  if (value === undefined || !Number.isInteger(value) || value < min) {
    throw new UsageError(`Invalid ${name} '${text}'. Expected a whole number of at least ${min}.`)
  }
  return value
}

/** The collector's progress on stderr: stdout carries only the report. */
function stderrLogger(io: CliIo): CollectLogger {
  return {
    info: (message) => io.err(`${message}\n`),
    warning: (message) => io.err(`warning: ${message}\n`),
    startGroup: (name) => io.err(`${name}\n`),
    endGroup: () => undefined,
  }
}

export interface GitHubCommandEnv {
  GITHUB_TOKEN?: string
  GH_TOKEN?: string
  GITHUB_API_URL?: string
  GITHUB_REPOSITORY?: string
  /** The remote price catalogue's URL for --update-prices (tests: a local server). */
  TOKEN_USAGE_ANALYZER_PRICES_URL?: string
}

export function githubCommand(io: CliIo, env: GitHubCommandEnv = process.env): Command {
  const command = new Command('github')
    .description(
      'Collect the runs of a GitHub repository (GITHUB_TOKEN, GITHUB_API_URL) and print the report; nothing is written to GitHub',
    )
    .option('--repo <owner/name>', 'repository (default: $GITHUB_REPOSITORY)')
    .option('--since <time>', 'runs created since: ISO time or a duration before --until (24h, 7d)', '24h')
    .option('--until <time>', 'runs created until: ISO time or a duration before now (default: now)')
    .option('--workflows <list>', 'only these workflows, by name or file name, comma-separated')
    .option('--exclude-workflows <list>', 'leave out these workflows, comma-separated')
    .option('--conclusions <list>', `run conclusions to include (default ${defaultConclusions.join(',')})`)
    .option(
      '--artifact-names <list>',
      `artifact names in order of preference (default ${defaultArtifactNames.join(',')})`,
    )
    .option('--concurrency <n>', `downloads at once (default ${defaultConcurrency})`)
    .option('--api-reserve <n>', `API requests to leave unused (default ${defaultApiReserve})`)
    .option('--save-artifacts <dir>', 'keep the downloaded artifacts as DIR/<workflow>/<run-id>/<artifact>.zip')
    .option('--cache-dir <dir>', 'keep run summaries here so that a later collection downloads only new runs')
  return withReportOptions(command).action(async (raw: RawGitHubOptions) => {
    const repository = (raw.repo ?? env.GITHUB_REPOSITORY ?? '').trim()
    const parts = parseRepository(repository)
    if (!parts) throw new UsageError(`Invalid --repo '${repository}'. Expected format {owner}/{repo}.`)
    // The report options (format, prices, thresholds) are the `report` command's; its since/until filter records,
    // ours select runs, so they are read here.
    const report = readReportSettings(['github'], { ...raw, since: undefined, until: undefined })
    const now = new Date()
    const until = raw.until === undefined ? now : pastTimeOption('--until', raw.until, now)
    const since = pastTimeOption('--since', raw.since ?? '24h', now, until)
    if (since > until) throw new UsageError(`--since '${raw.since}' is after --until '${raw.until}'.`)
    const conclusions = conclusionsOption(raw.conclusions)
    const concurrency = wholeNumberOption('--concurrency', raw.concurrency, defaultConcurrency, 1)
    const apiReserve = wholeNumberOption('--api-reserve', raw.apiReserve, defaultApiReserve, 0)
    // Every path is checked before the first request: a bad one would otherwise fail after the downloads.
    if (report.outFile) await checkOutFile(report.outFile)
    if (raw.saveArtifacts) await checkDirectoryOption('--save-artifacts', raw.saveArtifacts)
    if (raw.cacheDir) await checkDirectoryOption('--cache-dir', raw.cacheDir)
    const tokenVariable = env.GITHUB_TOKEN?.trim() ? 'GITHUB_TOKEN' : 'GH_TOKEN'
    const token = (env[tokenVariable] ?? '').trim()
    if (!token) {
      throw new UsageError(
        'GITHUB_TOKEN is not set (nor GH_TOKEN). Export a token that can read the Actions of ' +
          `${repository}, e.g. GITHUB_TOKEN=$(gh auth token) token-usage-analyzer github --repo ${repository}`,
      )
    }
    const priceOverrides = report.pricingFile ? await loadPriceOverrides(report.pricingFile) : {}
    const artifactNames = list(raw.artifactNames) ?? defaultArtifactNames
    const logger = stderrLogger(io)
    const client = createGitHubClient({
      token,
      owner: parts.owner,
      repo: parts.repo,
      ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
      log: { info: () => undefined, warning: logger.warning },
      credentials: environmentToken(tokenVariable),
    })
    const { collected: result, report: data } = await withStdoutReservedForReport(() =>
      collectAndAnalyse(
        {
          repository,
          since,
          until,
          workflows: list(raw.workflows),
          excludeWorkflows: list(raw.excludeWorkflows),
          conclusions,
          artifactNames,
          providers: report.providers ?? [],
          tokenSemantics: report.tokenSemantics ?? defaultNormalisationRules,
          priceOverrides,
          pricesUpdate: report.updatePrices ? 'auto' : 'off',
          thresholds: report.thresholds,
          concurrency,
          apiReserve,
          ...(raw.saveArtifacts ? { saveArtifactsDir: raw.saveArtifacts } : {}),
        },
        {
          runs: client,
          openSummaryCache: (fingerprint) =>
            raw.cacheDir ? new DirectorySummaryCache(raw.cacheDir, fingerprint, logger) : new NullSummaryCache(),
          log: logger,
          clock: () => now,
          loadPrices: pricesLoader(env),
        },
      ),
    )
    const budget = result.apiBudget
    io.err(
      `Collected ${result.runs.length} runs in ${(result.elapsedMs / 1000).toFixed(1)} s: ${result.downloaded} downloaded, ` +
        `${result.fromCache} from the cache; API requests: ${budget.requests} made` +
        (budget.remaining !== undefined ? `, ${budget.remaining} left` : '') +
        '.\n',
    )
    io.err(`${totalsLineOf(data)}\n`)
    await printReport(data, report, io)
  })
}
