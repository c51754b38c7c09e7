/**
 * The `total-cost-usd` output: the cost with 2 decimals, or empty when no model of the report had a price. An
 * unknown cost is never 0.00 (a workflow comparing it with a limit would read "free"); a partly priced one is its
 * priced part, as in the JSON report. The daily report and the rollup both set it here.
 */
import { pricingOfRows, type PricedRow } from '../analysis/report-view.js'

/** What the output needs of a report: its model rows (daily or rollup) and its total cost. */
export interface CostedReport {
  models: readonly PricedRow[]
  totals: { costUsd: number }
}

/** True when the report had usage and no model of it had a price. */
export function isUnpriced(report: CostedReport): boolean {
  return pricingOfRows(report.models) === 'unpriced'
}

export function totalCostOutput(report: CostedReport): string {
  return isUnpriced(report) ? '' : report.totals.costUsd.toFixed(2)
}
