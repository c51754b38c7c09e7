/**
 * "Optimisation Opportunities": the flags that need a look first — new, worsened, or of unknown standing, most severe
 * first — each with its recommendation and what acting on it would save; then the flags that stand unchanged since
 * an earlier report, once each in a compact list ("persisting since 2026-04-12"), so a standing flag is not a fresh
 * warning every day. Worded by flag-wording; weighed by flag-weight.
 */
import { flagWeightNoteOf, WORTH_NAMING_USD } from '../../analysis/flags/flag-weight.js'
import { flagMessageOf } from '../../analysis/flags/flag-wording.js'
import type { Flag, WorkflowMetrics } from '../../analysis/report-data.js'
import type { ReportView } from '../../analysis/report-view.js'
import { formatPreciseUsd } from '../../common/value-format.js'
import { escapeMarkdown } from '../markdown-escape.js'

const SEVERITY_ICON: Record<Flag['severity'], string> = { critical: '🔴', warning: '⚠️', info: 'ℹ️' }
const SEVERITY_ORDER: Record<Flag['severity'], number> = { critical: 0, warning: 1, info: 2 }

/** A flag's sentence for an issue body: the plain wording, escaped (it quotes model names). */
export function flagMarkdownOf(flag: Flag): string {
  // Our own sentence, however long its drivers make it: read whole, never cut mid-clause (names in it are bounded).
  return escapeMarkdown(flagMessageOf(flag), { maxLength: 4000 })
}

function standingText(flag: Flag): string {
  if (flag.standing === 'new') return ' 🆕'
  if (flag.standing === 'worsened') return flag.since ? ` (worse; standing since ${flag.since})` : ' (worse)'
  return ''
}

/** Every workflow's flags, also of workflows a reduction left out of the tables: a finding is never dropped. */
export function opportunitiesSection(view: ReportView): string {
  const lines = ['### 🔍 Optimisation Opportunities', '']
  const all: { flag: Flag; workflow: WorkflowMetrics; order: number }[] = []
  for (const w of view.workflows) for (const flag of w.flags) all.push({ flag, workflow: w.metrics, order: all.length })
  const leading = all
    .filter((f) => f.flag.standing !== 'persisting')
    .sort((a, b) => SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity] || a.order - b.order)
  const persisting = all.filter((f) => f.flag.standing === 'persisting')

  for (const [i, { flag, workflow }] of leading.entries()) {
    lines.push(
      `${i + 1}. ${SEVERITY_ICON[flag.severity]} **${escapeMarkdown(workflow.name)}** — ${flagMarkdownOf(flag)}${standingText(flag)}`,
    )
    if (flag.recommendation) lines.push(`   - ${escapeMarkdown(flag.recommendation, { maxLength: 4000 })}`)
    const weight = flagWeightNoteOf(flag, workflow)
    if (weight) lines.push(`   - ${escapeMarkdown(weight, { maxLength: 4000 })}`)
  }
  if (persisting.length > 0) {
    if (leading.length > 0) lines.push('')
    lines.push(`**Unchanged since an earlier report** (${persisting.length}):`, '')
    for (const { flag, workflow } of persisting) {
      const since = flag.since ? ` — persisting since ${flag.since}` : ''
      const saving =
        flag.context?.savingPerRunUsd !== undefined && flag.context.savingPerRunUsd >= WORTH_NAMING_USD
          ? ` (could save about ${formatPreciseUsd(flag.context.savingPerRunUsd)} per run)`
          : ''
      lines.push(
        `- ${SEVERITY_ICON[flag.severity]} **${escapeMarkdown(workflow.name)}** — ${flagMarkdownOf(flag)}${saving}${since}`,
      )
    }
  }
  if (all.length === 0) {
    lines.push(
      view.data.totals.runsWithData > 0
        ? 'No workflow crossed a threshold.'
        : 'Nothing to assess: no token data in this period.',
    )
  }
  return lines.join('\n')
}
