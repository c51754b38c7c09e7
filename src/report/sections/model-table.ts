/** The model table of a workflow's details and of the model distribution. */
import type { ModelRow } from '../../analysis/report-view.js'
import { formatInteger, formatMs, formatTokens } from '../../common/value-format.js'
import { aiCreditsText } from '../ai-credits-text.js'
import { escapeTableCell } from '../markdown-escape.js'
import { costText, markdownTable, shareText, type Column } from '../markdown-parts.js'

/** `withCredits`: an AIC column (only when some record of the report carried credits). */
export function modelTable(models: readonly ModelRow[], withProvider = false, withCredits = false): string {
  const columns: Column[] = [
    { title: 'Model' },
    ...(withProvider ? [{ title: 'Provider' }] : []),
    { title: 'Requests', numeric: true },
    { title: 'Input', numeric: true },
    { title: 'Output', numeric: true },
    { title: 'Cache Read', numeric: true },
    { title: 'Cache Write', numeric: true },
    { title: 'Avg Latency', numeric: true },
    { title: 'Cost', numeric: true },
    ...(withCredits ? [{ title: 'AIC', numeric: true }] : []),
  ]
  const rows = models.map(({ metrics: m, pricing, requests, requestShare }) => [
    escapeTableCell(m.model),
    ...(withProvider ? [escapeTableCell(m.provider)] : []),
    `${formatInteger(requests)}${requests !== null && requestShare !== null ? ` (${shareText(requestShare)})` : ''}`,
    formatTokens(m.inputTokens),
    formatTokens(m.outputTokens),
    formatTokens(m.cacheReadTokens),
    formatTokens(m.cacheWriteTokens),
    formatMs(m.avgLatencyMs),
    costText(m.costUsd, pricing),
    ...(withCredits ? [aiCreditsText(m.aiCredits, m.aiCreditsCoverage)] : []),
  ])
  return markdownTable(columns, rows)
}
