/**
 * The issue body: marker, the report (fitted to GitHub's 65,536-character limit by markdown-report's reductions, with
 * a note saying what was left out) and the hidden data block. The data block always survives (it is what the next
 * report continues from), shortened itself only when its per-run rows alone would take too much of the body.
 */
import type { ReportData } from '../analysis/report-data.js'
import { formatInteger } from '../common/value-format.js'
import { ISSUE_BODY_SIZE, type TextLimit } from './fit-to-limit.js'
import { fitMarkdownReport } from './markdown-report.js'
import { dataBlockOf, REPORT_MARKER, type ReportSnapshot } from './report-snapshot.js'

/** The data block may use at most this share of the body; beyond it its per-run rows are dropped. */
const DATA_BLOCK_BUDGET = 24_000

export interface IssueBody {
  body: string
  /** What was left out, empty when the whole report fits. */
  omitted: string[]
  /** The snapshot as written (maybe with runsOmitted). */
  snapshot: ReportSnapshot
}

/** A data block within budget: run rows are dropped from the end (their sums stay in the workflow rows). */
function fittedDataBlock(snapshot: ReportSnapshot): { block: string; snapshot: ReportSnapshot } {
  let current = snapshot
  let block = dataBlockOf(current)
  while (block.length > DATA_BLOCK_BUDGET && current.runs.length > 0) {
    const keep = Math.floor((current.runs.length * DATA_BLOCK_BUDGET) / block.length / 1.1)
    const runs = snapshot.runs.slice(0, Math.min(keep, current.runs.length - 1))
    current = { ...snapshot, runs, runsOmitted: snapshot.runs.length - runs.length + (snapshot.runsOmitted ?? 0) }
    block = dataBlockOf(current)
  }
  return { block, snapshot: current }
}

/** The body of a report's issue, within `limit`; `extraSections` (the trend section) follow the report. */
export function renderIssueBody(
  report: ReportData,
  snapshot: ReportSnapshot,
  options: { extraSections?: string[]; limit?: TextLimit } = {},
): IssueBody {
  const data = fittedDataBlock(snapshot)
  const fitted = fitMarkdownReport(report, {
    marker: REPORT_MARKER,
    extraSections: options.extraSections ?? [],
    trailer: `\n${data.block}\n`,
    limit: options.limit ?? ISSUE_BODY_SIZE,
    omitted: data.snapshot.runsOmitted
      ? [`${formatInteger(data.snapshot.runsOmitted)} per-run rows from the hidden data block`]
      : [],
  })
  return { body: fitted.text, omitted: fitted.omitted, snapshot: data.snapshot }
}
