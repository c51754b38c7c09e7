/**
 * How much detail a markdown report shows, and the ordered reductions that trade detail for size (fitToLimit applies
 * them in this order, least loss first). The totals never change: what is left out of a table stays in its sums and
 * in the JSON report.
 */
import type { ReportView } from '../analysis/report-view.js'
import { plural } from './markdown-parts.js'
import type { Reduction } from './fit-to-limit.js'

export interface ReportDetail {
  /** Rows of each workflow's per-run table; the rest are counted. */
  runRowsPerWorkflow: number
  /** Rows of the runs-without-data table; the rest are counted. */
  runsWithoutDataRows: number
  /** Rows of each workflow's model table (the most expensive); null: all. */
  modelRowsPerWorkflow: number | null
  /** Per-workflow rows of the threat-detection table. */
  detectionRows: boolean
  /** Workflows listed (the most expensive); null: all. */
  workflowRows: number | null
  /** The collapsed per-workflow sections. */
  workflowDetails: boolean
}

export const FULL_DETAIL: Readonly<ReportDetail> = Object.freeze({
  runRowsPerWorkflow: 30,
  runsWithoutDataRows: 200,
  modelRowsPerWorkflow: null,
  detectionRows: true,
  workflowRows: null,
  workflowDetails: true,
})

/** A report and the detail it is shown with: what the reductions work on. */
export interface DetailedView {
  view: ReportView
  detail: ReportDetail
}

/** The workflows a detail level lists. */
export function shownWorkflows(view: ReportView, detail: ReportDetail): ReportView['workflows'] {
  return detail.workflowRows === null ? view.workflows : view.workflows.slice(0, detail.workflowRows)
}

const step = (
  change: (d: ReportDetail) => Partial<ReportDetail>,
  dropped: (v: DetailedView, next: ReportDetail) => number,
  words: (n: number) => string,
): Reduction<DetailedView> => {
  return (value) => {
    const next = { ...value.detail, ...change(value.detail) }
    const n = dropped(value, next)
    return n > 0 ? { value: { view: value.view, detail: next }, omitted: words(n) } : null
  }
}

function keepRunRows(perWorkflow: number): Reduction<DetailedView> {
  return step(
    (d) => ({ runRowsPerWorkflow: Math.min(d.runRowsPerWorkflow, perWorkflow) }),
    ({ view, detail }, next) =>
      detail.workflowDetails
        ? shownWorkflows(view, detail).reduce(
            (n, w) =>
              n + Math.max(0, Math.min(w.runsWithData.length, detail.runRowsPerWorkflow) - next.runRowsPerWorkflow),
            0,
          )
        : 0,
    (n) =>
      perWorkflow === 0
        ? `the per-run tables (${plural(n, 'row')})`
        : `per-run rows beyond ${perWorkflow} per workflow (${plural(n, 'row')})`,
  )
}

function keepRunsWithoutData(count: number): Reduction<DetailedView> {
  return step(
    (d) => ({ runsWithoutDataRows: Math.min(d.runsWithoutDataRows, count) }),
    ({ view, detail }, next) =>
      Math.max(0, Math.min(view.runsWithoutData.length, detail.runsWithoutDataRows) - next.runsWithoutDataRows),
    (n) => `${plural(n, 'run')} without data from their list`,
  )
}

function keepModels(perWorkflow: number): Reduction<DetailedView> {
  return step(
    (d) => ({ modelRowsPerWorkflow: Math.min(d.modelRowsPerWorkflow ?? Infinity, perWorkflow), detectionRows: false }),
    ({ view, detail }, next) =>
      shownWorkflows(view, detail).reduce(
        (n, w) =>
          n +
          (detail.workflowDetails
            ? Math.max(
                0,
                Math.min(w.models.length, detail.modelRowsPerWorkflow ?? Infinity) -
                  (next.modelRowsPerWorkflow ?? Infinity),
              )
            : 0) +
          // The detection and routing tables go with the per-workflow model rows.
          (detail.detectionRows ? w.metrics.detection.length + (w.metrics.routing?.models.length ?? 0) : 0),
        0,
      ),
    (n) => `per-workflow model rows beyond the ${perWorkflow} most expensive (${plural(n, 'row')})`,
  )
}

/**
 * Rows a workflow has in the report-wide tables listed per workflow: fallbacks always, detection and routing while
 * they are shown. A workflow left out takes them along, so they are counted with it.
 */
function sharedTableRowsOf(w: ReportView['workflows'][number], detail: ReportDetail): number {
  const fallbacks = w.metrics.fallbacks?.models.length ?? 0
  return fallbacks + (detail.detectionRows ? w.metrics.detection.length + (w.metrics.routing?.models.length ?? 0) : 0)
}

function keepWorkflows(count: number): Reduction<DetailedView> {
  return ({ view, detail }) => {
    const next = { ...detail, workflowRows: Math.min(detail.workflowRows ?? Infinity, count) }
    const left = shownWorkflows(view, detail).slice(shownWorkflows(view, next).length)
    if (left.length === 0) return null
    const rows = left.reduce((n, w) => n + sharedTableRowsOf(w, detail), 0)
    const withRows = rows > 0 ? `, with their ${plural(rows, 'row')} of the fallback, detection and routing tables` : ''
    return {
      value: { view, detail: next },
      omitted: `${plural(left.length, 'workflow')} with the lowest cost (totals still include them)${withRows}`,
    }
  }
}

const dropWorkflowDetails: Reduction<DetailedView> = step(
  () => ({ workflowDetails: false }),
  ({ view, detail }) =>
    detail.workflowDetails ? shownWorkflows(view, detail).filter((w) => w.metrics.runsWithData > 0).length : 0,
  (n) => `the per-workflow details (${plural(n, 'workflow')})`,
)

/** The reductions, least loss first. */
export const REPORT_REDUCTIONS: readonly Reduction<DetailedView>[] = [
  keepRunRows(20),
  keepRunRows(5),
  keepRunRows(0),
  keepRunsWithoutData(50),
  keepModels(3),
  keepWorkflows(50),
  keepWorkflows(10),
  keepRunsWithoutData(5),
  dropWorkflowDetails,
]
