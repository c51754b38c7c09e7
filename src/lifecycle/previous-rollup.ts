/**
 * The previous period's own rollup, read from its hidden data block: what a rollup compares with when none of the
 * previous period's daily reports can be read. One issue listing, made only in that case.
 */
import type { PeriodSummary } from '../analysis/rollups/period-rollup.js'
import type { PeriodKind } from '../common/periods.js'
import type { ReportIssues } from '../github/report-issues.js'
import { rollupMarkerOf } from '../report/rollup-marker.js'
import { readRollupDataBlock, summaryOfRollupSnapshot } from '../report/rollup-snapshot.js'

/** Rollups of the series read to find the previous period's (newest first). */
const ROLLUPS_READ = 20

export async function findPreviousRollup(
  issues: Pick<ReportIssues, 'findReports'>,
  options: { label: string; kind: PeriodKind; periodId: string; warn: (message: string) => void },
): Promise<PeriodSummary | null> {
  const found = await issues.findReports({
    label: options.label,
    marker: rollupMarkerOf(options.kind),
    state: 'all',
    limit: ROLLUPS_READ,
  })
  for (const issue of found) {
    const reading = readRollupDataBlock(issue.body)
    if (reading.status === 'invalid') options.warn(`Rollup #${issue.number}: ${reading.reason}; not used.`)
    if (reading.status === 'ok' && reading.snapshot.period.id === options.periodId) {
      return summaryOfRollupSnapshot(reading.snapshot, issue.number)
    }
  }
  return null
}
