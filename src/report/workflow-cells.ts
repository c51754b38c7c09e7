/**
 * The cells of a workflow's summary row, shared by the markdown report and the terminal table: the same numbers in
 * the same order, with the workflow's name through the caller's escaping (markdown table cell or terminal text).
 */
import type { WorkflowView } from '../analysis/report-view.js'
import { formatInteger, formatPercent, formatRatio, formatTokens } from '../common/value-format.js'
import { aiCreditsText } from './ai-credits-text.js'
import { costText } from './markdown-parts.js'

/** Name, runs, runs with data, requests, tokens, cost, [AIC], cost per run, cache hit rate, I/O ratio. */
export function workflowCells(
  { metrics: w, pricing, requests }: WorkflowView,
  withCredits: boolean,
  text: (name: string) => string,
): string[] {
  // A workflow whose runs all lacked data has no usage to show: dashes, not zeros.
  const hasData = w.runsWithData > 0
  const dash = (cell: () => string): string => (hasData ? cell() : '—')
  return [
    text(w.name),
    formatInteger(w.runs),
    formatInteger(w.runsWithData),
    dash(() => formatInteger(requests)),
    dash(() => formatTokens(w.totalTokens)),
    dash(() => costText(w.costUsd, pricing)),
    ...(withCredits ? [dash(() => aiCreditsText(w.aiCredits, w.aiCreditsCoverage))] : []),
    dash(() => costText(w.costPerRunUsd, pricing)),
    formatPercent(w.cacheHitRate),
    dash(() => formatRatio(w.ioRatio)),
  ]
}
