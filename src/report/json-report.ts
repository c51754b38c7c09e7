/** The JSON report: ReportData as pretty-printed JSON with a final newline. */
import type { ReportData } from '../analysis/report-data.js'

export function renderJsonReport(data: ReportData): string {
  return `${JSON.stringify(data, null, 2)}\n`
}
