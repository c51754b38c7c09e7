/** "Runs Without Token Data" (collapsed): workflows without any data, a count per reason, one row per run. */
import type { ReportData } from '../../analysis/report-data.js'
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger } from '../../common/value-format.js'
import { escapeMarkdown, escapeTableCell } from '../markdown-escape.js'
import { markdownTable, moreRows, plural, runLink } from '../markdown-parts.js'
import { shownWorkflows, type ReportDetail } from '../report-detail.js'

/** The runs whose artifact (or files) held no token records, with what was read: one line each under its runs. */
function noRecordsLines(data: ReportData): string[] {
  const rows = data.noRecords ?? []
  if (rows.length === 0) return []
  const shown = rows.slice(0, 5).map((r) => {
    const where = r.artifact ? `artifact \`${escapeMarkdown(r.artifact)}\`` : 'its files'
    const inspected =
      r.files.length > 0
        ? `read ${r.files.map((f) => `\`${escapeMarkdown(f)}\``).join(', ')}`
        : r.archivePaths && r.archivePaths.length > 0
          ? `no token file among ${plural(r.archiveEntries ?? r.archivePaths.length, 'entry', 'entries')} (${r.archivePaths
              .slice(0, 5)
              .map((f) => `\`${escapeMarkdown(f)}\``)
              .join(', ')}${(r.archiveEntries ?? r.archivePaths.length) > 5 ? ', …' : ''})`
          : 'no token file found'
    return `- ${escapeMarkdown(r.workflow)} run ${escapeMarkdown(r.runId)}: ${where}, ${inspected}`
  })
  const more =
    rows.length > 5 ? [`- …and ${plural(rows.length - 5, 'more run')} (see the JSON report's \`noRecords\`).`] : []
  return [
    `${plural(rows.length, 'run')} had an artifact with **no token records**; what was read:`,
    '',
    ...shown,
    ...more,
    '',
  ]
}

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
  lines.push(...noRecordsLines(view.data))
  const rows = runs
    .slice(0, maxRows)
    .map((r) => [escapeTableCell(r.workflow), runLink(r.runId, r.url), escapeTableCell(r.reason)])
  lines.push(markdownTable([{ title: 'Workflow' }, { title: 'Run' }, { title: 'Reason' }], rows))
  if (runs.length > maxRows) lines.push('', moreRows(runs.length - maxRows, 'more run'))
  lines.push('', '</details>')
  return lines.join('\n')
}
