/**
 * The issue body: marker, rendered report, hidden data block; fitted to GitHub's 65,536-character limit by
 * shortening per-run detail first, then per-workflow detail, with a line saying what was left out. The data block
 * always survives (it is what the next report continues from), shortened itself only when its per-run rows alone
 * would take too much of the body.
 */
import type { ReportData, WorkflowMetrics } from '../analysis/report-data.js'
import { formatInteger } from '../analysis/value-format.js'
import { REPORT_MARKER, dataBlockOf, type ReportSnapshot } from '../report/report-snapshot.js'

/** GitHub's limit on an issue body, in characters (UTF-16 code units, as JavaScript counts them). */
export const ISSUE_BODY_LIMIT = 65_536

/** The data block may use at most this share of the body; beyond it its per-run rows are dropped. */
const DATA_BLOCK_BUDGET = 24_000

/** Renders the markdown of a report (without marker or data block); H2's renderer plus our extra sections. */
export type ReportRenderer = (report: ReportData) => string

export interface FittedBody {
  body: string
  /** What was left out, empty when the whole report fits. */
  omitted: string[]
  /** The snapshot as written (maybe with runsOmitted). */
  snapshot: ReportSnapshot
}

interface Shortening {
  /** Returns the shortened report and what it left out, or null when this step changes nothing. */
  apply(report: ReportData): { report: ReportData; omitted: string } | null
}

const mapWorkflows = (report: ReportData, f: (w: WorkflowMetrics) => WorkflowMetrics): ReportData => ({
  ...report,
  workflows: report.workflows.map(f),
})

function keepRunRows(perWorkflow: number): Shortening {
  return {
    apply(report) {
      const dropped = report.workflows.reduce((n, w) => n + Math.max(0, w.runDetails.length - perWorkflow), 0)
      if (dropped === 0) return null
      return {
        report: mapWorkflows(report, (w) => ({ ...w, runDetails: w.runDetails.slice(0, perWorkflow) })),
        omitted:
          perWorkflow === 0
            ? `the per-run tables (${formatInteger(dropped)} rows)`
            : `per-run rows beyond ${perWorkflow} per workflow (${formatInteger(dropped)} rows)`,
      }
    },
  }
}

function keepModels(perWorkflow: number): Shortening {
  return {
    apply(report) {
      const dropped = report.workflows.reduce(
        (n, w) => n + Math.max(0, w.models.length - perWorkflow) + w.detection.length,
        0,
      )
      if (dropped === 0) return null
      return {
        report: mapWorkflows(report, (w) => ({
          ...w,
          models: [...w.models].sort((a, b) => b.costUsd - a.costUsd).slice(0, perWorkflow),
          detection: [],
        })),
        omitted: `per-workflow model rows beyond the ${perWorkflow} most expensive (${formatInteger(dropped)} rows)`,
      }
    },
  }
}

function keepWorkflows(count: number): Shortening {
  return {
    apply(report) {
      if (report.workflows.length <= count) return null
      const kept = [...report.workflows].sort((a, b) => b.costUsd - a.costUsd).slice(0, count)
      const names = new Set(kept)
      return {
        report: { ...report, workflows: report.workflows.filter((w) => names.has(w)) },
        omitted: `${formatInteger(report.workflows.length - count)} workflows with the lowest cost (totals still include them)`,
      }
    },
  }
}

function keepRunsWithoutData(count: number): Shortening {
  return {
    apply(report) {
      if (report.runsWithoutData.length <= count) return null
      return {
        report: { ...report, runsWithoutData: report.runsWithoutData.slice(0, count) },
        omitted: `${formatInteger(report.runsWithoutData.length - count)} runs without data from their list`,
      }
    },
  }
}

const SHORTENINGS: Shortening[] = [
  keepRunRows(20),
  keepRunRows(5),
  keepRunRows(0),
  keepRunsWithoutData(50),
  keepModels(3),
  keepWorkflows(50),
  keepWorkflows(10),
  keepRunsWithoutData(5),
]

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

function noteOf(omitted: string[], limit: number): string {
  return omitted.length === 0
    ? ''
    : `> [!NOTE]\n> Shortened to fit GitHub's ${formatInteger(limit)}-character issue limit. Left out: ${omitted.join('; ')}.\n\n`
}

function assemble(markdown: string, omitted: string[], block: string, limit: number): string {
  return `${REPORT_MARKER}\n${noteOf(omitted, limit)}${markdown.trim()}\n\n${block}\n`
}

/** Cuts markdown at a paragraph boundary and closes what the cut left open (code fences, `<details>`). */
function truncatedMarkdown(markdown: string, budget: number): string {
  let cut = markdown.slice(0, Math.max(0, budget))
  const paragraph = cut.lastIndexOf('\n\n')
  if (paragraph > 0) cut = cut.slice(0, paragraph)
  const fences = cut.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length
  if (fences % 2 === 1) cut += '\n```'
  const open = (cut.match(/<details\b/gi) ?? []).length - (cut.match(/<\/details>/gi) ?? []).length
  for (let i = 0; i < open; i++) cut += '\n\n</details>'
  return cut
}

/** The body for a report, within `limit` characters. */
export function fitReportBody(
  report: ReportData,
  snapshot: ReportSnapshot,
  render: ReportRenderer,
  limit = ISSUE_BODY_LIMIT,
): FittedBody {
  const data = fittedDataBlock(snapshot)
  const omitted: string[] = []
  if (data.snapshot.runsOmitted) {
    omitted.push(`${formatInteger(data.snapshot.runsOmitted)} per-run rows from the hidden data block`)
  }
  let current = report
  let body = assemble(render(current), omitted, data.block, limit)
  for (const step of SHORTENINGS) {
    if (body.length <= limit) break
    const shortened = step.apply(current)
    if (!shortened) continue
    current = shortened.report
    omitted.push(shortened.omitted)
    body = assemble(render(current), omitted, data.block, limit)
  }
  if (body.length > limit) {
    omitted.push('the end of the report (cut at a paragraph)')
    const frame = assemble('', omitted, data.block, limit).length + 100
    body = assemble(truncatedMarkdown(render(current), limit - frame), omitted, data.block, limit)
  }
  return { body, omitted, snapshot: data.snapshot }
}
