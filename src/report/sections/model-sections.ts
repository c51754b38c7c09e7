/** "Cost Breakdown" and "Unpriced Models": the model mix over all workflows, once. */
import type { CostByType } from '../../usage/run-summary.js'
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger, formatTokens, formatUsd } from '../../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { costText, markdownTable, plural, shareText } from '../markdown-parts.js'

/** "By provider: copilot 15 requests, 353K tokens, $0.33 · …", when more than one provider served requests. */
function providerLine(view: ReportView): string | null {
  if (view.providers.length <= 1) return null
  const providers = view.providers.map(
    (p) =>
      `${escapeMarkdown(p.provider)} ${plural(p.requests, 'request')}, ${formatTokens(p.totalTokens)} tokens, ${costText(p.costUsd, p.pricing)}`,
  )
  return `By provider: ${providers.join(' · ')}`
}

const COST_TYPE_WORDS: Record<keyof CostByType, string> = {
  input: 'input',
  output: 'output',
  cacheRead: 'cache read',
  cacheWrite: 'cache write',
}

const COST_COLUMNS = [
  { title: 'Model' },
  { title: 'Provider' },
  { title: 'Input', numeric: true },
  { title: 'Output', numeric: true },
  { title: 'Cache Read', numeric: true },
  { title: 'Cache Write', numeric: true },
  { title: 'Total', numeric: true },
  { title: 'Share', numeric: true },
]

export function costBreakdownSection(view: ReportView): string | null {
  const { data } = view
  if (data.models.length === 0) return null
  const total = data.totals.costUsd
  const c = data.totals.cost
  // An unpriced model's cost is unknown, not $0.00: its cells say so.
  const rows = view.models.map(({ metrics: m, costShare, pricing }) => {
    const part = (usd: number) => (pricing === 'unpriced' ? '—' : formatUsd(usd))
    return [
      escapeTableCell(m.model),
      escapeTableCell(m.provider),
      part(m.cost.input),
      part(m.cost.output),
      part(m.cost.cacheRead),
      part(m.cost.cacheWrite),
      costText(m.costUsd, pricing),
      pricing === 'unpriced' ? '—' : shareText(costShare),
    ]
  })
  rows.push([
    '**All models**',
    '',
    formatUsd(c.input),
    formatUsd(c.output),
    formatUsd(c.cacheRead),
    formatUsd(c.cacheWrite),
    `**${formatUsd(total)}**`,
    total > 0 ? '100%' : '—',
  ])
  // The one table of the model mix over all workflows (each workflow's own models are in its details).
  const lines = ['### Cost Breakdown', '', markdownTable(COST_COLUMNS, rows)]
  const driver = view.largestCostDriver
  if (driver) {
    lines.push(
      '',
      `Largest cost driver: **${COST_TYPE_WORDS[driver.type]} tokens**, ${formatUsd(driver.costUsd)} (${shareText(driver.share)} of the total).`,
    )
  }
  const providers = providerLine(view)
  if (providers) lines.push('', providers)
  return lines.join('\n')
}

export function unpricedSection(view: ReportView): string | null {
  const models = view.data.unpricedModels
  if (models.length === 0) return null
  // A totals-only run has no request count: its runs are counted beside the requests.
  const withRuns = models.some((m) => (m.runs ?? 0) > 0)
  const rows = models.map((m) => [
    escapeTableCell(m.provider),
    escapeTableCell(m.model),
    formatInteger(m.requests),
    ...(withRuns ? [formatInteger(m.runs ?? 0)] : []),
  ])
  const columns = [
    { title: 'Provider' },
    { title: 'Model' },
    { title: 'Requests', numeric: true },
    ...(withRuns ? [{ title: 'Totals-only runs', numeric: true }] : []),
  ]
  return [
    '### Unpriced Models',
    '',
    'No price is known for these models: their tokens are counted above, their cost is **not** in any total. Add a price with `--pricing FILE` (the action: the `pricing-file` or `prices` input).',
    '',
    markdownTable(columns, rows),
  ].join('\n')
}
