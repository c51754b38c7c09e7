/**
 * "Repositories": an organisation report's first table, one row per repository (runs, runs with data, requests,
 * tokens, cost, AI credits, cost per run and its change against the baseline), then the repositories that could
 * not be read, each with its reason (they are carried: the next report counts their runs).
 */
import type { RepositoryMetrics } from '../../analysis/repositories/repository-metrics.js'
import type { ReportData } from '../../analysis/report-data.js'
import { formatInteger, formatSignedChange, formatTokens, formatUsd } from '../../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { markdownTable, plural } from '../markdown-parts.js'

const STATUS_TEXT: Record<RepositoryMetrics['status'], string> = {
  collected: '',
  failed: ' ⚠️ failed',
  'not-reached': ' ⏸️ not reached',
}

function row(r: RepositoryMetrics): string[] {
  if (r.runs === null)
    return [`${escapeTableCell(r.repository)}${STATUS_TEXT[r.status]}`, ...Array<string>(8).fill('—')]
  return [
    `${escapeTableCell(r.repository)}${STATUS_TEXT[r.status]}`,
    formatInteger(r.runs),
    formatInteger(r.runsWithData),
    formatInteger(r.requests),
    formatTokens(r.totalTokens),
    formatUsd(r.costUsd),
    r.aiCredits === null ? '—' : formatInteger(Math.round(r.aiCredits)),
    formatUsd(r.costPerRunUsd),
    r.change === null ? '—' : formatSignedChange(r.change),
  ]
}

export function repositoriesSection(data: Pick<ReportData, 'repositories'>): string | null {
  const repositories = data.repositories
  if (!repositories || repositories.length === 0) return null
  const table = markdownTable(
    [
      { title: 'Repository' },
      { title: 'Runs', numeric: true },
      { title: 'With data', numeric: true },
      { title: 'Requests', numeric: true },
      { title: 'Tokens', numeric: true },
      { title: 'Cost', numeric: true },
      { title: 'AIC', numeric: true },
      { title: 'Cost per run', numeric: true },
      { title: 'vs baseline', numeric: true },
    ],
    repositories.map(row),
  )
  const unread = repositories.filter((r) => r.status !== 'collected')
  const notes = unread.map(
    (r) =>
      `- **${escapeMarkdown(r.repository)}** ${r.status === 'failed' ? 'failed' : 'was not reached'}: ` +
      `${escapeMarkdown(r.reason ?? 'no reason given')}`,
  )
  const carried =
    unread.length === 0
      ? ''
      : `\n\n${plural(unread.length, 'repository', 'repositories')} could not be read; ` +
        `${unread.length === 1 ? 'its window is' : 'their windows are'} carried, so the next report counts ` +
        `${unread.length === 1 ? 'its' : 'their'} runs:\n\n${notes.join('\n')}`
  return `## Repositories\n\n${table}${carried}`
}
