/** "Skipped Lines and Records": invalid lines, duplicates and filtered records, with file:line examples. */
import type { ReportView } from '../../analysis/report-view.js'
import { formatInteger } from '../../common/value-format.js'
import { escapeMarkdown } from '../markdown-escape.js'
import { plural } from '../markdown-parts.js'

const SKIP_EXAMPLES_SHOWN = 5

export function skippedSection(view: ReportView): string | null {
  const s = view.data.skipped
  if (s.invalidLines === 0 && s.duplicateRecords === 0 && s.filteredRecords === 0) return null
  const lines = ['### Skipped Lines and Records', '']
  if (s.invalidLines > 0) {
    const reasons = Object.entries(s.byReason)
      .filter(([, n]) => n > 0)
      .map(([reason, n]) => `${escapeMarkdown(reason)}: ${formatInteger(n)}`)
      .join(', ')
    lines.push(`- **${plural(s.invalidLines, 'invalid line')}** skipped${reasons ? ` (${reasons})` : ''}`)
  }
  if (s.duplicateRecords > 0) {
    lines.push(
      `- **${plural(s.duplicateRecords, 'duplicate record')}** removed (same \`request_id\` in one run, e.g. two copies of a file)`,
    )
  }
  if (s.filteredRecords > 0) {
    lines.push(`- **${plural(s.filteredRecords, 'record')}** left out by the provider/date filters`)
  }
  if (s.examples.length > 0) {
    lines.push('', 'Examples:', '')
    for (const e of s.examples.slice(0, SKIP_EXAMPLES_SHOWN)) {
      const run = e.runId !== undefined ? `run ${escapeMarkdown(e.runId)} of ${escapeMarkdown(e.workflow ?? '')}, ` : ''
      lines.push(
        `- ${run}${escapeMarkdown(e.file, { maxLength: 160 })}:${e.line} — ${escapeMarkdown(e.reason)}: ${escapeMarkdown(e.detail, { maxLength: 160 })}`,
      )
    }
  }
  return lines.join('\n')
}
