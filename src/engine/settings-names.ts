/**
 * The names and defaults of the engine's reading settings, for the entries that validate them (the CLI's options):
 * flag thresholds, providers, token semantics, the period split and the report data's shape. Light on purpose: the
 * CLI imports it at start-up.
 */
export { DEFAULT_FLAG_THRESHOLDS, type FlagThresholds } from '../analysis/flags/flags.js'
export type { PeriodSplit } from '../analysis/rollups/period-metrics.js'
export type { ReportData } from '../analysis/report-data.js'
export type { SideComparison } from '../analysis/compare/side-comparison.js'
export { defaultNormalisationRules, type NormalisationRules } from '../usage/normalise.js'
export { PROVIDER_NAMES, providerOfModel } from '../usage/provider-names.js'
export type { PriceUpdateMode } from '../usage/price-catalogue.js'
