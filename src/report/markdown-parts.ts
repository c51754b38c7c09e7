/** Small pieces every markdown section uses: the one table helper, counted nouns, costs that admit unpriced requests. */
import type { FailedRuns } from '../analysis/report-data.js'
import type { Pricing } from '../analysis/report-view.js'
import { formatInteger, formatPercent, formatUsd, plural } from '../common/value-format.js'
import { escapeMarkdown, safeLinkUrl } from './markdown-escape.js'

export interface Column {
  title: string
  /** Right-aligned (numbers). */
  numeric?: boolean
}

/** A GFM table: header, alignment row and one line per row. Cells arrive escaped. */
export function markdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [
    line(columns.map((c) => c.title)),
    line(columns.map((c) => (c.numeric ? '---:' : '---'))),
    ...rows.map(line),
  ].join('\n')
}

/** A column of a table model: its header, its alignment and how a row fills its cell (escaped). */
export interface TableColumn<R> extends Column {
  cell: (row: R) => string
}

/** A GFM table from its model: columns left out where `false` (an optional column), one line per row. */
export function tableOf<R>(columns: readonly (TableColumn<R> | false)[], rows: readonly R[]): string {
  const shown = columns.filter((c): c is TableColumn<R> => c !== false)
  return markdownTable(
    shown,
    rows.map((row) => shown.map((c) => c.cell(row))),
  )
}

// The counted noun lives with the other value formats, so flag wording (analysis) uses the same one.
export { plural }

/** "3 requests", "1 totals-only run", "3 requests and 1 totals-only run": usage without a price, counted. */
export function unpricedUsageText(requests: number, runs = 0): string {
  const parts = [
    ...(requests > 0 || runs === 0 ? [plural(requests, 'request')] : []),
    ...(runs > 0 ? [plural(runs, 'totals-only run')] : []),
  ]
  return parts.join(' and ')
}

/**
 * A request count beside the runs it leaves out: "12", "12, not counting 1 totals-only run", or "— (totals-only
 * runs have no request count)" when no run counted its requests.
 */
export function requestsText(requests: number | null, uncountedRuns: number): string {
  if (requests === null) return '— (totals-only runs have no request count)'
  const uncounted = uncountedRuns > 0 ? `, not counting ${plural(uncountedRuns, 'totals-only run')}` : ''
  return `${formatInteger(requests)}${uncounted}`
}

/** "2 runs, $0.12 (19% of the cost)", "none": what runs that failed cost; null when no conclusion is known. */
export function failedRunsText(failed: FailedRuns | null | undefined, costUsd: number): string | null {
  if (!failed) return null
  if (failed.runs === 0) return 'none'
  const share = costUsd > 0 ? ` (${shareText(failed.costUsd / costUsd)} of the cost)` : ''
  return `${plural(failed.runs, 'run')}, ${formatUsd(failed.costUsd)}${share}`
}

/** A cost that leaves out unpriced requests says so: "unpriced" when nothing was priced, "$0.12 + unpriced" else. */
export function costText(costUsd: number | null, pricing: Pricing): string {
  if (pricing === 'priced') return formatUsd(costUsd)
  return pricing === 'unpriced' ? 'unpriced' : `${formatUsd(costUsd)} + unpriced`
}

/** A share in whole percent; one that is neither none nor all never reads as 0% or 100%, nor one over all. */
export function shareText(share: number | null): string {
  if (share === null) return '—'
  const pct = share * 100
  if (pct > 0 && pct < 1) return '<1%'
  if (pct > 99 && pct < 100) return '>99%'
  if (pct > 100 && pct < 100.5) return formatPercent(share, 0)
  return `${Math.round(pct)}%`
}

/** A run id linked to its run when the URL is a safe http(s) URL. */
export function runLink(runId: string, url: string | undefined): string {
  const href = safeLinkUrl(url)
  const label = escapeMarkdown(runId)
  return href ? `[${label}](${href})` : label
}

/** `…and 12 more runs (see the JSON report).` */
export function moreRows(n: number, word: string): string {
  return `…and ${plural(n, word)} (see the JSON report).`
}
