/**
 * `token-usage-analyzer github --repo OWNER/NAME`: collects the runs of a repository from the GitHub API, as the
 * action does, and prints the report. It writes nothing to GitHub.
 */
import { Command } from 'commander'
import {
  defaultApiReserve,
  defaultArtifactNames,
  defaultConclusions,
  defaultConcurrency,
} from '../engine/github-collection.js'
import type { CliIo } from './cli-io.js'
import { withReportOptions } from './report-command.js'
import type { RawReportOptions } from './report-settings.js'

export interface RawGitHubOptions extends RawReportOptions {
  repo?: string
  workflows?: string
  excludeWorkflows?: string
  conclusions?: string
  artifactNames?: string
  concurrency?: string
  apiReserve?: string
  timeBudget?: string
  saveArtifacts?: string
  cacheDir?: string
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
    .option(
      '--time-budget <duration>',
      'stop downloading when a fifth of this (at most 2 min) is left and report what was read (10m, 90s; default: none)',
    )
    .option('--save-artifacts <dir>', 'keep the downloaded artifacts as DIR/<workflow>/<run-id>/<artifact>.zip')
    .option('--cache-dir <dir>', 'keep run summaries here so that a later collection downloads only new runs')
  return withReportOptions(command).action(async (raw: RawGitHubOptions) => {
    const { runGitHub } = await import('./github-run.js')
    await runGitHub(raw, io, env)
  })
}
