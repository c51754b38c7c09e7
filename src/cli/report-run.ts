/**
 * The `report` command's work: read, price, analyse and render. Loaded only when the command runs (a dynamic import
 * in report-command.ts), so `--help` and the other commands do not load the pipeline, the price catalogue or the
 * renderers; each format's renderer is loaded when chosen.
 */
import { writeFile } from 'node:fs/promises'
import { openEngine } from '../engine/engine.js'
import { findLocalRuns, localRunsSource } from '../engine/local-source.js'
import { pricesLoader } from '../engine/prices-loader.js'
import type { ReportData } from '../engine/settings-names.js'
import type { PeriodTableOptions } from '../report/period-tables.js'
import { stderrLog, type CliIo } from './cli-io.js'
import { checkOutFile } from './output-paths.js'
import type { PeriodSettings } from './period-options.js'
import type { ReportFormat, ReportSettings } from './report-settings.js'

/**
 * The period tables' renderers, loaded only for a report split into periods: they bring cli-table3 and
 * csv-stringify, which the usual markdown report does not need at start-up.
 */
async function periodTables(data: ReportData): Promise<typeof import('../report/period-tables.js') | null> {
  return data.periods ? await import('../report/period-tables.js') : null
}

async function renderReport(data: ReportData, format: ReportFormat, tables: PeriodTableOptions): Promise<string> {
  if (format === 'json') return (await import('../report/json-report.js')).renderJsonReport(data)
  const periodRenderers = await periodTables(data)
  if (format === 'table') {
    const { terminalWidthOf } = await import('../report/terminal-table.js')
    const width = terminalWidthOf(process.stdout.columns, process.env.COLUMNS)
    const text = (await import('../report/table-report.js')).renderTableReport(data, { width })
    const periods = periodRenderers?.periodTerminalSection(data, tables)
    return periods ? `${text}\n${periods}\n` : text
  }
  if (format === 'csv') {
    return periodRenderers
      ? periodRenderers.renderCsvWithPeriods(data, tables)
      : (await import('../report/csv-report.js')).renderCsvReport(data)
  }
  // The local report has no issue-size cap: the job-summary variant keeps every detail.
  const periods = periodRenderers?.periodMarkdownSection(data, tables)
  const { renderJobSummary } = await import('../report/markdown-report.js')
  return renderJobSummary(data, periods ? { extraSections: [periods] } : {})
}

/** Renders the report and writes it to --out (saying so on stderr, as stdout may be piped) or to stdout. */
export async function printReport(
  data: ReportData,
  settings: Pick<ReportSettings, 'format' | 'outFile'>,
  io: CliIo,
  tables: PeriodTableOptions = {},
): Promise<void> {
  const text = await renderReport(data, settings.format, tables)
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

/** Runs the report for validated settings and writes it to --out or stdout. */
export async function runReport(
  settings: ReportSettings,
  io: CliIo,
  periodSettings: PeriodSettings = { breakdown: false },
): Promise<void> {
  if (settings.outFile) await checkOutFile(settings.outFile)
  const engine = await openEngine(
    {
      ...(settings.providers ? { providers: settings.providers } : {}),
      ...(settings.tokenSemantics ? { tokenSemantics: settings.tokenSemantics } : {}),
      ...(settings.pricingFile ? { pricingFile: settings.pricingFile } : {}),
      pricesUpdate: settings.updatePrices === true ? 'auto' : 'off',
      ...(periodSettings.periods ? { periods: periodSettings.periods } : {}),
    },
    { log: stderrLog(io), clock: () => new Date(), loadPrices: pricesLoader() },
  )
  const runs = await findLocalRuns(settings.paths, stderrLog(io).warning)
  if (runs.length === 0) {
    io.err(
      `warning: no token-usage.jsonl or token_usage.jsonl found under ${settings.paths.map((p) => `'${p}'`).join(', ')}\n`,
    )
  }
  const reading = await engine.read(
    localRunsSource(runs, {
      ...(settings.since ? { since: settings.since } : {}),
      ...(settings.until ? { until: settings.until } : {}),
    }),
  )
  const data = engine.analyse(reading, { thresholds: settings.thresholds })
  await printReport(data, settings, io, { breakdown: periodSettings.breakdown })
}
