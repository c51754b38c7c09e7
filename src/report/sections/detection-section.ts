/** "Threat-Detection Usage": the detection job's usage, kept apart from every total and flag. */
import { modelNamesRepeat, pricingOf, type ReportView } from '../../analysis/report-view.js'
import { totalTokensOf } from '../../analysis/runs/token-metrics.js'
import { formatInteger, formatTokens, formatUsd } from '../../common/value-format.js'
import { aiCreditsFieldsOf } from '../../analysis/runs/analyse-runs.js'
import { formatAic } from '../ai-credits-text.js'
import { escapeTableCell } from '../markdown-escape.js'
import { costText, markdownTable, plural } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'

const COLUMNS = [
  { title: 'Workflow' },
  { title: 'Model' },
  { title: 'Provider' },
  { title: 'Requests', numeric: true },
  { title: 'Input', numeric: true },
  { title: 'Output', numeric: true },
  { title: 'Cache Read', numeric: true },
  { title: 'Cache Write', numeric: true },
  { title: 'Total Tokens', numeric: true },
  { title: 'Cost', numeric: true },
]

export function detectionSection(view: ReportView, detail: ReportDetail): string | null {
  const d = view.data.detection
  if (!d || d.requests === 0) return null
  const credits = aiCreditsFieldsOf(d.models).aiCredits
  const lines = [
    '### Threat-Detection Usage',
    '',
    `The threat-detection job's usage (\`detection/\` in the \`usage\` artifact) is kept separate: it is **not** included in the totals, workflow figures or flags above. ${plural(d.runs, 'run')}, ${plural(d.requests, 'request')}, ${formatTokens(d.totalTokens)} tokens, ${formatUsd(d.costUsd)}${credits !== null ? `, ${formatAic(credits)} recorded` : ''}.`,
  ]
  if (detail.detectionRows) {
    const workflows = shownWorkflows(view, detail)
    // The provider column only when a workflow's detection used one model from two providers.
    const withProvider = workflows.some(({ metrics: w }) => modelNamesRepeat(w.detection))
    const rows = workflows.flatMap(({ metrics: w }) =>
      w.detection.map((m) => [
        escapeTableCell(w.name),
        escapeTableCell(m.model),
        ...(withProvider ? [escapeTableCell(m.provider)] : []),
        formatInteger(m.requests),
        formatTokens(m.inputTokens),
        formatTokens(m.outputTokens),
        formatTokens(m.cacheReadTokens),
        formatTokens(m.cacheWriteTokens),
        formatTokens(totalTokensOf(m)),
        costText(m.costUsd, pricingOf(m.requests, m.unpricedRequests)),
      ]),
    )
    lines.push('', markdownTable(withProvider ? COLUMNS : COLUMNS.filter((c) => c.title !== 'Provider'), rows))
  }
  return lines.join('\n')
}
