/**
 * The weekly or monthly rollup as markdown: what it covers (and which days had no daily report), the totals, the
 * change against the previous period and why, the workflows that moved most, per day, per workflow and per model,
 * budgets and the forecast, and the credit-cap flags. Numbers arrive computed (analysis/rollup-report.ts).
 */
import { describeDrivers, signedUsd } from '../analysis/trends/driver-sentence.js'
import type { PeriodChange, UsageTotals } from '../analysis/rollups/period-rollup.js'
import type { RollupMover } from '../analysis/rollups/period-movers.js'
import type { RollupReport } from '../analysis/rollups/rollup-report.js'
import {
  formatDecimal,
  formatInteger,
  formatPreciseUsd,
  formatSignedChange,
  formatTokens,
  formatUsd,
} from '../common/value-format.js'
import { fitToLimit, ISSUE_BODY_SIZE, JOB_SUMMARY_SIZE, type TextLimit } from './fit-to-limit.js'
import { escapeMarkdown, escapeTableCell, safeLinkUrl } from './markdown-escape.js'
import { markdownTable, plural, shareText } from './markdown-parts.js'
import { CUT_NOTICE } from './markdown-report.js'
import { flagMarkdownOf } from './sections/opportunities-section.js'
import { budgetSection } from './sections/budget-section.js'

const credits = (value: number | null): string => (value === null ? '—' : `${formatInteger(value)} AIC`)

function signedChange(relative: number | null): string {
  if (relative === null) return 'new'
  return formatSignedChange(relative)
}

function periodName(report: RollupReport): string {
  const { kind, id, start, end } = report.period
  return `${kind === 'week' ? 'Week' : 'Month'} ${id} (${start} – ${end})`
}

function coverageSection(report: RollupReport): string {
  const lines = [`### 📅 ${periodName(report)}`, '']
  const n = report.days.length
  if (n === 0) {
    lines.push('No daily report ended in this period: there is nothing to sum.')
  } else {
    const first = report.days[0].day
    const last = report.days[n - 1].day
    lines.push(
      `Summed from ${plural(n, 'daily report')} whose window ended in the period (${first} to ${last}); ` +
        'no artifact was read again.',
    )
  }
  if (report.missingDays.length > 0) {
    lines.push(
      '',
      `> [!WARNING]\n> No daily report for ${report.missingDays.join(', ')}: the totals cover ` +
        `${n} of ${plural(n + report.missingDays.length, 'day')} (the window of a later report may have covered ` +
        'those days in its window).',
    )
  }
  if (report.unreadableReports.length > 0) {
    const list = report.unreadableReports.map((u) => `#${u.number} (${escapeMarkdown(u.reason)})`).join(', ')
    lines.push('', `Reports whose hidden data did not read, not counted: ${list}.`)
  }
  return lines.join('\n')
}

function totalsTable(t: UsageTotals): string {
  return markdownTable(
    [{ title: 'Metric' }, { title: 'Value', numeric: true }],
    [
      ['Runs with data', `${formatInteger(t.runsWithData)} of ${formatInteger(t.runs)}`],
      ['Requests', formatInteger(t.requests)],
      ['Fresh input tokens', formatTokens(t.inputTokens)],
      ['Output tokens', formatTokens(t.outputTokens)],
      ['Cache read tokens', formatTokens(t.cacheReadTokens)],
      ['Cache write tokens', formatTokens(t.cacheWriteTokens)],
      ['Total tokens', formatTokens(t.totalTokens)],
      ['Cost', formatUsd(t.costUsd)],
      ['AI credits (recorded)', credits(t.aiCredits)],
      ['Cost per run', formatPreciseUsd(t.costPerRunUsd)],
    ],
  )
}

