/**
 * The report's "Historical Trend" section: what changed significantly against the baseline and why (the words a
 * person reads first), a table of every workflow's change with a sparkline of its cost per run over the last days,
 * ONE Mermaid `xychart-beta` of the daily cost whose axis starts at 0 and whose labels mark the days a significant
 * change began, and a compact history table. Workflow names are untrusted: they are escaped for tables and reduced
 * to a safe alphabet inside Mermaid (where a backtick could end the code fence and `%%{…}%%` is a directive).
 */
import { changeText, metricValueText, signedChangeText } from '../analysis/trends/change-wording.js'
import type {
  DayCost,
  HistoryPoint,
  MetricChange,
  ReportTrends,
  TrendValue,
  WorkflowTrend,
} from '../analysis/report-data.js'
import { perRunOf } from '../analysis/trends/report-history.js'
import { formatPercent, formatPreciseUsd, formatSignedChange, formatTokens, formatUsd } from '../common/value-format.js'
import { escapeMarkdown, escapeTableCell, safeLinkUrl } from './markdown-escape.js'
import { markdownTable, plural } from './markdown-parts.js'
import { sparkline } from './sparkline.js'

/** The chart's one directive (ours, fixed text: names never reach it). */
const CHART_THEME = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da"}}}}%%'

/** Marks a day on the cost chart's axis on which a significant change began. */
const CHANGE_MARK = '◆'

// One signed format (never −0.0%); the hit rate's change is in points.
const pct = (change: number): string => formatSignedChange(change)
const pp = (change: number): string => `${formatSignedChange(change).slice(0, -1)} pp`

function trendCell(value: TrendValue, format: (n: number | null) => string, change = pct): string {
  if (value.previous === null && value.current === null) return '—'
  const arrow = `${format(value.previous)} → ${format(value.current)}`
  return value.change === null ? arrow : `${arrow} (${change(value.change)})`
}

/** The legacy comparison's notes (against a previous report without data for a baseline: the LLM analyzer's). */
function noteOf(trend: WorkflowTrend): string {
  const notes: string[] = []
  if (trend.status === 'new') notes.push('🆕 new')
  if (trend.status === 'disappeared') notes.push('no data this time')
  if (trend.caching === 'gained') notes.push('gained prompt caching')
  if (trend.caching === 'lost') notes.push('⚠️ lost prompt caching')
  return notes.join(', ') || '—'
}

const formatRequests = (n: number | null): string => (n === null ? '—' : n.toFixed(1))
const formatRate = (n: number | null): string => formatPercent(n)

/** Markdown saying what was compared with; the note can quote an earlier body, so it is escaped. */
function previousLines(trends: ReportTrends): string[] {
  const previous = trends.previous
  const note = trends.note ? [escapeMarkdown(trends.note, { maxLength: 500 })] : []
  if (!previous)
    return note.length > 0 ? note : ['This is the first report of this series; trends start with the next one.']
  const url = safeLinkUrl(previous.url)
  const link = url ? `[#${previous.number}](${url})` : `#${previous.number}`
  const by = previous.source === 'llm-analyzer' ? ' (written by the LLM analyzer; requests per run not available)' : ''
  const window = previous.window.since
    ? `window ${previous.window.since} → ${previous.window.until}`
    : `window ending ${previous.window.until}`
  return [`Compared with the previous report ${link}${by}, ${window}.`, ...note]
}

const COMPARISON_COLUMNS = ['Workflow', 'Tokens/run', 'Cost/run', 'Cache hit rate', 'Requests/run', 'Note']

/** Against a previous report without per-run data (no baseline to test against): the numbers, nothing told. */
function comparisonTable(trends: ReportTrends): string[] {
  if (trends.workflows.length === 0) return []
  const rows = trends.workflows.map((t) => [
    escapeTableCell(t.name),
    trendCell(t.tokensPerRun, formatTokens),
    trendCell(t.costPerRunUsd, formatPreciseUsd),
    trendCell(t.cacheHitRate, formatRate, pp),
    trendCell(t.requestsPerRun, formatRequests),
    noteOf(t),
  ])
  return [
    markdownTable(
      COMPARISON_COLUMNS.map((title) => ({ title })),
      rows,
    ),
  ]
}

