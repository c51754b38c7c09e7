/** "Overview": period, runs, requests, tokens, rates and the total cost, with what the totals leave out. */
import type { ReportData } from '../../analysis/report-data.js'
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger, formatPercent, formatRatio, formatTokens, formatUsd } from '../../analysis/value-format.js'
import { escapeMarkdown } from '../markdown-escape.js'
import { plural } from '../markdown-parts.js'

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
  return [
    part('input', t.inputTokens),
    part('output', t.outputTokens),
    part('cache read', t.cacheReadTokens),
    part('cache write', t.cacheWriteTokens),
  ].join(', ')
}

export function overviewSection(view: ReportView): string {
  const { data } = view
  const t = data.totals
  const lines = [
    '### Overview',
    '',
    `**Period**: ${periodText(data)}  `,
    `**Runs in window**: ${formatInteger(t.runs)} in ${plural(data.workflows.length, 'workflow')} (${formatInteger(t.runsWithData)} with token data)  `,
    `**Requests**: ${formatInteger(t.requests)}  `,
    `**Total tokens**: ${formatTokens(t.totalTokens)} across all workflows (${tokenBreakdown(t)})  `,
    `**Cache hit rate**: ${formatPercent(t.cacheHitRate)} · **Cache write rate**: ${formatPercent(t.cacheWriteRate)} · **I/O ratio**: ${formatRatio(t.ioRatio)}  `,
    `**Estimated total cost**: ${formatUsd(t.costUsd)}`,
  ]
  if (view.unpricedRequests > 0) {
    lines.push(
      '',
      `> [!WARNING]\n> ${plural(view.unpricedRequests, 'request')} of ${plural(data.unpricedModels.length, 'model')} without a known price are not included in any cost (see **Unpriced Models**).`,
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
  return lines.join('\n')
}
