/**
 * How AI credits read beside USD (1 AIC = $0.01, gh-aw's primary cost metric): recorded credits only, never an
 * estimate passed off as one; a scope where no record carried a value reads as "—".
 */
import type { ReportData } from '../analysis/report-data.js'
import { formatInteger, formatPercent } from '../common/value-format.js'

/** 0.45 AIC, 12.30 AIC, 1,234 AIC: small values keep their cents, as gh-aw's own reports do. */
export function formatAic(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  if (Math.abs(value) < 1000) {
    const text = value.toFixed(2)
    return `${Number(text) === 0 ? text.replace(/^-/, '') : text} AIC`
  }
  return `${formatInteger(value)} AIC`
}

/** The credits with the share of requests that carried them, when that share is not all. */
export function aiCreditsText(aiCredits: number | null | undefined, coverage: number | null | undefined): string {
  if (aiCredits === null || aiCredits === undefined) return '—'
  const partial = coverage !== null && coverage !== undefined && coverage < 1
  return partial ? `${formatAic(aiCredits)} (${formatPercent(coverage, 0)} of requests)` : formatAic(aiCredits)
}

/** Whether any record of the report carried AI credits: only then do tables get an AIC column. */
export function reportHasAiCredits(data: ReportData): boolean {
  return (
    (data.totals.aiCredits !== null && data.totals.aiCredits !== undefined) ||
    data.workflows.some((w) => w.aiCredits !== null && w.aiCredits !== undefined)
  )
}

/** +0.59 AIC, −1.20 AIC; a difference that rounds to zero has no sign. */
export function formatSignedAic(value: number): string {
  const text = formatAic(Math.abs(value))
  if (Number.parseFloat(text.replace(/,/g, '')) === 0) return text
  return `${value < 0 ? '−' : '+'}${text}`
}

/** A scope's repricing as analysis/ai-credits-repricing.ts computed it (absent on data from before it existed). */
export interface RepricingFields {
  aiCredits?: number | null
  repricedAiCredits?: number | null
  repricedAiCreditsRecorded?: number | null
  repricedAiCreditsLeftOut?: string[]
}

/**
 * Our repricing beside the recorded credits, over the same requests: "5.42 AIC", or, when some models could not be
 * compared, the recorded credits of the compared requests and the models left out, so the two figures never
 * silently cover different requests.
 */
export function repricedText(scope: RepricingFields): string {
  const leftOut = scope.repricedAiCreditsLeftOut ?? []
  const names = leftOut.map((m) => `\`${m.replace(/`/g, "'")}\``).join(', ')
  const notCompared = `${leftOut.length === 1 ? 'model' : 'models'} ${names} (not every request carried credits, or no known price)`
  if (scope.repricedAiCredits === null || scope.repricedAiCredits === undefined) {
    return leftOut.length > 0 ? `not repriced: ${notCompared}` : 'not repriced'
  }
  if (leftOut.length === 0) return formatAic(scope.repricedAiCredits)
  return `${formatAic(scope.repricedAiCredits)} against ${formatAic(scope.repricedAiCreditsRecorded)} recorded on the same requests; left out: ${notCompared}`
}
