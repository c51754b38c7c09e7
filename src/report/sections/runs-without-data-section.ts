/** "Runs Without Token Data" (collapsed): workflows without any data, a count per reason, one row per run. */
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger } from '../../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { markdownTable, moreRows, plural, runLink } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'

export function runsWithoutDataSection(view: ReportView, detail: ReportDetail): string | null {
  const runs = view.runsWithoutData
  if (runs.length === 0) return null
  const maxRows = detail.runsWithoutDataRows
  const noDataWorkflows = shownWorkflows(view, detail).filter((w) => w.metrics.runsWithData === 0)
  const lines = ['<details>', `<summary><b>Runs Without Token Data</b> (${formatInteger(runs.length)})</summary>`, '']
  if (noDataWorkflows.length > 0) {
    lines.push('Workflows with no token data at all:', '')
    for (const { metrics: w } of noDataWorkflows)
      lines.push(`- **${escapeMarkdown(w.name)}** — ${plural(w.runs, 'run')}`)
    lines.push('')
  }
  // Many runs can lack data (an artifact rename, expired artifacts): a count per reason keeps that readable.
  if (runs.length > maxRows || view.runsWithoutDataByReason.length > 1) {
    lines.push('By reason:', '')
    for (const { reason, runs: n } of view.runsWithoutDataByReason) {
      lines.push(`- ${escapeMarkdown(reason)}: ${plural(n, 'run')}`)
    }
    lines.push('')
  }
  const rows = runs
    .slice(0, maxRows)
    .map((r) => [escapeTableCell(r.workflow), runLink(r.runId, r.url), escapeTableCell(r.reason)])
  lines.push(markdownTable([{ title: 'Workflow' }, { title: 'Run' }, { title: 'Reason' }], rows))
  if (runs.length > maxRows) lines.push('', moreRows(runs.length - maxRows, 'more run'))
  lines.push('', '</details>')
  return lines.join('\n')
}
