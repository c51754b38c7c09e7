/**
 * The hidden markers of rollup reports, one per series (`<!-- token-usage-analyzer:rollup:week -->`): a weekly
 * rollup closes older weekly rollups only. None contains the daily report's marker, so daily reports (found and
 * closed by theirs) and rollups never touch each other.
 */
import type { PeriodKind } from '../common/periods.js'

/** What every rollup marker starts with: earlier-report readers skip these issues. */
export const ROLLUP_MARKER_PREFIX = '<!-- token-usage-analyzer:rollup:'

/** The marker of one rollup series. */
export function rollupMarkerOf(kind: PeriodKind): string {
  return `${ROLLUP_MARKER_PREFIX}${kind} -->`
}
