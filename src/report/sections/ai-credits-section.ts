/**
 * "AI Credits": what the firewall charged (`ai_credits_this_response`) against our repricing (USD × 100) per model,
 * so a user comparing with `gh aw logs` sees which of the two is off and by how much; how the firewall priced its
 * credits, and when it fell back to default prices. Only when some record carried credits.
 */
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger, formatPercent, formatSignedChange } from '../../common/value-format.js'
import { aiCreditsText, formatAic, formatSignedAic, repricedText, reportHasAiCredits } from '../ai-credits-text.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { markdownTable, plural } from '../markdown-parts.js'

const COLUMNS = [
  { title: 'Model' },
  { title: 'Provider' },
  { title: 'Requests', numeric: true },
  { title: 'Recorded', numeric: true },
  { title: 'Repriced (USD × 100)', numeric: true },
  { title: 'Difference', numeric: true },
]

/** Sources the firewall uses when it has no price of its own for the model. */
const FALLBACK_SOURCES = new Set(['configured_default', 'builtin_fallback'])

export function aiCreditsSection(view: ReportView): string | null {
  const { data } = view
  if (!reportHasAiCredits(data)) return null
  const t = data.totals
  const lines = [
    '### AI Credits',
    '',
    `The firewall recorded **${aiCreditsText(t.aiCredits, t.aiCreditsCoverage)}** (1 AIC = $0.01); our repricing of the same requests is ${t.repricedAiCredits === undefined ? formatAic(t.costUsd * 100) : repricedText(t)}. Per model, recorded against repriced:`,
    '',
  ]
  const rows = view.models.map(({ metrics: m, pricing }) => {
    const recorded = m.aiCredits ?? null
    const repriced = pricing === 'unpriced' ? null : (m.repricedAiCredits ?? m.costUsd * 100)
    const difference =
      recorded !== null && repriced !== null && repriced > 0
        ? `${formatSignedAic(recorded - repriced)} (${formatSignedChange((recorded - repriced) / repriced, 0)})`
        : '—'
    return [
      escapeTableCell(m.model),
      escapeTableCell(m.provider),
      formatInteger(m.requests),
      aiCreditsText(recorded, m.aiCreditsCoverage),
      repriced === null ? 'unpriced' : formatAic(repriced),
      difference,
    ]
  })
  lines.push(markdownTable(COLUMNS, rows))
  const partly = view.models.some(
    ({ metrics: m }) => m.aiCredits !== null && m.aiCredits !== undefined && (m.aiCreditsCoverage ?? 1) < 1,
  )
  if (partly) {
    lines.push(
      '',
      'Where not every request carried credits, the recorded sum covers only those requests while the repricing covers all of them.',
    )
  }
  if (view.models.some(({ metrics: m, pricing }) => pricing === 'unpriced' && m.aiCredits != null)) {
    lines.push('', 'A model without a known price still shows the credits the firewall recorded for it.')
  }
  const pricing = data.aiCreditsPricing
  if (pricing && Object.keys(pricing.sources).length > 0) {
    const sources = Object.entries(pricing.sources)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([source, n]) => `${escapeMarkdown(source)} ${plural(n, 'request')}`)
    lines.push('', `How the firewall priced its credits: ${sources.join(' · ')}.`)
  }
  const fallbackPriced =
    pricing?.fallbackPricingRequests ||
    Object.entries(pricing?.sources ?? {})
      .filter(([source]) => FALLBACK_SOURCES.has(source))
      .reduce((n, [, count]) => n + count, 0)
  if (fallbackPriced > 0) {
    lines.push(
      '',
      `> [!WARNING]\n> ${plural(fallbackPriced, 'request')} (${formatPercent(t.requests > 0 ? fallbackPriced / t.requests : null)} of all) ${fallbackPriced === 1 ? 'was' : 'were'} charged at the firewall's fallback prices, not the model's own: ${fallbackPriced === 1 ? 'its' : 'their'} recorded credits may be off.`,
    )
  }
  return lines.join('\n')
}