/**
 * What the baseline is, and what "significant" means, in one paragraph. A `7d` baseline takes the earlier reports
 * whose windows END in the 7 days before this one; a report's window can start long before (a first report looks
 * back 30 days), so the words say which windows and the dates span them, never "runs of the last 7 days".
 */
function baselineLine(trends: ReportTrends): string {
  const b = trends.baseline
  const many = b.reports !== 1
  const span =
    b.span === 'previous'
      ? 'the previous report'
      : `the earlier reports whose windows ended in the last ${b.span.replace(/d$/, ' days')}`
  const windows = many ? 'windows' : 'window'
  const dates =
    b.since && b.until
      ? `, ${windows} from ${b.since.slice(0, 10)} to ${b.until.slice(0, 10)}`
      : b.until
        ? `, ${windows} ending by ${b.until.slice(0, 10)}`
        : ''
  return (
    `Each workflow's runs are compared with its runs in ${span} (${b.reports} ${many ? 'reports' : 'report'}, ` +
    `${plural(b.runs, 'run')} with data${dates}). A change is significant when a rank test on the per-run values says so ` +
    `(Mann–Whitney, exact for few runs, at least ±${formatPercent(trends.threshold, 0)}; the runs since a change ` +
    'began are pooled over reports, and the false discovery rate over all workflows and metrics is kept under 1%).'
  )
}

/** The significant changes, falls and rises alike, cost first: the words a person reads first. */
function changeLines(trends: ReportTrends): string[] {
  const lines: string[] = []
  for (const t of trends.workflows) {
    for (const change of t.changes) {
      if (!change.significant) continue
      const icon = change.direction === 'down' ? '📉' : '📈'
      const why = change.why ? `: ${change.why}` : ''
      lines.push(
        `- ${icon} **${escapeMarkdown(t.name)}** — ${escapeMarkdown(`${changeText(change)}${why}`, { maxLength: 4000 })}`,
      )
    }
    // Models the driver sentence did not name already.
    const named = t.changes.map((c) => c.why ?? '').join(' ')
    const unnamed = (list: string[] | undefined) => (list ?? []).filter((m) => !named.includes(m))
    if (t.changes.some((c) => c.significant)) {
      const parts = [
        ...(unnamed(t.models?.new).length > 0 ? [`new: ${unnamed(t.models?.new).join(', ')}`] : []),
        ...(unnamed(t.models?.gone).length > 0 ? [`gone: ${unnamed(t.models?.gone).join(', ')}`] : []),
      ]
      if (parts.length > 0) lines.push(`  - models ${escapeMarkdown(parts.join('; '), { maxLength: 300 })}`)
    }
  }
  return lines
}

/** "$0.22 → $0.07 (−69%)", bold when significant, "—" without values. */
function changeCell(change: MetricChange | undefined): string {
  if (!change || (change.baseline === null && change.current === null)) return '—'
  const text = `${metricValueText(change.metric, change.baseline)} → ${metricValueText(change.metric, change.current)} (${signedChangeText(change)})`
  return change.significant ? `**${text}**` : text
}

