/** "Budgets": spend against each budget, the month-end forecast and the runs near the per-run AI-credit cap. */
import type { BudgetState, BudgetStatus } from '../../analysis/budgets/budget-status.js'
import type { CreditGuardrails } from '../../analysis/budgets/credit-guardrails.js'
import type { MonthForecast } from '../../analysis/budgets/month-forecast.js'
import { formatInteger, formatUsd } from '../../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { markdownTable, plural, runLink, shareText } from '../markdown-parts.js'

/** What the section shows; every part is optional (a report without budgets may still have a forecast). */
export interface BudgetSectionData {
  budgets?: readonly BudgetStatus[]
  forecast?: MonthForecast | null
  guardrails?: CreditGuardrails
}

const STATE_TEXT: Record<BudgetState, string> = { ok: '✅ ok', warning: '⚠️ warning', exceeded: '🔴 exceeded' }

/** $25.00 or 2,500 AIC. */
export function amountText(amount: number, unit: 'USD' | 'AIC'): string {
  return unit === 'USD' ? formatUsd(amount) : `${formatInteger(amount)} AIC`
}

/** `day 2026-05-06`, `week 2026-W19` (a period still running is counted to the report's day). */
function periodText(status: BudgetStatus): string {
  return status.periodId ? `${status.period} ${status.periodId}` : status.period
}

function budgetTable(budgets: readonly BudgetStatus[]): string {
  const rows = budgets.map((b) => [
    b.scope === 'total' ? '**total**' : escapeTableCell(b.scope),
    periodText(b),
    amountText(b.spent, b.unit) + (b.aiCreditsEstimated ? '\\*' : ''),
    amountText(b.limit, b.unit),
    shareText(b.share),
    STATE_TEXT[b.status],
  ])
  const table = markdownTable(
    [
      { title: 'Budget' },
      { title: 'Period' },
      { title: 'Spent', numeric: true },
      { title: 'Limit', numeric: true },
      { title: 'Used', numeric: true },
      { title: 'Status' },
    ],
    rows,
  )
  const estimated = budgets.some((b) => b.aiCreditsEstimated)
    ? '\n\n\\* Some days carried no recorded AI credits: their USD × 100 is counted (1 AIC = $0.01).'
    : ''
  return table + estimated
}

function forecastText(f: MonthForecast): string {
  const range =
    f.p10 === f.p90 ? formatUsd(f.p50) : `${formatUsd(f.p50)} (P10 ${formatUsd(f.p10)} – P90 ${formatUsd(f.p90)})`
  const lines = [
    `**Month-end forecast for ${f.month}:** ${range}; ${formatUsd(f.toDate)} to date, ` +
      `${plural(f.daysLeft, 'day')} left, each drawn from ${plural(f.days, 'recent report day')}.`,
  ]
  for (const a of f.against) {
    lines.push(
      `- Against the monthly budget of ${amountText(a.limit, a.unit)}: ` +
        `${shareText(a.exceedChance)} of the simulated months end above it.`,
    )
  }
  return lines.join('\n')
}

function guardrailText(g: CreditGuardrails): string | null {
  if (g.runsNearCap.length === 0) return null
  const lines = [
    `**Runs within 10% of the per-run cap of ${formatInteger(g.runCreditCap)} AIC:**`,
    '',
    ...g.runsNearCap.slice(0, 20).map((r) => {
      const day = r.day ? ` (${r.day})` : ''
      const estimated = r.estimated ? ', USD × 100: no recorded AI credits' : ''
      return `- ${escapeMarkdown(r.workflow)} run ${runLink(r.runId, r.url)}${day}: ${formatInteger(r.aiCredits)} AIC (${shareText(r.share)} of the cap${estimated})`
    }),
  ]
  if (g.runsNearCap.length > 20)
    lines.push(`- …and ${plural(g.runsNearCap.length - 20, 'more run')} (see the JSON report).`)
  return lines.join('\n')
}

/** The section, or null when there is nothing to show. */
export function budgetSection(data: BudgetSectionData): string | null {
  const parts: string[] = []
  if (data.budgets && data.budgets.length > 0) parts.push(budgetTable(data.budgets))
  if (data.forecast) parts.push(forecastText(data.forecast))
  const guardrails = data.guardrails ? guardrailText(data.guardrails) : null
  if (guardrails) parts.push(guardrails)
  if (parts.length === 0) return null
  return ['### 💰 Budgets and forecast', '', parts.join('\n\n')].join('\n')
}
