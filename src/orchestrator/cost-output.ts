/**
 * The `total-cost-usd` output: the cost with 2 decimals, or empty when no model of the report had a price. An
 * unknown cost is never 0.00 (a workflow comparing it with a limit would read "free"); a partly priced one is its
 * priced part, as in the JSON report.
 */
import type { ReportData } from '../analysis/report-data.js'
import { pricingOfRows } from '../analysis/report-view.js'

export function totalCostOutput(data: ReportData): string {
  return pricingOfRows(data.models) === 'unpriced' ? '' : data.totals.costUsd.toFixed(2)
}
