/**
 * How numbers read in reports and flag messages: costs to 2 decimals, token counts shortened (254K, 1.01M),
 * rates as percentages, ratios as N:1. Null (undefined metric) reads as an em dash.
 */

const NONE = '—'

/**
 * `toFixed` keeps the sign of a value that rounds to zero ((-0.0001).toFixed(1) is "-0.0"): a report never says
 * −0.0%, so a rounded zero loses its sign.
 */
function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals)
  return Number(text) === 0 ? text.replace(/^-/, '') : text
}

/**
 * `value.toLocaleString('en-US', { maximumFractionDigits: decimals })` (12,345 or 10.5), written out for values
 * below 1e14: the first toLocaleString call sets up ICU's number formatting, about 10 ms of the CLI's start-up
 * (BENCHMARKS.md). Like ICU it rounds the shortest decimal that reads back as the value (String(value)) half away
 * from zero; toFixed would round the exact binary value (0.95 is 0.9499…). Other values keep toLocaleString.
 */
function grouped(value: number, decimals = 0): string {
  const shortest = String(Math.abs(value))
  if (!(Math.abs(value) < 1e14) || Object.is(value, -0) || !/^\d+(\.\d+)?$/.test(shortest)) {
    return value.toLocaleString('en-US', { maximumFractionDigits: decimals })
  }
  const [whole, fraction = ''] = shortest.split('.')
  let scaled = Number(whole! + fraction.slice(0, decimals).padEnd(decimals, '0'))
  if (fraction.charCodeAt(decimals) >= 53 /* '5' */) scaled++
  const scale = 10 ** decimals
  const rest = String(scaled % scale)
    .padStart(decimals, '0')
    .replace(/0+$/, '')
  const text = String(Math.floor(scaled / scale)).replace(/\B(?=(\d{3})+$)/g, ',') + (rest ? `.${rest}` : '')
  // ICU writes a negative value that rounds to zero as -0, as this does.
  return value < 0 ? `-${text}` : text
}

/** $1.19; a cost above 0 that rounds to 0.00 reads "<$0.01" so it is not mistaken for free. */
export function formatUsd(value: number | null): string {
  if (value === null) return NONE
  if (value > 0 && value < 0.005) return '<$0.01'
  return `$${fixed(value, 2)}`
}

/** 950, 4.1K, 254K, 1.01M, 2.35B. */
export function formatTokens(value: number | null): string {
  if (value === null) return NONE
  const abs = Math.abs(value)
  if (abs < 1000) return String(Math.round(value))
  if (abs < 9_995) return `${trimZero((value / 1000).toFixed(1))}K`
  if (abs < 999_500) return `${Math.round(value / 1000)}K`
  if (abs < 999_995_000) return `${(value / 1_000_000).toFixed(2)}M`
  return `${(value / 1_000_000_000).toFixed(2)}B`
}

/** 12,345 (integer with thousands separators). */
export function formatInteger(value: number | null): string {
  if (value === null) return NONE
  return grouped(Math.round(value))
}

/**
 * A 0–1 rate as 99.5%; a rate that is not exactly 0 or 1 never reads as 0.0% or 100.0% (<0.1%, >99.9%), and one
 * just over 1 (a budget exceeded by a third of a percent) reads as over: 100.3%, or >100% when even that rounds to 100.
 */
export function formatPercent(value: number | null, decimals = 1): string {
  if (value === null) return NONE
  const text = fixed(value * 100, decimals)
  const step = 10 ** -decimals
  if (value > 0 && Number(text) === 0) return `<${step.toFixed(decimals)}%`
  if (value < 1 && Number(text) === 100) return `>${(100 - step).toFixed(decimals)}%`
  if (value > 1 && Number(text) === 100) {
    const finer = fixed(value * 100, decimals + 1)
    return Number(finer) > 100 ? `${finer}%` : '>100%'
  }
  return `${text}%`
}

/** 130:1, or 0.6:1 for ratios below 10. */
export function formatRatio(value: number | null): string {
  if (value === null) return NONE
  return value < 10 ? `${trimZero(value.toFixed(1))}:1` : `${grouped(Math.round(value))}:1`
}

/** 12, 1,234 or 10.5: an average of counts (requests per run), to one decimal only when it has one. */
export function formatDecimal(value: number | null): string {
  if (value === null) return NONE
  return grouped(Math.abs(value) < 0.05 ? 0 : value, 1)
}

/** 6,117ms. */
export function formatMs(value: number | null): string {
  if (value === null) return NONE
  return `${formatInteger(value)}ms`
}

function trimZero(text: string): string {
  return text.endsWith('.0') ? text.slice(0, -2) : text
}

/** Costs below a cent keep two significant digits, so a rise from $0.0012 to $0.0024 does not read "<$0.01 → <$0.01". */
export function formatPreciseUsd(value: number | null): string {
  return value !== null && value > 0 && value < 0.01 ? `$${value.toPrecision(2)}` : formatUsd(value)
}

/** A relative change as 30.0% (no sign: the sentence says rose or fell). */
export function formatChange(change: number): string {
  return `${fixed(change * 100, 1)}%`
}

/**
 * A relative change with its sign, a true minus: +30.0%, −4.5%. One that rounds to zero has no sign (0.0%), so a
 * tiny fall never reads −0.0%.
 */
export function formatSignedChange(change: number, decimals = 1): string {
  const text = fixed(Math.abs(change) * 100, decimals)
  if (Number(text) === 0) return `${text}%`
  return `${change < 0 ? '−' : '+'}${text}%`
}

/** 1 run, 12 runs: a count with its noun, singular only for exactly one. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${formatInteger(n)} ${n === 1 ? word : pluralWord}`
}