function changeSection(change: PeriodChange | null, totals: UsageTotals): string {
  const lines = ['### 📈 Against the previous period', '']
  if (!change) {
    lines.push('No daily report ended in the previous period: nothing to compare with.')
    return lines.join('\n')
  }
  const p = change.previous
  const source =
    p.source === 'rollup'
      ? `from its rollup${p.rollup !== undefined ? ` #${p.rollup}` : ''}: its daily reports could not be read`
      : `${plural(p.reports, 'daily report')} then`
  // Unlike numbers of days compare per day: the change is of the daily means, and both sides' days are named.
  const { days, costPerDayUsd } = change
  const perDay = change.basis === 'per-day' ? ' per day' : ''
  const covered =
    change.basis === 'per-day'
      ? `${formatUsd(costPerDayUsd.current)} a day over ${plural(days.current, 'day')} against ` +
        `${formatUsd(costPerDayUsd.previous)} over ${plural(days.previous, 'day')}`
      : `${plural(days.current, 'day')} each`
  lines.push(
    `- Cost ${formatUsd(totals.costUsd)} against ${formatUsd(p.totals.costUsd)} in ${p.id} ` +
      `(${signedChange(change.costRelative)}${perDay}; ${covered}; ${source}).`,
    `- Tokens ${formatTokens(totals.totalTokens)} against ${formatTokens(p.totals.totalTokens)} ` +
      `(${signedChange(change.tokensRelative)}${perDay}).`,
  )
  const c = change.costPerRun
  const verdict = change.costPerRunNote
    ? escapeMarkdown(change.costPerRunNote)
    : c.verdict === 'significant'
      ? `significant, p ${c.pValue !== null && c.pValue < 0.001 ? '< 0.001' : `= ${formatDecimal(c.pValue)}`}`
      : c.verdict === 'too-few-runs'
        ? 'too few runs to tell'
        : 'not significant'
  lines.push(
    `- Cost per run ${formatPreciseUsd(c.baseline)} → ${formatPreciseUsd(c.current)} ` +
      `(${c.relative === null ? '—' : signedChange(c.relative)}, ${verdict}; ${formatInteger(c.runs.baseline)} → ` +
      `${formatInteger(c.runs.current)} runs).`,
  )
  if (change.drivers) {
    const why = describeDrivers(change.drivers)
    lines.push(`- Why: ${why ? escapeMarkdown(why) : 'no driver moved cost per run by half a cent or more'}.`)
  } else if (change.driversNote) {
    lines.push(`- No drivers: ${escapeMarkdown(change.driversNote)}.`)
  }
  return lines.join('\n')
}

function moversSection(movers: readonly RollupMover[]): string | null {
  if (movers.length === 0) return null
  const rows = movers.map((m) => [
    escapeTableCell(m.workflow),
    formatPreciseUsd(m.costPerRunUsd.previous),
    formatPreciseUsd(m.costPerRunUsd.current),
    signedUsd(m.impactUsd),
    m.status === 'compared' ? signedChange(m.relative) : m.status,
    `${formatInteger(m.runs.previous)} → ${formatInteger(m.runs.current)}`,
  ])
  return [
    '### 🏃 Top movers',
    '',
    'By what the change of cost per run added to this period (cost per run change × runs now); a workflow new or ' +
      'gone by its cost.',
    '',
    markdownTable(
      [
        { title: 'Workflow' },
        { title: 'Cost/run before', numeric: true },
        { title: 'Cost/run now', numeric: true },
        { title: 'Change', numeric: true },
        { title: '%', numeric: true },
        { title: 'Runs', numeric: true },
      ],
      rows,
    ),
  ].join('\n')
}

function daysSection(report: RollupReport): string | null {
  if (report.days.length === 0) return null
  const rows = report.days.map((d) => {
    const href = safeLinkUrl(d.url)
    return [
      d.day,
      href ? `[#${d.report}](${href})` : `#${d.report}`,
      formatInteger(d.runsWithData),
      formatTokens(d.totalTokens),
      formatUsd(d.costUsd),
      credits(d.aiCredits),
    ]
  })
  return [
    '### 🗓️ Per day',
    '',
    markdownTable(
      [
        { title: 'Day' },
        { title: 'Report' },
        { title: 'Runs', numeric: true },
        { title: 'Tokens', numeric: true },
        { title: 'Cost', numeric: true },
        { title: 'AIC', numeric: true },
      ],
      rows,
    ),
  ].join('\n')
}

