/**
 * The hidden markers of a report series. A daily report carries REPORT_MARKER; a rollup carries the marker of its
 * series (`<!-- token-usage-analyzer:rollup:week -->`), so a weekly rollup closes older weekly rollups only. No
 * rollup marker contains the daily report's, so daily reports (found and closed by theirs) and rollups never touch
 * each other.
 */
import type { PeriodKind } from '../common/periods.js'

/** Marks a body as one of our daily reports; earlier reports are found by it, not by their title. */
export const REPORT_MARKER = '<!-- token-usage-analyzer:report -->'

/** What every rollup marker starts with: earlier-report readers skip these issues. */
export const ROLLUP_MARKER_PREFIX = '<!-- token-usage-analyzer:rollup:'

/** The marker of one rollup series. */
export function rollupMarkerOf(kind: PeriodKind): string {
  return `${ROLLUP_MARKER_PREFIX}${kind} -->`
}
