/** "Per-Workflow Details": a collapsed section per workflow with data: its numbers, runs and models. */
import type { WorkflowView } from '../../analysis/report-view.js'
import {
  formatDecimal,
  formatInteger,
  formatMs,
  formatPercent,
  formatRatio,
  formatTokens,
  formatUsd,
} from '../../analysis/value-format.js'
import type { ReportView } from '../../analysis/report-view.js'
import { escapeHtml, escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { costText, markdownTable, moreRows, plural, runLink } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'
import { modelTable } from './model-table.js'

const RUN_COLUMNS = [
  { title: 'Run' },
  { title: 'Branch' },
  { title: 'Requests', numeric: true },
  { title: 'Total Tokens', numeric: true },
  { title: 'Cache Rate', numeric: true },
  { title: 'I/O Ratio', numeric: true },
  { title: 'Cost', numeric: true },
]

function runTable(w: WorkflowView, maxRows: number): string {
  const rows = w.runsWithData
    .slice(0, maxRows)
    .map(({ metrics: r, pricing }) => [
      runLink(r.runId, r.url),
      escapeTableCell(r.branch, { maxLength: 60 }),
      formatInteger(r.requests),
      formatTokens(r.totalTokens),
      formatPercent(r.cacheHitRate),
      formatRatio(r.ioRatio),
      costText(r.costUsd, pricing),
    ])
  const more = w.runsWithData.length - maxRows
  return markdownTable(RUN_COLUMNS, rows) + (more > 0 ? `\n\n${moreRows(more, 'more run')}` : '')
}

function workflowDetails(view: WorkflowView, detail: ReportDetail): string {
  const { metrics: w, pricing } = view
  const models = detail.modelRowsPerWorkflow === null ? view.models : view.models.slice(0, detail.modelRowsPerWorkflow)
  const lines = [
    '<details>',
    `<summary><b>${escapeHtml(w.name)}</b> — ${plural(w.runsWithData, 'run')} with data, ${costText(w.costUsd, pricing)}</summary>`,
    '',
    `- **Runs**: ${formatInteger(w.runs)} (${formatInteger(w.runsWithData)} with token data)`,
    `- **Requests**: ${formatInteger(w.requests)} total (avg ${formatDecimal(w.requestsPerRun)}/run)`,
    `- **Models**: ${models.map(({ metrics: m }) => `${escapeMarkdown(m.model)} (${view.modelsNeedProvider ? `${escapeMarkdown(m.provider)}, ` : ''}${plural(m.requests, 'request')})`).join(', ')}`,
    `- **Tokens**: ${formatTokens(w.totalTokens)} total (${formatTokens(w.inputTokens)} input, ${formatTokens(w.outputTokens)} output, ${formatTokens(w.cacheReadTokens)} cache read, ${formatTokens(w.cacheWriteTokens)} cache write); full-price ${formatTokens(w.fullPriceTokens)}`,
  ]
  if (w.tokensPerRun) {
    lines.push(
      `- **Tokens per run**: mean ${formatTokens(w.tokensPerRun.mean)} · median ${formatTokens(w.tokensPerRun.median)} · p95 ${formatTokens(w.tokensPerRun.p95)}`,
    )
  }
  if (w.costPerRun && pricing === 'unpriced') lines.push('- **Cost per run**: unpriced')
  else if (w.costPerRun) {
    lines.push(
      `- **Cost per run**: mean ${formatUsd(w.costPerRun.mean)} · median ${formatUsd(w.costPerRun.median)} · p95 ${formatUsd(w.costPerRun.p95)}` +
        (pricing === 'partly-priced' ? ' (priced requests only)' : ''),
    )
  }
  lines.push(
    `- **Cache hit rate**: ${formatPercent(w.cacheHitRate)} · **Cache write rate**: ${formatPercent(w.cacheWriteRate)} · **I/O ratio**: ${formatRatio(w.ioRatio)}`,
    `- **Latency**: avg ${formatMs(w.avgLatencyMs)}/request · p50 ${formatMs(w.latencyP50Ms)} · p95 ${formatMs(w.latencyP95Ms)}`,
    `- **Estimated cost**: ${costText(w.costUsd, pricing)}`,
  )
  if (detail.runRowsPerWorkflow > 0) lines.push('', runTable(view, detail.runRowsPerWorkflow))
  lines.push('', modelTable(models, view.modelsNeedProvider), '', '</details>')
  return lines.join('\n')
}

/** Null when the details are left out (a reduction). */
export function workflowDetailsSection(view: ReportView, detail: ReportDetail): string | null {
  if (!detail.workflowDetails) return null
  const withData = shownWorkflows(view, detail).filter((w) => w.metrics.runsWithData > 0)
  const parts = ['### Per-Workflow Details']
  if (withData.length === 0) return [...parts, '', 'No workflow had token data.'].join('\n')
  for (const w of withData) parts.push(workflowDetails(w, detail))
  return parts.join('\n\n')
}