/** What a reader should know about a row: since when, too few runs, caching and models. */
function changeNote(t: WorkflowTrend): string {
  const notes: string[] = []
  if (t.status === 'disappeared') notes.push('no data this time')
  const significant = t.changes.filter((c) => c.significant)
  if (significant.length > 0) {
    const since = significant
      .map((c) => c.since)
      .filter((d): d is string => d !== null)
      .sort()[0]
    notes.push(since ? `significant since ${since}` : 'significant')
  } else if (t.changes.length === 0) {
    if (t.status !== 'disappeared') notes.push('🆕 not in the baseline')
  } else if (t.changes.some((c) => c.metric === 'costPerRunUsd' && c.verdict === 'too-few-runs')) {
    notes.push('too few runs to tell')
  } else {
    notes.push('no significant change')
  }
  if (t.caching === 'gained') notes.push('gained prompt caching')
  if (t.caching === 'lost') notes.push('⚠️ lost prompt caching')
  if (t.models?.new.length) notes.push(`new model ${t.models.new.join(', ')}`)
  if (t.models?.gone.length) notes.push(`${t.models.gone.join(', ')} gone`)
  return escapeTableCell(notes.join('; '))
}

/** Cost per run of one workflow over the history days, oldest first (null on days without its runs). */
function costSeriesOf(history: readonly HistoryPoint[], name: string): (number | null)[] {
  return history.map((p) => p.workflows.find((w) => w.name === name)?.costPerRunUsd ?? null)
}

const CHANGE_COLUMNS = [
  'Workflow',
  'Cost/run by day',
  'Cost/run',
  'Tokens/run',
  'Requests/run',
  'Cache hit rate',
  'Note',
]

/** Every workflow against its baseline, with a sparkline of its cost per run (own scale from 0) over the history. */
function changeTable(trends: ReportTrends): string[] {
  if (trends.workflows.length === 0) return []
  // AI credits per run beside the cost once some workflow's runs recorded credits on both sides.
  const withCredits = trends.workflows.some((t) => t.changes.some((c) => c.metric === 'aiCreditsPerRun'))
  const columns = withCredits ? [...CHANGE_COLUMNS.slice(0, 3), 'AIC/run', ...CHANGE_COLUMNS.slice(3)] : CHANGE_COLUMNS
  const rows = trends.workflows.map((t) => {
    const of = (metric: MetricChange['metric']) => t.changes.find((c) => c.metric === metric)
    return [
      escapeTableCell(t.name),
      sparkline(costSeriesOf(trends.history, t.name)),
      changeCell(of('costPerRunUsd')),
      ...(withCredits ? [changeCell(of('aiCreditsPerRun'))] : []),
      changeCell(of('tokensPerRun')),
      changeCell(of('requestsPerRun')),
      changeCell(of('cacheHitRate')),
      changeNote(t),
    ]
  })
  return [
    markdownTable(
      columns.map((title) => ({ title })),
      rows,
    ),
  ]
}

const chartNumber = (n: number, decimals: number): string => String(Number(n.toFixed(decimals)))