function workflowsSection(report: RollupReport): string {
  if (report.workflows.length === 0) return '### 🧩 Per workflow\n\nNo workflow had runs in this period.'
  const rows = report.workflows.map((w) => [
    escapeTableCell(w.name),
    formatInteger(w.runsWithData),
    formatInteger(w.requests),
    formatTokens(w.totalTokens),
    formatUsd(w.costUsd),
    shareText(w.costShare),
    formatPreciseUsd(w.costPerRunUsd),
    credits(w.aiCredits),
  ])
  return [
    '### 🧩 Per workflow',
    '',
    markdownTable(
      [
        { title: 'Workflow' },
        { title: 'Runs', numeric: true },
        { title: 'Requests', numeric: true },
        { title: 'Tokens', numeric: true },
        { title: 'Cost', numeric: true },
        { title: 'Share', numeric: true },
        { title: 'Cost/run', numeric: true },
        { title: 'AIC', numeric: true },
      ],
      rows,
    ),
  ].join('\n')
}

function modelsSection(report: RollupReport): string {
  const lines = ['### 🤖 Per model', '']
  if (report.models.length > 0) {
    lines.push(
      markdownTable(
        [
          { title: 'Model' },
          { title: 'Provider' },
          { title: 'Requests', numeric: true },
          { title: 'Tokens', numeric: true },
          { title: 'Cost', numeric: true },
          { title: 'Share', numeric: true },
          { title: 'AIC', numeric: true },
        ],
        report.models.map((m) => [
          escapeTableCell(m.model),
          escapeTableCell(m.provider),
          formatInteger(m.requests),
          formatTokens(m.totalTokens),
          formatUsd(m.costUsd),
          shareText(m.costShare),
          credits(m.aiCredits),
        ]),
      ),
    )
  }
  if (report.daysWithoutModelRows.length > 0) {
    if (lines.length > 2) lines.push('')
    lines.push(
      `The daily reports of ${report.daysWithoutModelRows.join(', ')} were written before reports kept per-model ` +
        'rows: their usage is in the totals and the workflows, not in this table.',
    )
  }
  if (lines.length === 2) lines.push('No model usage in this period.')
  return lines.join('\n')
}

function flagsSection(report: RollupReport): string | null {
  if (report.flags.length === 0) return null
  return [
    '### 🔍 Near the daily AI-credit cap',
    '',
    ...report.flags.map((f, i) => `${i + 1}. **${escapeMarkdown(f.workflow)}** — ${flagMarkdownOf(f)}`),
  ].join('\n')
}

/** The rollup's sections, in order. */
export function rollupSections(report: RollupReport): string[] {
  return [
    coverageSection(report),
    totalsTable(report.totals),
    changeSection(report.change, report.totals),
    moversSection(report.movers),
    budgetSection(report),
    flagsSection(report),
    daysSection(report),
    workflowsSection(report),
    modelsSection(report),
  ].filter((s): s is string => s !== null)
}

const FOOTER = '<sub>Generated by token-usage-analyzer from the hidden data of the daily reports.</sub>'

/** The rollup within `limit` (an issue body's by default), the marker first and `trailer` kept whole. */
export function renderRollupMarkdown(
  report: RollupReport,
  options: { marker?: string; trailer?: string; limit?: TextLimit } = {},
): { text: string; omitted: string[] } {
  const limit = options.limit ?? ISSUE_BODY_SIZE
  const fitted = fitToLimit(report, {
    limit,
    reductions: [],
    render: (value, omitted) => ({
      head:
        (options.marker ? `${options.marker}\n` : '') +
        (omitted.length > 0
          ? `> [!NOTE]\n> Shortened to fit ${limit.label}. Left out: ${omitted.join('; ')}.\n\n`
          : ''),
      body: rollupSections(value).join('\n\n') + '\n\n',
      tail: `${FOOTER}\n`,
      keep: options.trailer ?? '',
    }),
    cutNotice: CUT_NOTICE,
  })
  return { text: fitted.text, omitted: fitted.omitted }
}

/** The rollup for the job summary. */
export function renderRollupJobSummary(report: RollupReport): string {
  return renderRollupMarkdown(report, { limit: JOB_SUMMARY_SIZE }).text
}
