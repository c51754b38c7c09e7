/**
 * `token-usage-analyzer compare A B` (two paths) or `compare PATH --a-… --b-…` (two selections of one path): the
 * two sides' metrics side by side, the change from A to B, its significance and its drivers.
 *
 * A side is a path plus an optional selection: `--a-since/--a-until` (records in a window, like report's
 * --since/--until), `--a-workflow` (runs of one workflow: ROOT/<workflow>/<run-id>/…), `--a-branch` (runs that
 * name their branch). `--since/--until/--workflow/--branch` apply to both sides, a side's own option wins.
 */
import { writeFile } from 'node:fs/promises'
import { Command, Option } from 'commander'
import type { SideComparison } from '../engine/settings-names.js'
import { UsageError } from './cli-errors.js'
import type { CliIo } from './cli-io.js'
import type { Side } from './compare-run.js'
import { checkOutFile } from './output-paths.js'
import { pastTimeOption, readReportSettings } from './report-settings.js'

export const COMPARE_FORMATS = ['markdown', 'table', 'json'] as const
type CompareFormat = (typeof COMPARE_FORMATS)[number]

type Selection = 'since' | 'until' | 'workflow' | 'branch'

/** As commander hands them over. */
interface RawCompareOptions extends Partial<Record<Selection, string>> {
  format?: CompareFormat
  out?: string
  providers?: string
  pricing?: string
  tokenSemantics?: string[]
  updatePrices?: boolean
  aSince?: string
  aUntil?: string
  aWorkflow?: string
  aBranch?: string
  bSince?: string
  bUntil?: string
  bWorkflow?: string
  bBranch?: string
}

const repeated = (value: string, previous: string[] = []): string[] => [...previous, value]
const cap = (s: Selection): string => s[0]!.toUpperCase() + s.slice(1)

function sidesOf(paths: string[], raw: RawCompareOptions, now: Date): [Side, Side] {
  if (paths.length === 0 || paths.length > 2) {
    throw new UsageError(
      `compare takes one PATH (with --a-…/--b-… selections) or two (A and B); got ${paths.length}. ` +
        'Example: token-usage-analyzer compare ./before ./after',
    )
  }
  const side = (name: 'A' | 'B', path: string): Side => {
    const prefix = name.toLowerCase()
    const value = (s: Selection): { option: string; text: string } | undefined => {
      const own = raw[`${prefix}${cap(s)}` as keyof RawCompareOptions] as string | undefined
      if (own !== undefined) return { option: `--${prefix}-${s}`, text: own }
      const both = raw[s]
      return both === undefined ? undefined : { option: `--${s}`, text: both }
    }
    const result: Side = { name, path, label: '' }
    const since = value('since')
    const until = value('until')
    if (since) result.since = pastTimeOption(since.option, since.text, now)
    if (until) result.until = pastTimeOption(until.option, until.text, now)
    if (result.since && result.until && result.since > result.until) {
      throw new UsageError(`${since!.option} '${since!.text}' is after ${until!.option} '${until!.text}'.`)
    }
    for (const s of ['workflow', 'branch'] as const) {
      const v = value(s)
      if (v && v.text.trim() === '') throw new UsageError(`Invalid ${v.option} '': expected a ${s} name.`)
      if (v) result[s] = v.text.trim()
    }
    result.label = [
      path,
      result.workflow !== undefined ? `workflow ${result.workflow}` : null,
      result.branch !== undefined ? `branch ${result.branch}` : null,
      result.since ? `since ${result.since.toISOString()}` : null,
      result.until ? `until ${result.until.toISOString()}` : null,
    ]
      .filter((p) => p !== null)
      .join(', ')
    return result
  }
  const a = side('A', paths[0]!)
  const b = side('B', paths[1] ?? paths[0]!)
  if (a.label === b.label) {
    throw new UsageError(
      paths.length === 1
        ? 'compare with one PATH needs a selection that differs between the sides: --a-since/--a-until/--b-since/--b-until, --a-workflow/--b-workflow or --a-branch/--b-branch.'
        : `compare: A and B are the same ('${a.label}').`,
    )
  }
  return [a, b]
}

async function render(comparison: SideComparison, format: CompareFormat): Promise<string> {
  const { renderCompareJson, renderCompareMarkdown, renderCompareTable } = await import('../report/compare-report.js')
  if (format === 'json') return renderCompareJson(comparison)
  if (format === 'table') return renderCompareTable(comparison)
  return renderCompareMarkdown(comparison)
}

