/** "Optimisation Opportunities": every flag, most severe first within its workflow, worded by flag-wording. */
import { flagMessageOf } from '../../analysis/flag-wording.js'
import type { Flag } from '../../analysis/report-data.js'
import type { ReportView } from '../../analysis/report-view.js'
import { escapeMarkdown } from '../markdown-escape.js'

const SEVERITY_ICON: Record<Flag['severity'], string> = { critical: '🔴', warning: '⚠️', info: 'ℹ️' }

/** A flag's sentence for an issue body: the plain wording, escaped (it quotes model names). */
export function flagMarkdownOf(flag: Flag): string {
  return escapeMarkdown(flagMessageOf(flag))
}

/** Every workflow's flags, also of workflows a reduction left out of the tables: a finding is never dropped. */
export function opportunitiesSection(view: ReportView): string {
  const lines = ['### 🔍 Optimisation Opportunities', '']
  let n = 0
  for (const w of view.workflows) {
    for (const flag of w.flags) {
      n++
      lines.push(
        `${n}. ${SEVERITY_ICON[flag.severity]} **${escapeMarkdown(w.metrics.name)}** — ${flagMarkdownOf(flag)}`,
      )
      if (flag.recommendation) lines.push(`   - ${escapeMarkdown(flag.recommendation)}`)
    }
  }
  if (n === 0) {
    lines.push(
      view.data.totals.runsWithData > 0
        ? 'No workflow crossed a threshold.'
        : 'Nothing to assess: no token data in this period.',
    )
  }
  return lines.join('\n')
}
