/**
 * The issue body: marker, the report (fitted to GitHub's 65,536-character limit by markdown-report's reductions, with
 * a note saying what was left out) and the hidden data block. The data block always survives (it is what the next
 * report continues from), shortened itself only when its per-run rows alone would take too much of the body.
 */
import type { ReportData } from '../analysis/report-data.js'
import { formatInteger } from '../common/value-format.js'
import { ISSUE_BODY_SIZE, type TextLimit } from '../report/fit-to-limit.js'
import { fitMarkdownReport } from '../report/markdown-report.js'
import { encodeDailyDataBlock, type DailyDataBlock } from './daily-data-block.js'
import { REPORT_MARKER } from './markers.js'

/** The data block may use at most this share of the body; beyond it its per-run rows are dropped. */
const DATA_BLOCK_BUDGET = 24_000

export interface IssueBody {
  body: string
  /** What was left out, empty when the whole report fits. */
  omitted: string[]
  /** The data block as written (maybe with runsOmitted). */
  block: DailyDataBlock
}

/** A data block within budget: run rows are dropped from the end (their sums stay in the workflow rows). */
function fittedDataBlock(block: DailyDataBlock): { line: string; block: DailyDataBlock } {
  let current = block
  let line = encodeDailyDataBlock(current)
  while (line.length > DATA_BLOCK_BUDGET && current.runs.length > 0) {
    const keep = Math.floor((current.runs.length * DATA_BLOCK_BUDGET) / line.length / 1.1)
    const runs = block.runs.slice(0, Math.min(keep, current.runs.length - 1))
    current = { ...block, runs, runsOmitted: block.runs.length - runs.length + (block.runsOmitted ?? 0) }
    line = encodeDailyDataBlock(current)
  }
  return { line, block: current }
}

/** The body of a report's issue, within `limit`; `changeSections` (the trend section) follow the workflow summary. */
export function renderIssueBody(
  report: ReportData,
  block: DailyDataBlock,
  options: { changeSections?: string[]; limit?: TextLimit } = {},
): IssueBody {
  const data = fittedDataBlock(block)
  const fitted = fitMarkdownReport(report, {
    marker: REPORT_MARKER,
    changeSections: options.changeSections ?? [],
    trailer: `\n${data.line}\n`,
    limit: options.limit ?? ISSUE_BODY_SIZE,
    omitted: data.block.runsOmitted
      ? [`${formatInteger(data.block.runsOmitted)} per-run rows from the hidden data block`]
      : [],
  })
  return { body: fitted.text, omitted: fitted.omitted, block: data.block }
}
