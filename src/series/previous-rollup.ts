/**
 * The previous period's own rollup, read from its data block: what a rollup compares with when none of the
 * previous period's daily reports can be read.
 */
import type { PeriodSummary } from '../analysis/rollups/period-rollup.js'
import type { PeriodKind } from '../common/periods.js'
import type { ReportIssue } from '../github/report-issues.js'
import { rollupMarkerOf } from './markers.js'
import { readRollupDataBlock, summaryOfRollupDataBlock } from './rollup-data-block.js'

/** Rollups of the series read to find the previous period's (newest first). */
export const ROLLUPS_READ = 20

export function previousRollupOf(
  issues: readonly ReportIssue[],
  options: { kind: PeriodKind; periodId: string; warn: (message: string) => void },
): PeriodSummary | null {
  const marker = rollupMarkerOf(options.kind)
  const rollups = issues.filter((issue) => issue.body.includes(marker)).slice(0, ROLLUPS_READ)
  for (const issue of rollups) {
    const reading = readRollupDataBlock(issue.body)
    if (reading.status === 'invalid') options.warn(`Rollup #${issue.number}: ${reading.reason}; not used.`)
    if (reading.status === 'ok' && reading.block.period.id === options.periodId) {
      return summaryOfRollupDataBlock(reading.block, issue.number)
    }
  }
  return null
}
