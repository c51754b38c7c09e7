/**
 * "Firewall Routing Calls": the firewall's own model-router requests (`purpose: "routing_classification"`), not the
 * agent's: never in the totals, workflow figures or flags. Only when there were any.
 */
import { modelNamesRepeat, pricingOf, type ReportView } from '../../analysis/report-view.js'
import { totalTokensOf } from '../../analysis/runs/token-metrics.js'
import { formatInteger, formatTokens } from '../../common/value-format.js'
import { formatAic } from '../ai-credits-text.js'
import { escapeTableCell } from '../markdown-escape.js'
import { costText, markdownTable, plural } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'

export function routingSection(view: ReportView, detail: ReportDetail): string | null {
  const r = view.data.routing
  if (!r || r.requests === 0) return null
  const unpriced = r.models.reduce((n, m) => n + m.unpricedRequests, 0)
  const credits = r.aiCredits !== null ? `, ${formatAic(r.aiCredits)} recorded` : ''
  const lines = [
    '### Firewall Routing Calls',
    '',
    `The firewall's own model-routing calls are kept separate: they are **not** included in the totals, workflow figures or flags above. ${plural(r.requests, 'request')}, ${formatTokens(r.totalTokens)} tokens, ${costText(r.costUsd, pricingOf(r.requests, unpriced))}${credits}.`,
  ]
  if (detail.detectionRows) {
    const workflows = shownWorkflows(view, detail).filter(({ metrics: w }) => (w.routing?.requests ?? 0) > 0)
    const withProvider = workflows.some(({ metrics: w }) => modelNamesRepeat(w.routing?.models ?? []))
    const withCredits = r.aiCredits !== null
    const columns = [
      { title: 'Workflow' },
      { title: 'Model' },
      ...(withProvider ? [{ title: 'Provider' }] : []),
      { title: 'Requests', numeric: true },
      { title: 'Total Tokens', numeric: true },
      { title: 'Cost', numeric: true },
      ...(withCredits ? [{ title: 'AIC', numeric: true }] : []),
    ]
    const rows = workflows.flatMap(({ metrics: w }) =>
      (w.routing?.models ?? []).map((m) => [
        escapeTableCell(w.name),
        escapeTableCell(m.model),
        ...(withProvider ? [escapeTableCell(m.provider)] : []),
        formatInteger(m.requests),
        formatTokens(totalTokensOf(m)),
        costText(m.costUsd, pricingOf(m.requests, m.unpricedRequests)),
        ...(withCredits ? [formatAic(m.aiCredits)] : []),
      ]),
    )
    lines.push('', markdownTable(columns, rows))
  }
  return lines.join('\n')
}
