/** Warnings about what the records said, for the log: the engine gives them when a caller asks. */
import type { ReportData } from '../analysis/report-data.js'
import type { CollectLogger } from '../collect/collect-logger.js'
import { plural } from '../common/value-format.js'

/**
 * Loud in the job log (a `::warning::` on a runner): an artifact that was there but yielded no record, naming it and
 * what was inspected (the "silently no data" a layout change causes), and per-run totals that disagree with the
 * records.
 */
export function warnAboutRecords(report: ReportData, log: CollectLogger): void {
  for (const r of report.noRecords ?? []) {
    const inspected =
      r.files.length > 0
        ? `read ${r.files.join(', ')}`
        : r.archivePaths && r.archivePaths.length > 0
          ? `no token file among ${plural(r.archiveEntries ?? r.archivePaths.length, 'entry', 'entries')}: ${r.archivePaths.slice(0, 10).join(', ')}${(r.archiveEntries ?? r.archivePaths.length) > 10 ? ', …' : ''}`
          : 'no token file found'
    log.warning(
      `${r.artifact ? `Artifact '${r.artifact}'` : 'The files'} of run ${r.runId} (${r.workflow}) yielded no token records (${r.state}): ${inspected}.`,
    )
  }
  const mismatches = report.aggregateMismatches ?? []
  if (mismatches.length > 0) {
    const first = mismatches[0]
    const m = first.mismatches[0]
    log.warning(
      `${plural(mismatches.length, 'run')} whose agent_usage.json differs from its per-request records by more than 1%` +
        (m ? ` (run ${first.runId}: ${m.field} ${m.aggregate} against ${m.records})` : '') +
        '; the records are used.',
    )
  }
}
