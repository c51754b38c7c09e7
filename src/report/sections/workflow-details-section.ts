/**
 * "Per-Workflow Details": a collapsed section per workflow with data: its numbers, runs and models (a table only
 * when there are two or more; one model is named in the Models line).
 */
import type { WorkflowView } from '../../analysis/report-view.js'
import {
  formatDecimal,
  formatInteger,
  formatMs,
  formatPercent,
  formatRatio,
  formatTokens,
  formatUsd,
} from '../../common/value-format.js'
import type { ReportView } from '../../analysis/report-view.js'
import { aiCreditsText, formatAic, repricedText, reportHasAiCredits } from '../ai-credits-text.js'
import { escapeHtml, escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { costText, failedRunsText, markdownTable, moreRows, plural, requestsText, runLink } from '../markdown-parts.js'
import { isFailedConclusion } from '../../analysis/runs/failed-runs.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'
import { reasonsText } from './fallbacks-section.js'
import { modelTable } from './model-table.js'

const RUN_COLUMNS = [
  { title: 'Run' },
  { title: 'Branch' },
  { title: 'Requests', numeric: true },
  { title: 'Total Tokens', numeric: true },
  { title: 'Cache hit rate', numeric: true },
  { title: 'I/O Ratio', numeric: true },
  { title: 'Cost', numeric: true },
]

/** A run's conclusion, a failure marked so it stands out in the column. */
function conclusionText(conclusion: string | undefined): string {
  if (conclusion === undefined) return '—'
  return isFailedConclusion(conclusion) ? `❌ ${escapeTableCell(conclusion)}` : escapeTableCell(conclusion)
}

/** What a totals-only run shows where its request count would be. */
export const TOTALS_ONLY = 'analysed (totals only)'

function runTable(w: WorkflowView, maxRows: number, withCredits: boolean): string {
  // The conclusion only where GitHub gave one (local files have none).
  const withConclusion = w.runsWithData.some(({ metrics: r }) => r.conclusion !== undefined)
  const rows = w.runsWithData
    .slice(0, maxRows)
    .map(({ metrics: r, pricing }) => [
      runLink(r.runId, r.url),
      ...(withConclusion ? [conclusionText(r.conclusion)] : []),
      escapeTableCell(r.branch, { maxLength: 60 }),
      r.state === 'analysed-totals' ? TOTALS_ONLY : formatInteger(r.requests),
      formatTokens(r.totalTokens),
      formatPercent(r.cacheHitRate),
      formatRatio(r.ioRatio),
      costText(r.costUsd, pricing),
      ...(withCredits ? [aiCreditsText(r.aiCredits, r.aiCreditsCoverage)] : []),
    ])
  const more = w.runsWithData.length - maxRows
  const columns = [
    RUN_COLUMNS[0]!,
    ...(withConclusion ? [{ title: 'Conclusion' }] : []),
    ...RUN_COLUMNS.slice(1),
    ...(withCredits ? [{ title: 'AIC', numeric: true }] : []),
  ]
  return markdownTable(columns, rows) + (more > 0 ? `\n\n${moreRows(more, 'more run')}` : '')
}

/** What the workflow's failed runs cost, when their conclusions are known. */
function failedRunsLines(w: WorkflowView['metrics']): string[] {
  const failed = failedRunsText(w.failedRuns, w.costUsd)
  return failed ? [`- **Spent on failed runs**: ${failed}`] : []
}

/** Fallbacks, Copilot's initiators and the AIC pricing of a workflow, when it has any. */
function recordFactLines(w: WorkflowView['metrics']): string[] {
  const lines: string[] = []
  const f = w.fallbacks
  if (f && f.requests > 0) {
    const pairs = f.models
      .slice(0, 3)
      .map((p) => `${escapeMarkdown(p.requested)} → ${escapeMarkdown(p.served)} (${formatInteger(p.requests)})`)
    lines.push(
      `- **Fallbacks**: ${plural(f.requests, 'request')} (${formatPercent(w.requests > 0 ? f.requests / w.requests : null)}) served by a fallback model: ${pairs.join(', ')}${f.models.length > 3 ? ', …' : ''}; ${reasonsText(f.byReason)}`,
    )
  }
  const i = w.initiators
  if (i && i.user + i.agent > 0) {
    lines.push(
      `- **Copilot initiators**: ${plural(i.user, 'user request')} (premium) · ${plural(i.agent, 'agent request')}`,
    )
  }
  if (w.routing && w.routing.requests > 0) {
    lines.push(
      `- **Firewall routing calls** (not in these figures): ${plural(w.routing.requests, 'request')}, ${formatTokens(w.routing.totalTokens)} tokens`,
    )
  }
  return lines
}

function workflowDetails(view: WorkflowView, detail: ReportDetail, withCredits: boolean): string {
  const { metrics: w, pricing } = view
  const models = detail.modelRowsPerWorkflow === null ? view.models : view.models.slice(0, detail.modelRowsPerWorkflow)
  const lines = [
    '<details>',
    `<summary><b>${escapeHtml(w.name)}</b> — ${plural(w.runsWithData, 'run')} with data, ${costText(w.costUsd, pricing)}</summary>`,
    '',
    `- **Runs**: ${formatInteger(w.runs)} (${formatInteger(w.runsWithData)} with token data${(w.runsTotalsOnly ?? 0) > 0 ? `, ${formatInteger(w.runsTotalsOnly ?? 0)} ${TOTALS_ONLY}` : ''})`,
    view.requests === null
      ? `- **Requests**: ${requestsText(null, view.uncountedRuns)}`
      : `- **Requests**: ${requestsText(view.requests, view.uncountedRuns)} (avg ${formatDecimal(w.requestsPerRun)}/run)`,
    `- **Models**: ${models.map(({ metrics: m, requests }) => `${escapeMarkdown(m.model)} (${view.modelsNeedProvider ? `${escapeMarkdown(m.provider)}, ` : ''}${requests === null ? 'totals only' : plural(requests, 'request')})`).join(', ')}`,
    `- **Tokens**: ${formatTokens(w.totalTokens)} total (${formatTokens(w.inputTokens)} input, ${formatTokens(w.outputTokens)} output, ${formatTokens(w.cacheReadTokens)} cache read, ${formatTokens(w.cacheWriteTokens)} cache write${(w.reasoningTokens ?? 0) > 0 ? `; ${formatTokens(w.reasoningTokens ?? 0)} of the output reasoning` : ''}); full-price ${formatTokens(w.fullPriceTokens)}`,
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
    `- **Estimated cost**: ${costText(w.costUsd, pricing)}` +
      (w.aiCredits !== null && w.aiCredits !== undefined
        ? ` · **AI credits recorded**: ${aiCreditsText(w.aiCredits, w.aiCreditsCoverage)} (repriced: ${w.repricedAiCredits !== undefined ? repricedText(w) : pricing === 'unpriced' ? 'unpriced' : formatAic(w.costUsd * 100)})`
        : ''),
    ...failedRunsLines(w),
    ...recordFactLines(w),
  )
  if (detail.runRowsPerWorkflow > 0) lines.push('', runTable(view, detail.runRowsPerWorkflow, withCredits))
  // A single model's row would repeat the lines above (its requests, tokens, latency, cost): the Models line says it.
  if (view.models.length > 1) lines.push('', modelTable(models, view.modelsNeedProvider, withCredits))
  lines.push('', '</details>')
  return lines.join('\n')
}

/** Null when the details are left out (a reduction). */
export function workflowDetailsSection(view: ReportView, detail: ReportDetail): string | null {
  if (!detail.workflowDetails) return null
  const withData = shownWorkflows(view, detail).filter((w) => w.metrics.runsWithData > 0)
  const parts = ['### Per-Workflow Details']
  if (withData.length === 0) return [...parts, '', 'No workflow had token data.'].join('\n')
  const withCredits = reportHasAiCredits(view.data)
  for (const w of withData) parts.push(workflowDetails(w, detail, withCredits))
  return parts.join('\n\n')
}
