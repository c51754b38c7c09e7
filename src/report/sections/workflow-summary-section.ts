/** "Workflow Summary": one row per workflow. */
import type { ReportView } from '../../analysis/report-view.js'
import { reportHasAiCredits } from '../ai-credits-text.js'
import { escapeTableCell } from '../markdown-escape.js'
import { markdownTable } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'
import { workflowCellsOf } from '../workflow-cells.js'

/**
 * At most 8 columns, so the table fits GitHub's issue width without cutting a name: what each workflow spent and
 * its main model. Requests, tokens and the I/O ratio are in its details.
 */
const COLUMNS = [
  { title: 'Workflow' },
  { title: 'Runs', numeric: true },
  { title: 'With Data', numeric: true },
  { title: 'Cost', numeric: true },
  { title: 'Cost/Run', numeric: true },
  { title: 'Cache hit rate', numeric: true },
  { title: 'Top Model' },
]

export function workflowSummarySection(view: ReportView, detail: ReportDetail): string {
  if (view.workflows.length === 0) return ['### Workflow Summary', '', 'No workflow runs in this period.'].join('\n')
  // The AIC column only when some record carried credits: older data keeps the table it had.
  const withCredits = reportHasAiCredits(view.data)
  const columns = withCredits ? [...COLUMNS.slice(0, 4), { title: 'AIC', numeric: true }, ...COLUMNS.slice(4)] : COLUMNS
  const rows = shownWorkflows(view, detail).map((w) => {
    const cells = workflowCellsOf(w, (name) => escapeTableCell(name))
    return [
      cells.name,
      cells.runs,
      cells.runsWithData,
      cells.cost,
      ...(withCredits ? [cells.aiCredits] : []),
      cells.costPerRun,
      cells.cacheHitRate,
      w.metrics.models.length > 0 ? escapeTableCell(w.metrics.models[0].model) : '—',
    ]
  })
  return ['### Workflow Summary', '', markdownTable(columns, rows)].join('\n')
}
