/** `token-usage-analyzer report [PATH...]`: the engine on local artifact trees, zips or token files. */
import { writeFile } from 'node:fs/promises'
import { Command, Option } from 'commander'
import type { ReportData } from '../analysis/report-data.js'
import { renderCsvReport } from '../report/csv-report.js'
import { renderJsonReport } from '../report/json-report.js'
import { renderJobSummary } from '../report/markdown-report.js'
import { periodMarkdownSection, renderCsvWithPeriods, type PeriodTableOptions } from '../report/period-tables.js'
import { buildReport } from '../report-pipeline.js'
import { THRESHOLD_SETTING_NAMES } from '../settings/threshold-input.js'
import { discoverLocalRuns } from '../usage/discover-inputs.js'
import { pricesLoader } from '../orchestrator/prices-loader.js'
import type { PriceCatalogue } from '../usage/price-catalogue.js'
import { createPriceBook, loadPriceOverrides } from '../usage/pricing.js'
import { EXIT_STATUS_HELP } from './cli-errors.js'
import type { CliIo } from './cli-io.js'
import { checkOutFile } from './output-paths.js'
import { readPeriodSettings, withPeriodOptions, type PeriodSettings, type RawPeriodOptions } from './period-options.js'
import {
  readReportSettings,
  REPORT_FORMATS,
  type RawReportOptions,
  type ReportFormat,
  type ReportSettings,
} from './report-settings.js'

/** Commander's way to make an option repeatable: each use appends its value. */
const repeated = (value: string, previous: string[] = []): string[] => [...previous, value]

/**
 * The options every command reads through readReportSettings (format, output file, providers, prices, token
 * semantics, thresholds), declared once so `report` and `github` cannot drift apart.
 */
export function withReportOptions(command: Command): Command {
  return (
    command
      .addOption(new Option('-f, --format <format>', 'output format').choices([...REPORT_FORMATS]).default('markdown'))
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

function renderReport(data: ReportData, format: ReportFormat, tables: PeriodTableOptions): string {
  if (format === 'json') return renderJsonReport(data)
  if (format === 'csv') return data.periods ? renderCsvWithPeriods(data, tables) : renderCsvReport(data)
  // The local report has no issue-size cap: the job-summary variant keeps every detail.
  const periods = periodMarkdownSection(data, tables)
  return renderJobSummary(data, periods ? { extraSections: [periods] } : {})
}

/** Renders the report and writes it to --out (saying so on stderr, as stdout may be piped) or to stdout. */
export async function printReport(
  data: ReportData,
  settings: Pick<ReportSettings, 'format' | 'outFile'>,
  io: CliIo,
  tables: PeriodTableOptions = {},
): Promise<void> {
  const text = renderReport(data, settings.format, tables)
  if (!settings.outFile) {
    io.out(text)
    return
  }
  try {
    // The directory was checked before the work (checkOutFile): a missing one is not created behind the user's back.
    await writeFile(settings.outFile, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new Error(`Cannot write --out file '${settings.outFile}' (${code})`)
  }
  io.err(`Wrote the ${settings.format} report for ${data.totals.runs} runs to ${settings.outFile}\n`)
}

/**
 * The catalogue to price with: with --update-prices the remote one, installed for the price books made after (a
 * failure is one warning and the bundled one); else the bundled one. Named in the report (`prices`).
 */
async function loadPrices(io: CliIo, update: boolean): Promise<PriceCatalogue> {
  const prices = await pricesLoader()(update ? 'auto' : 'off')
  if (prices.warning) io.err(`warning: ${prices.warning}\n`)
  return prices
}

/** Runs the report for validated settings and writes it to --out or stdout. */
export async function runReport(
  settings: ReportSettings,
  io: CliIo,
  periodSettings: PeriodSettings = { breakdown: false },
): Promise<void> {
  if (settings.outFile) await checkOutFile(settings.outFile)
  const prices = await loadPrices(io, settings.updatePrices === true)
  const priceBook = createPriceBook(settings.pricingFile ? await loadPriceOverrides(settings.pricingFile) : undefined)
  const runs = await discoverLocalRuns(settings.paths)
  if (runs.length === 0) {
    io.err(
      `warning: no token-usage.jsonl or token_usage.jsonl found under ${settings.paths.map((p) => `'${p}'`).join(', ')}\n`,
    )
  }
  const data = await buildReport(runs, {
    priceBook,
    thresholds: settings.thresholds,
    ...(settings.providers ? { providers: settings.providers } : {}),
    ...(settings.since ? { since: settings.since } : {}),
    ...(settings.until ? { until: settings.until } : {}),
    ...(settings.tokenSemantics ? { normalisation: settings.tokenSemantics } : {}),
    ...(periodSettings.periods ? { periods: periodSettings.periods } : {}),
  })
  data.prices = { source: prices.source, version: prices.version, fetchedAt: prices.fetchedAt }
  await printReport(data, settings, io, { breakdown: periodSettings.breakdown })
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
      await runReport(readReportSettings(paths, raw), io, readPeriodSettings(raw))
    },
  )
}
