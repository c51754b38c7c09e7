/**
 * The one wording of each flag: a plain sentence quoting the measured value and the threshold, and what to look at.
 * Plain text (no markdown): the JSON report's `message` and a terminal use it as is; the issue renderer escapes it.
 */
import { pValueText } from '../trends/change-wording.js'
import type { Flag, FlagFinding, FlagId, FlagRise } from '../report-data.js'
import {
  formatChange,
  formatDecimal,
  formatInteger,
  formatPercent,
  formatPreciseUsd,
  formatRatio,
  formatTokens,
  formatUsd,
  plural,
} from '../../common/value-format.js'

const RECOMMENDATIONS: Record<FlagId, string> = {
  'zero-cache-hits': 'Enable prompt caching.',
  'low-cache-hits': 'Review cache breakpoints so the stable prompt prefix is reused.',
  'cache-write-exceeds-read': 'The cache is written but not reused: check whether conversation turns are too short.',
  'high-io-ratio':
    'Reduce the system prompt or the MCP tool surface (a high ratio with a high cache hit rate is mostly cheap cached context).',
  'many-small-requests': 'Batch requests or combine tool calls.',
  'high-cost-per-run': 'Review whether the workflow is doing too much in one run.',
  'model-zero-cache-hits': 'Low priority for small calls; add cache breakpoints if this model’s usage grows.',
  'increasing-trend': 'Investigate what changed: prompt size, tool surface, number of turns, model choice.',
  'decreasing-trend': 'Nothing to do: an improvement, shown so it is seen.',
  'model-fallbacks':
    'The firewall served these requests with another model (see Model Fallbacks): check the requested model’s availability or pick one that answers.',
  'near-daily-credit-cap':
    "gh-aw stops a workflow's runs at its daily AI-credit cap: trim the prompt or the number of runs, or raise the cap.",
}

function movedText(move: FlagRise, verb: string): string {
  const values =
    move.metric === 'tokensPerRun'
      ? `${formatTokens(move.previous)} → ${formatTokens(move.current)}`
      : `${formatPreciseUsd(move.previous)} → ${formatPreciseUsd(move.current)}`
  const label = move.metric === 'tokensPerRun' ? 'tokens per run' : 'cost per run'
  return `${label} ${verb} by ${formatChange(Math.abs(move.change))} (${values})`
}

/** A trend flag: what moved, against what, how sure, since when and why. */
function trendMessage(flag: FlagFinding, moves: FlagRise[], verb: string): string {
  const c = flag.context ?? {}
  const text = moves.map((m) => movedText(m, verb)).join(' and ')
  const against =
    c.baselineReports !== undefined
      ? `the baseline of ${plural(c.baselineReports, 'report')} (${plural(c.baselineRuns ?? 0, 'run')})`
      : c.previousReport !== undefined
        ? `report #${c.previousReport}`
        : 'the previous report'
  const p = c.pValue !== undefined ? `, ${pValueText(c.pValue)}` : ''
  const since = c.changeSince ? `, since ${c.changeSince}` : ''
  const why = c.drivers ? ` Why: ${c.drivers}.` : ''
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)} against ${against}: significant${p}${since} (minimum change: ${formatPercent(flag.threshold, 0)}).${why}`
}

/** The sentence of a finding, in plain text. */
export function flagMessageOf(flag: FlagFinding): string {
  const { value, threshold } = flag
  const c = flag.context ?? {}
  switch (flag.id) {
    case 'zero-cache-hits':
      return `Cache hit rate is ${formatPercent(value)} (threshold: ${formatPercent(threshold)}): no prompt is served from cache.`
    case 'low-cache-hits':
      return `Cache hit rate is ${formatPercent(value)} (threshold: <${formatPercent(threshold)}).`
    case 'cache-write-exceeds-read': {
      const bound = threshold === 1 ? 'cache write > cache read' : `cache write > ${threshold}× cache read`
      return `Cache write ${formatTokens(value)} tokens vs cache read ${formatTokens(c.cacheReadTokens ?? null)} (threshold: ${bound}).`
    }
    case 'high-io-ratio':
      return `I/O ratio is ${formatRatio(value)} (threshold: >${formatRatio(threshold)}).`
    case 'many-small-requests':
      return (
        `${formatDecimal(value)} requests per run averaging ${formatDecimal(c.outputTokensPerRequest ?? null)} output tokens ` +
        `(threshold: >${threshold} requests per run averaging <${c.outputTokensThreshold} output tokens).`
      )
    case 'high-cost-per-run':
      return `Cost per run is ${formatUsd(value)} (threshold: >${formatUsd(threshold)}).`
    case 'model-zero-cache-hits': {
      const requests = c.requests ?? 0
      const share = c.costShare !== undefined ? ` (${formatPercent(c.costShare)} of the workflow's cost)` : ''
      return `${flag.model}: ${plural(requests, 'request')} with a cache hit rate of ${formatPercent(value)} (threshold: ${formatPercent(threshold)})${share}.`
    }
    case 'near-daily-credit-cap': {
      const estimated = c.aiCreditsEstimated ? ' (no recorded AI credits: USD × 100)' : ''
      const where = value >= threshold ? 'at or over' : 'within 10% of'
      const day = c.day ? `on ${c.day}` : 'in one day'
      return `${formatInteger(value)} AIC ${day}${estimated}, ${where} the daily cap of ${formatInteger(threshold)} AIC.`
    }
    case 'model-fallbacks': {
      const top = c.topFallback
      const pair = top ? `; most often ${top.requested} → ${top.served} (${formatInteger(top.requests)})` : ''
      return `${formatInteger(c.fallbackRequests ?? 0)} of ${formatInteger(c.requests ?? 0)} requests (${formatPercent(value)}) ${(c.fallbackRequests ?? 0) === 1 ? 'was' : 'were'} served by a fallback model (threshold: >${formatPercent(threshold)})${pair}.`
    }
    case 'increasing-trend':
      return trendMessage(flag, c.rises ?? [], 'rose')
    case 'decreasing-trend':
      return trendMessage(flag, c.falls ?? [], 'fell')
  }
}

/** What to look at for a flag. */
export function flagRecommendationOf(id: FlagId): string {
  return RECOMMENDATIONS[id]
}

/** The finding with its sentence and recommendation, as the JSON report carries it. */
export function wordedFlag(finding: FlagFinding): Flag {
  return { ...finding, message: flagMessageOf(finding), recommendation: flagRecommendationOf(finding.id) }
}
