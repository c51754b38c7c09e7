/** "Workflow Summary": one row per workflow. */
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger, formatPercent, formatRatio, formatTokens } from '../../analysis/value-format.js'
import { aiCreditsText, reportHasAiCredits } from '../ai-credits-text.js'
import { escapeTableCell } from '../markdown-escape.js'
import { costText, markdownTable } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'

const COLUMNS = [
  { title: 'Workflow' },
  { title: 'Runs', numeric: true },
  { title: 'With Data', numeric: true },
  { title: 'Requests', numeric: true },
  { title: 'Total Tokens', numeric: true },
  { title: 'Cost', numeric: true },
  { title: 'Cost/Run', numeric: true },
  { title: 'Cache hit rate', numeric: true },
  { title: 'I/O Ratio', numeric: true },
  { title: 'Top Model' },
]

export function workflowSummarySection(view: ReportView, detail: ReportDetail): string {
  if (view.workflows.length === 0) return ['### Workflow Summary', '', 'No workflow runs in this period.'].join('\n')
  // The AIC column only when some record carried credits: older data keeps the table it had.
  const withCredits = reportHasAiCredits(view.data)
  const columns = withCredits ? [...COLUMNS.slice(0, 6), { title: 'AIC', numeric: true }, ...COLUMNS.slice(6)] : COLUMNS
  const rows = shownWorkflows(view, detail).map(({ metrics: w, pricing }) => {
    const hasData = w.runsWithData > 0
    return [
      escapeTableCell(w.name),
      formatInteger(w.runs),
      formatInteger(w.runsWithData),
      hasData ? formatInteger(w.requests) : '—',
      hasData ? formatTokens(w.totalTokens) : '—',
      hasData ? costText(w.costUsd, pricing) : '—',
      ...(withCredits ? [hasData ? aiCreditsText(w.aiCredits, w.aiCreditsCoverage) : '—'] : []),
      hasData ? costText(w.costPerRunUsd, pricing) : '—',
      formatPercent(w.cacheHitRate),
      hasData ? formatRatio(w.ioRatio) : '—',
      w.models.length > 0 ? escapeTableCell(w.models[0].model) : '—',
    ]
  })
  return ['### Workflow Summary', '', markdownTable(columns, rows)].join('\n')
}
