/**
 * "AI Credits": what the firewall charged (`ai_credits_this_response`) against our repricing (USD × 100) per model,
 * so a user comparing with `gh aw logs` sees which of the two is off and by how much; how the firewall priced its
 * credits, and when it fell back to default prices. Only when some record carried credits. The numbers come from
 * analysis/ai-credits-view.ts.
 */
import { aiCreditsViewOf, type AiCreditsModelRow } from '../../analysis/ai-credits-view.js'
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger, formatPercent, formatSignedChange } from '../../common/value-format.js'
import { aiCreditsText, formatAic, formatSignedAic, repricedText, reportHasAiCredits } from '../ai-credits-text.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { plural, tableOf, type TableColumn } from '../markdown-parts.js'

const COLUMNS: TableColumn<AiCreditsModelRow>[] = [
  { title: 'Model', cell: (r) => escapeTableCell(r.model) },
  { title: 'Provider', cell: (r) => escapeTableCell(r.provider) },
  { title: 'Requests', numeric: true, cell: (r) => formatInteger(r.requests) },
  { title: 'Recorded', numeric: true, cell: (r) => aiCreditsText(r.recorded, r.coverage) },
  {
    title: 'Repriced (USD × 100)',
    numeric: true,
    cell: (r) => (r.repriced === null ? 'unpriced' : formatAic(r.repriced)),
  },
  {
    title: 'Difference',
    numeric: true,
    cell: ({ difference: d }) =>
      d === null ? '—' : `${formatSignedAic(d.credits)} (${formatSignedChange(d.relative, 0)})`,
  },
]

export function aiCreditsSection(view: ReportView): string | null {
  const { data } = view
  if (!reportHasAiCredits(data)) return null
  const t = data.totals
  const credits = aiCreditsViewOf(view)
  const lines = [
    '### AI Credits',
    '',
    `The firewall recorded **${aiCreditsText(t.aiCredits, t.aiCreditsCoverage)}** (1 AIC = $0.01); our repricing of the same requests is ${t.repricedAiCredits === undefined ? formatAic(t.costUsd * 100) : repricedText(t)}. Per model, recorded against repriced:`,
    '',
    tableOf(COLUMNS, credits.models),
  ]
  if (credits.partlyRecorded) {
    lines.push(
      '',
      'Where not every request carried credits, the recorded sum covers only those requests while the repricing covers all of them.',
    )
  }
  if (credits.unpricedWithCredits) {
    lines.push('', 'A model without a known price still shows the credits the firewall recorded for it.')
  }
  if (credits.sources.length > 0) {
    const sources = credits.sources.map((s) => `${escapeMarkdown(s.source)} ${plural(s.requests, 'request')}`)
    lines.push('', `How the firewall priced its credits: ${sources.join(' · ')}.`)
  }
  const n = credits.fallbackPriced
  if (n > 0) {
    lines.push(
      '',
      `> [!WARNING]\n> ${plural(n, 'request')} (${formatPercent(credits.fallbackShare)} of all) ${n === 1 ? 'was' : 'were'} charged at the firewall's fallback prices, not the model's own: ${n === 1 ? 'its' : 'their'} recorded credits may be off.`,
    )
  }
  return lines.join('\n')
}
