/**
 * The one-line totals the action's log and the CLI's stderr print: USD with the recorded AI credits beside it
 * (gh-aw's own cost metric), so a user comparing with `gh aw logs` finds both. A cost no price covered reads
 * "unpriced", never $0.00.
 */
import type { ReportData } from '../analysis/report-data.js'
import { formatInteger, formatTokens } from '../common/value-format.js'
import { aiCreditsText } from './ai-credits-text.js'
import { pricingOfRows } from '../analysis/report-view.js'
import { costText, plural } from './markdown-parts.js'

export function totalsLineOf(data: ReportData): string {
  const t = data.totals
  const credits =
    t.aiCredits === null || t.aiCredits === undefined
      ? 'no AI credits recorded'
      : `${aiCreditsText(t.aiCredits, t.aiCreditsCoverage)} recorded`
  return (
    `Totals: ${plural(t.runs, 'run')} (${formatInteger(t.runsWithData)} with token data), ` +
    `${plural(t.requests, 'request')}, ${formatTokens(t.totalTokens)} tokens, ${costText(t.costUsd, pricingOfRows(data.models))} · ${credits}.`
  )
}