/** What compare reads from its environment: the remote price catalogue's URL for --update-prices (tests: a local server). */
export interface CompareCommandEnv {
  TOKEN_USAGE_ANALYZER_PRICES_URL?: string
}

/** compare's options and help: the shared ones of report, and each side's selection. */
function compareCommandDeclared(): Command {
  return new Command('compare')
    .description(
      'Compare two sets of runs side by side: two paths (compare A B), or two selections of one path (--a-…/--b-…)',
    )
    .argument('<paths...>', 'A and B, or one PATH with --a-…/--b-… selections')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, markdown otherwise)').choices([
        ...COMPARE_FORMATS,
      ]),
    )
    .option('-o, --out <file>', 'write the comparison to this file instead of stdout')
    .option('--since <time>', 'both sides: only records at or after this time (ISO, or a duration before now: 7d)')
    .option('--until <time>', 'both sides: only records at or before this time')
    .option('--workflow <name>', 'both sides: only runs of this workflow')
    .option('--branch <name>', 'both sides: only runs of this branch (inputs that record one)')
    .option('--a-since <time>', 'side A: only records at or after this time')
    .option('--a-until <time>', 'side A: only records at or before this time')
    .option('--a-workflow <name>', 'side A: only runs of this workflow')
    .option('--a-branch <name>', 'side A: only runs of this branch')
    .option('--b-since <time>', 'side B: only records at or after this time')
    .option('--b-until <time>', 'side B: only records at or before this time')
    .option('--b-workflow <name>', 'side B: only runs of this workflow')
    .option('--b-branch <name>', 'side B: only runs of this branch')
    .option('--providers <list>', 'only records of these providers, comma-separated')
    .option('--pricing <file>', 'price overrides, as for report')
    .option('--token-semantics <rules>', 'token semantics per provider, as for report (repeatable)', repeated)
    .option('--update-prices', 'price with the maintained remote genai-prices catalogue, as for report')
    .addHelpText(
      'after',
      `
A is the baseline: every change is B − A. Examples:
  compare ./before ./after
  compare ./artifacts --a-since 2026-04-01 --a-until 2026-04-07 --b-since 2026-04-08 --b-until 2026-04-14
  compare ./artifacts --a-workflow "Smoke Claude" --b-workflow "Smoke Copilot" --since 7d

Exit status:
  0  the comparison was written
  1  an input path, archive or price file cannot be read or parsed (the message names it and what to check)
  2  usage error: unknown option, a bad option value, a --workflow that matches no run, or --branch on inputs
     that record no branch`,
    )
}

export function compareCommand(io: CliIo, env: CompareCommandEnv = process.env): Command {
  return compareCommandDeclared().action(async (paths: string[], raw: RawCompareOptions) => {
    const now = new Date()
    // The options compare shares with report, validated the same way; the default format is report's too.
    const shared = readReportSettings(
      paths,
      {
        ...(raw.format !== undefined ? { format: raw.format } : {}),
        ...(raw.out !== undefined ? { out: raw.out } : {}),
        ...(raw.providers !== undefined ? { providers: raw.providers } : {}),
        ...(raw.pricing !== undefined ? { pricing: raw.pricing } : {}),
        ...(raw.tokenSemantics !== undefined ? { tokenSemantics: raw.tokenSemantics } : {}),
        ...(raw.updatePrices !== undefined ? { updatePrices: raw.updatePrices } : {}),
      },
      now,
      io.outIsTerminal,
    )
    // Commander allowed only COMPARE_FORMATS, and the default is one of them.
    const format = shared.format as CompareFormat
    const [a, b] = sidesOf(paths, raw, now)
    if (raw.out !== undefined) {
      if (raw.out.trim() === '') throw new UsageError("Invalid --out '': expected a file name.")
      await checkOutFile(raw.out)
    }
    // The engine is loaded only now, so that --help and the other commands start without it.
    const { compareSidesOf } = await import('./compare-run.js')
    const comparison = await compareSidesOf([a, b], shared, io, env)
    const text = await render(comparison, format)
    if (raw.out === undefined) {
      io.out(text)
      return
    }
    try {
      await writeFile(raw.out, text)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      throw new Error(`Cannot write --out file '${raw.out}' (${code})`)
    }
    io.err(`Wrote the ${format} comparison to ${raw.out}\n`)
  })
}
