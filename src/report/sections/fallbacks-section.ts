/**
 * "Model Fallbacks": requests the firewall served with another model than the one asked for (`model_fallback`),
 * priced on the model that served them; per workflow, requested → served and why. Only when there were any.
 */
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger, formatPercent } from '../../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { markdownTable, plural } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'

const COLUMNS = [
  { title: 'Workflow' },
  { title: 'Requested', numeric: false },
  { title: 'Served', numeric: false },
  { title: 'Requests', numeric: true },
]

/** `upstream_5xx 3 · upstream_timeout 1`. */
export function reasonsText(byReason: Readonly<Record<string, number>>): string {
  return Object.entries(byReason)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => `${escapeMarkdown(reason)} ${formatInteger(n)}`)
    .join(' · ')
}

export function fallbacksSection(view: ReportView, detail: ReportDetail): string | null {
  const f = view.data.fallbacks
  if (!f || f.requests === 0) return null
  const t = view.data.totals
  const lines = [
    '### Model Fallbacks',
    '',
    `The firewall served ${plural(f.requests, 'request')} (${formatPercent(t.requests > 0 ? f.requests / t.requests : null)} of all) with a fallback model; they are priced on the model that served them. Reasons: ${reasonsText(f.byReason)}.`,
  ]
  const workflows = shownWorkflows(view, detail).filter(({ metrics: w }) => (w.fallbacks?.requests ?? 0) > 0)
  const rows = workflows.flatMap(({ metrics: w }) =>
    (w.fallbacks?.models ?? []).map((p) => [
      escapeTableCell(w.name),
      escapeTableCell(p.requested),
      escapeTableCell(p.served),
      `${formatInteger(p.requests)} (${formatPercent(w.requests > 0 ? p.requests / w.requests : null)} of the workflow's)`,
    ]),
  )
  if (rows.length > 0) lines.push('', markdownTable(COLUMNS, rows))
  return lines.join('\n')
}
