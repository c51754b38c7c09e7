/** "Overview": period, runs, requests, tokens, rates and the total cost, with what the totals leave out. */
import type { ReportData } from '../../analysis/report-data.js'
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger, formatPercent, formatRatio, formatTokens, formatUsd } from '../../common/value-format.js'
import { aiCreditsText, formatAic, repricedText } from '../ai-credits-text.js'
import { escapeMarkdown } from '../markdown-escape.js'
import { costText, failedRunsText, plural, requestsText, unpricedUsageText } from '../markdown-parts.js'

function formatInstant(iso: string | null | undefined): string | null {
  if (!iso) return null
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return escapeMarkdown(iso)
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

function periodText(data: ReportData): string {
  const since = formatInstant(data.window.since)
  const until = formatInstant(data.window.until)
  if (since && until) return `${since} to ${until}`
  if (since) return `since ${since}`
  if (until) return `until ${until}`
  const first = formatInstant(data.dataRange?.first)
  const last = formatInstant(data.dataRange?.last)
  if (first && last) return `all records (${first} to ${last})`
  return 'all records'
}

/** input 4K (0.4%), output 6K (0.6%), cache read 772K (76.2%), cache write 232K (22.9%). */
function tokenBreakdown(t: ReportData['totals']): string {
  const part = (label: string, n: number): string =>
    `${label} ${formatTokens(n)}${t.totalTokens > 0 ? ` (${formatPercent(n / t.totalTokens)})` : ''}`
  return (
    [
      part('input', t.inputTokens),
      part('output', t.outputTokens),
      part('cache read', t.cacheReadTokens),
      part('cache write', t.cacheWriteTokens),
    ].join(', ') +
    ((t.reasoningTokens ?? 0) > 0 ? `; reasoning ${formatTokens(t.reasoningTokens ?? 0)} (part of output)` : '')
  )
}

/** Runs whose `agent_usage.json` disagrees with their per-request records by more than 1%. */
function mismatchLine(data: ReportData): string | null {
  const rows = data.aggregateMismatches ?? []
  if (rows.length === 0) return null
  const first = rows[0]
  const m = first.mismatches[0]
  const example = m
    ? ` (e.g. ${escapeMarkdown(first.workflow)} run ${escapeMarkdown(first.runId)}: ${m.field} ${formatInteger(m.aggregate)} in \`agent_usage.json\` against ${formatInteger(m.records)} in its records)`
    : ''
  return `**Cross-check**: ${plural(rows.length, 'run')} whose per-run totals (\`agent_usage.json\`) differ from their per-request records by more than 1%${example}; the per-request records are used.`
}

export function overviewSection(view: ReportView): string {
  const { data } = view
  const t = data.totals
  const lines = [
    '### Overview',
    '',
    `**Period**: ${periodText(data)}  `,
    `**Runs in window**: ${formatInteger(t.runs)} in ${plural(data.workflows.length, 'workflow')} (${formatInteger(t.runsWithData)} with token data${(t.runsTotalsOnly ?? 0) > 0 ? `, ${formatInteger(t.runsTotalsOnly ?? 0)} of them analysed (totals only)` : ''})  `,
    `**Requests**: ${requestsText(view.requests, view.uncountedRuns)}  `,
    `**Total tokens**: ${formatTokens(t.totalTokens)} across all workflows (${tokenBreakdown(t)})  `,
    `**Cache hit rate**: ${formatPercent(t.cacheHitRate)} · **Cache write rate**: ${formatPercent(t.cacheWriteRate)} · **I/O ratio**: ${formatRatio(t.ioRatio)}  `,
    `**Estimated total cost**: ${costText(t.costUsd, view.totalPricing)}` +
      (t.aiCredits !== null && t.aiCredits !== undefined
        ? ` · **AI credits recorded**: ${aiCreditsText(t.aiCredits, t.aiCreditsCoverage)} (repriced: ${t.repricedAiCredits === undefined ? formatAic(t.costUsd * 100) : repricedText(t)})`
        : ''),
  ]
  const failed = failedRunsText(t.failedRuns, t.costUsd)
  if (failed) lines[lines.length - 1] += `  \n**Spent on failed runs**: ${failed}`
  const mismatches = mismatchLine(data)
  if (mismatches) lines.push('', mismatches)
  if (view.unpricedRequests > 0 || view.unpricedRuns > 0) {
    lines.push(
      '',
      `> [!WARNING]\n> ${unpricedUsageText(view.unpricedRequests, view.unpricedRuns)} of ${plural(data.unpricedModels.length, 'model')} without a known price ${view.unpricedRequests + view.unpricedRuns === 1 ? 'is' : 'are'} not included in any cost (see **Unpriced Models**).`,
    )
  }
  if (t.runsWithData === 0) {
    lines.push(
      '',
      'No run in this period had token usage data. Token usage is recorded by the api-proxy of the Agent Workflow Firewall (`--enable-api-proxy`); see **Runs Without Token Data** for the reason per run.',
    )
  }
  if (data.detection && data.detection.requests > 0) {
    lines.push(
      '',
      `Threat-detection usage (${formatTokens(data.detection.totalTokens)} tokens, ${formatUsd(data.detection.costUsd)}) is reported separately and is not included in these totals.`,
    )
  }
  if (data.routing && data.routing.requests > 0) {
    lines.push(
      '',
      `The firewall's own routing calls (${plural(data.routing.requests, 'request')}, ${formatTokens(data.routing.totalTokens)} tokens) are reported separately (**Firewall Routing Calls**) and are not included in these totals.`,
    )
  }
  return lines.join('\n')
}