/** A round top for the axis (1, 2 or 5 × a power of ten), at least the largest value. */
export function axisTopOf(max: number): number {
  if (!(max > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(max))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power
  return 10 * power
}

/** Marks a day no report covered: its bar is empty because its cost is unknown, not because it was 0. */
const GAP_MARK = '○'

/** The days of the chart: the runs' own days, or (trends from before they were kept) one point per report. */
function chartDaysOf(trends: ReportTrends): DayCost[] {
  if (trends.days) return trends.days
  return trends.history.map((p) => ({ date: p.date, costUsd: p.costUsd, runsWithData: p.runsWithData }))
}

/**
 * The cost of each UTC day as bars from 0; days a significant change began carry ◆ in their label, days no report
 * covered ○ (Mermaid has no empty bar: theirs is drawn at 0 and the mark says it is unknown).
 */
function costChart(days: readonly DayCost[], changeDays: ReadonlySet<string>): string[] {
  if (days.length < 2 || days.every((d) => d.costUsd === null)) return []
  // The one place a date is shortened to MM-DD: Mermaid neither rotates nor thins axis labels, and 15 full dates
  // (the default history) overlap in its 700 px chart. The title carries the full first and last dates instead.
  const dayOf = (date: string): string => date.replace(/[^0-9-]/g, '')
  const labels = days.map((d) => {
    const day = dayOf(d.date).slice(5)
    const mark = d.costUsd === null ? `${GAP_MARK} ` : changeDays.has(d.date) ? `${CHANGE_MARK} ` : ''
    return `"${mark}${day}"`
  })
  const first = dayOf(days[0]!.date)
  const last = dayOf(days[days.length - 1]!.date)
  const top = axisTopOf(Math.max(...days.map((d) => d.costUsd ?? 0)))
  return [
    '```mermaid',
    // Mermaid's default bars are a pale lavender that reads as empty; GitHub's blue reads as data.
    CHART_THEME,
    'xychart-beta',
    `  title "Daily cost (USD), ${first} to ${last}"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "USD" 0 --> ${chartNumber(top, 2)}`,
    `  bar [${days.map((d) => chartNumber(d.costUsd ?? 0, 2)).join(', ')}]`,
    '```',
  ]
}

/** The chart's marks in words, for the marks it shows. */
function chartLegend(days: readonly DayCost[], changeDays: ReadonlySet<string>): string[] {
  const legend: string[] = []
  if (days.some((d) => d.costUsd !== null && changeDays.has(d.date)))
    legend.push(`${CHANGE_MARK} marks a day on which a significant change began.`)
  if (days.some((d) => d.costUsd === null))
    legend.push(`${GAP_MARK} marks a day no report covered: its cost is unknown, not zero.`)
  return legend.length > 0 ? [legend.join(' '), ''] : []
}

const HISTORY_COLUMNS = ['Date', 'Report', 'Runs with data', 'Tokens', 'Cost', 'Tokens/run', 'Cost/run']

function historyTable(history: HistoryPoint[]): string[] {
  const rows = [...history].reverse().map((p) => {
    const { tokensPerRun, costPerRunUsd } = perRunOf(p)
    return [
      p.date,
      p.report === null ? 'this report' : `#${p.report}`,
      String(p.runsWithData),
      formatTokens(p.totalTokens),
      formatUsd(p.costUsd),
      formatTokens(tokensPerRun),
      formatUsd(costPerRunUsd),
    ]
  })
  return [
    markdownTable(
      HISTORY_COLUMNS.map((title) => ({ title })),
      rows,
    ),
  ]
}

/** The days (YYYY-MM-DD) on which a significant change of any workflow began. */
function changeDaysOf(trends: ReportTrends): Set<string> {
  return new Set(trends.workflows.flatMap((t) => t.changes.flatMap((c) => (c.significant && c.since ? [c.since] : []))))
}

/** The markdown "Historical Trend" section (heading included); `windowNote` says when the window was capped. */
export function trendSectionOf(trends: ReportTrends, windowNote?: string | null): string {
  const withBaseline = trends.baseline.reports > 0
  const intro = withBaseline ? [baselineLine(trends)] : previousLines(trends)
  const lines = ['### 📈 Historical Trend', '', intro.join(' '), '']
  if (windowNote) lines.push(`> [!NOTE]\n> ${escapeMarkdown(windowNote, { maxLength: 500 })}`, '')
  if (withBaseline) {
    const changes = changeLines(trends)
    lines.push(...(changes.length > 0 ? changes : ['No significant change against the baseline.']), '')
    lines.push(...changeTable(trends), '')
  } else {
    const table = comparisonTable(trends)
    if (table.length > 0) lines.push(...table, '')
  }
  if (trends.history.length >= 2 || (trends.days?.length ?? 0) >= 2) {
    const changeDays = changeDaysOf(trends)
    const days = chartDaysOf(trends)
    const chart = costChart(days, changeDays)
    lines.push(
      ...chart,
      '',
      ...(chart.length > 0 ? chartLegend(days, changeDays) : []),
      '<details>',
      '<summary>History</summary>',
      '',
      ...historyTable(trends.history),
      '',
      '</details>',
    )
  } else {
    lines.push('History starts with this report: the chart appears once there are two days of data.')
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n')
}
