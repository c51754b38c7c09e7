/** `token-usage-analyzer report [PATH...]`: the engine on local artifact trees, zips or token files. */
import { Command, Option } from 'commander'
import { THRESHOLD_SETTING_NAMES } from '../settings/threshold-input.js'
import { EXIT_STATUS_HELP } from './cli-errors.js'
import type { CliIo } from './cli-io.js'
import { readPeriodSettings, withPeriodOptions, type RawPeriodOptions } from './period-options.js'
import { readReportSettings, REPORT_FORMATS, type RawReportOptions } from './report-settings.js'

/** Commander's way to make an option repeatable: each use appends its value. */
const repeated = (value: string, previous: string[] = []): string[] => [...previous, value]

/**
 * The options every command reads through readReportSettings (format, output file, providers, prices, token
 * semantics, thresholds), declared once so `report` and `github` cannot drift apart.
 */
export function withReportOptions(command: Command): Command {
  return (
    command
      .addOption(
        new Option('-f, --format <format>', 'output format (default: table on a terminal, markdown otherwise)').choices(
          [...REPORT_FORMATS],
        ),
      )
      .option('--providers <list>', 'only records of these providers, comma-separated (e.g. anthropic,copilot)')
      .option(
        '--pricing <file>',
        'price overrides: JSON or YAML, model → { input, output, cacheRead, cacheWrite } in $ per million tokens',
      )
      .option('-o, --out <file>', 'write the report to this file instead of stdout')
      .option(
        '--update-prices',
        'price with the maintained remote genai-prices catalogue (10 s; the bundled one, with a warning, when it fails)',
      )
      .option(
        '--token-semantics <rules>',
        'token semantics per provider, e.g. copilot=additive,openai=inclusive (repeatable)',
        repeated,
      )
      // The option's earlier name, kept working for scripts that use it.
      .addOption(new Option('--normalise <rules>').argParser(repeated).hideHelp())
      .option(
        '--threshold <name=value>',
        `flag threshold, repeatable, value or "off"; names: ${THRESHOLD_SETTING_NAMES.join(', ')}`,
        repeated,
      )
      .addHelpText('after', EXIT_STATUS_HELP)
  )
}

export function reportCommand(io: CliIo): Command {
  const command = new Command('report')
    .description(
      'Analyse token-usage.jsonl files under local paths (artifact trees ROOT/<workflow>/<run-id>/…, .zip artifacts or single files) and print the report',
    )
    .argument('[paths...]', 'directories, .zip archives or token-usage.jsonl files')
    .option('--since <time>', 'only records at or after this time: ISO (2026-04-01) or a duration before now (7d)')
    .option('--until <time>', 'only records at or before this time: ISO or a duration before now')
  return withPeriodOptions(withReportOptions(command)).action(
    async (paths: string[], raw: RawReportOptions & RawPeriodOptions) => {
      const settings = readReportSettings(paths, raw, new Date(), io.outIsTerminal)
      const { runReport } = await import('./report-run.js')
      await runReport(settings, io, readPeriodSettings(raw))
    },
  )
}
