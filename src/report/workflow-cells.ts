/**
 * The cells of a workflow's summary row, shared by the markdown report and the terminal table: the same numbers in
 * the same order, with the workflow's name through the caller's escaping (markdown table cell or terminal text).
 */
import type { WorkflowView } from '../analysis/report-view.js'
import { formatInteger, formatPercent, formatRatio, formatTokens } from '../common/value-format.js'
import { aiCreditsText } from './ai-credits-text.js'
import { costText } from './markdown-parts.js'

/** The cells of a workflow's row by name: each table picks the ones it shows, in its own order. */
export interface WorkflowCells {
  name: string
  runs: string
  runsWithData: string
  requests: string
  tokens: string
  cost: string
  aiCredits: string
  costPerRun: string
  cacheHitRate: string
  ioRatio: string
}

export function workflowCellsOf(
  { metrics: w, pricing, requests }: WorkflowView,
  text: (name: string) => string,
): WorkflowCells {
  // A workflow whose runs all lacked data has no usage to show: dashes, not zeros.
  const hasData = w.runsWithData > 0
  const dash = (cell: () => string): string => (hasData ? cell() : '—')
  return {
    name: text(w.name),
    runs: formatInteger(w.runs),
    runsWithData: formatInteger(w.runsWithData),
    requests: dash(() => formatInteger(requests)),
    tokens: dash(() => formatTokens(w.totalTokens)),
    cost: dash(() => costText(w.costUsd, pricing)),
    aiCredits: dash(() => aiCreditsText(w.aiCredits, w.aiCreditsCoverage)),
    costPerRun: dash(() => costText(w.costPerRunUsd, pricing)),
    cacheHitRate: formatPercent(w.cacheHitRate),
    ioRatio: dash(() => formatRatio(w.ioRatio)),
  }
}

/** Name, runs, runs with data, requests, tokens, cost, [AIC], cost per run, cache hit rate, I/O ratio. */
export function workflowCells(view: WorkflowView, withCredits: boolean, text: (name: string) => string): string[] {
  const c = workflowCellsOf(view, text)
  return [
    c.name,
    c.runs,
    c.runsWithData,
    c.requests,
    c.tokens,
    c.cost,
    ...(withCredits ? [c.aiCredits] : []),
    c.costPerRun,
    c.cacheHitRate,
    c.ioRatio,
  ]
}
