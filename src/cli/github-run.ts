/**
 * The `github` command's work: the GitHub, artifact and cache stack, loaded only when the command runs (a dynamic
 * import in github-command.ts), so the other commands and `--help` start without it.
 */
import { defaultApiReserve, defaultArtifactNames, defaultConcurrency } from '../engine/github-collection.js'
import { maxConcurrency } from '../settings/collect-defaults.js'
import { pricesLoader } from '../engine/prices-loader.js'
import { collectAndAnalyse, DirectorySummaryCache } from '../engine/repository-report.js'
import { defaultNormalisationRules } from '../engine/settings-names.js'
import { environmentToken } from '../github/api-failure.js'
import { createGitHubClient } from '../github/github-client.js'
import { withStdoutReservedForReport } from '../github/library-stdout.js'
import { RUN_CONCLUSIONS } from '../github/run-conclusions.js'
import { TimeBudget } from '../github/time-budget.js'
import { totalsLineOf } from '../report/totals-line.js'
import { unknownName } from '../settings/known-names.js'
import { listInput } from '../settings/list-input.js'
import { plainNumber } from '../settings/number-input.js'
import { parseDurationMs } from '../settings/time-input.js'
import { parseRepository } from '../settings/repository-input.js'
import { UsageError } from './cli-errors.js'
import { stderrLog, type CliIo } from './cli-io.js'
import type { GitHubCommandEnv, RawGitHubOptions } from './github-command.js'
import { checkDirectoryOption, checkOutFile } from './output-paths.js'
import { pastTimeOption, readReportSettings } from './report-settings.js'
import { printReport } from './report-run.js'

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

function wholeNumberOption(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (text === undefined) return fallback
  const value = plainNumber(text)
  if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`
    throw new UsageError(`Invalid ${name} '${text}'. Expected a whole number ${range}.`)
  }
  return value
}

/** GITHUB_TOKEN, else GH_TOKEN; a usage error saying how to set one when neither is. */
function tokenOf(
  env: GitHubCommandEnv,
  repository: string,
): { tokenVariable: 'GITHUB_TOKEN' | 'GH_TOKEN'; token: string } {
  const tokenVariable = env.GITHUB_TOKEN?.trim() ? 'GITHUB_TOKEN' : 'GH_TOKEN'
  const token = (env[tokenVariable] ?? '').trim()
  if (!token) {
    throw new UsageError(
      'GITHUB_TOKEN is not set (nor GH_TOKEN). Export a token that can read the Actions of ' +
        `${repository}, e.g. GITHUB_TOKEN=$(gh auth token) token-usage-analyzer github --repo ${repository}`,
    )
  }
  return { tokenVariable, token }
}

/** --time-budget: counted from now; the downloads stop in time to print what was read. */
function timeBudgetOption(text: string | undefined): TimeBudget | undefined {
  if (text === undefined) return undefined
  const ms = parseDurationMs(text.trim())
  if (ms === undefined || ms <= 0)
    throw new UsageError(`Invalid --time-budget '${text}'. Expected a duration (10m, 90s).`)
  return new TimeBudget(text.trim(), ms)
}

/** Collects the repository's runs for validated options and prints the report. */
export async function runGitHub(raw: RawGitHubOptions, io: CliIo, env: GitHubCommandEnv): Promise<void> {
  const repository = (raw.repo ?? env.GITHUB_REPOSITORY ?? '').trim()
  const parts = parseRepository(repository)
  if (!parts) throw new UsageError(`Invalid --repo '${repository}'. Expected format {owner}/{repo}.`)
  // The report options (format, prices, thresholds) are the `report` command's; its since/until filter records,
  // ours select runs, so they are read here.
  const report = readReportSettings(
    ['github'],
    { ...raw, since: undefined, until: undefined },
    new Date(),
    io.outIsTerminal,
  )
  const now = new Date()
  const until = raw.until === undefined ? now : pastTimeOption('--until', raw.until, now)
  const since = pastTimeOption('--since', raw.since ?? '24h', now, until)
  if (since > until) throw new UsageError(`--since '${raw.since}' is after --until '${raw.until}'.`)
  const conclusions = conclusionsOption(raw.conclusions)
  const concurrency = wholeNumberOption('--concurrency', raw.concurrency, defaultConcurrency, 1, maxConcurrency)
  const apiReserve = wholeNumberOption('--api-reserve', raw.apiReserve, defaultApiReserve, 0)
  const timeBudget = timeBudgetOption(raw.timeBudget)
  // Every path is checked before the first request: a bad one would otherwise fail after the downloads.
  if (report.outFile) await checkOutFile(report.outFile)
  if (raw.saveArtifacts) await checkDirectoryOption('--save-artifacts', raw.saveArtifacts)
  if (raw.cacheDir) await checkDirectoryOption('--cache-dir', raw.cacheDir)
  const { tokenVariable, token } = tokenOf(env, repository)
  const artifactNames = list(raw.artifactNames) ?? defaultArtifactNames
  const logger = stderrLog(io)
  const client = createGitHubClient({
    token,
    owner: parts.owner,
    repo: parts.repo,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    log: { info: () => undefined, warning: logger.warning },
    credentials: environmentToken(tokenVariable),
    ...(timeBudget ? { timeBudget } : {}),
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
        ...(report.pricingFile ? { pricingFile: report.pricingFile } : {}),
        pricesUpdate: report.updatePrices ? 'auto' : 'off',
        thresholds: report.thresholds,
        concurrency,
        apiReserve,
        ...(raw.saveArtifacts ? { saveArtifactsDir: raw.saveArtifacts } : {}),
      },
      {
        runs: client,
        ...(raw.cacheDir
          ? { openSummaryCache: (fingerprint: string) => new DirectorySummaryCache(raw.cacheDir!, fingerprint, logger) }
          : {}),
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
}
