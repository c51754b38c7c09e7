/**
 * The words a person reads first about why cost per run changed: the largest drivers with their USD per run and
 * what moved, e.g. "model mix (claude-haiku-4.5 now 100% of requests, was 0%) −$0.15; requests per run (12 → 11)
 * −$0.01". Model switches, new and gone models, and prompt caching gained or lost are named.
 */
import type { CostChange, DriverId } from './cost-drivers.js'
import { formatDecimal, formatPercent, formatTokens, formatUsd } from '../../common/value-format.js'

export interface DriverSentenceOptions {
  /** At most this many drivers. Default 3. */
  limit?: number
  /** Drivers smaller than this (USD per run, absolute) are left out. Default 0.005: they would read $0.00. */
  minUsd?: number
}

const LABEL: Record<DriverId, string> = {
  'requests-per-run': 'requests per run',
  'model-mix': 'model mix',
  'input-per-request': 'fresh input per request',
  'output-per-request': 'output per request',
  'cache-read-per-request': 'cache read per request',
  'cache-write-per-request': 'cache write per request',
  'cache-hit-rate': 'cache hit rate',
  prices: 'prices',
}

/** Hit-rate moves smaller than this are not worth a word. */
const CACHING_WORTH_NAMING = 0.1

/** The largest drivers as one line; '' when none reaches `minUsd`. */
export function describeDrivers(change: CostChange, options: DriverSentenceOptions = {}): string {
  const { limit = 3, minUsd = 0.005 } = options
  let cachingNamed = false
  return change.drivers
    .filter((d) => Math.abs(d.contribution) >= minUsd)
    .slice(0, limit)
    .map((d) => {
      let detail = detailOf(d.id, change)
      if (d.id === 'input-per-request' || d.id === 'cache-read-per-request') {
        const caching = cachingNamed ? null : cachingDetail(change)
        if (caching) {
          detail = detail ? `${detail}; ${caching}` : caching
          cachingNamed = true
        }
      }
      return `${LABEL[d.id]}${detail ? ` (${detail})` : ''} ${signedUsd(d.contribution)}`
    })
    .join('; ')
}

/** −$0.15, +$0.02 (a true minus sign, so the sign does not look like a hyphen). */
export function signedUsd(value: number): string {
  const amount = formatUsd(Math.abs(value))
  // A difference that rounds to nothing has no sign: never "−$0.00".
  return amount === '$0.00' ? amount : `${value < 0 ? '−' : '+'}${amount}`
}

function detailOf(id: DriverId, change: CostChange): string | null {
  const u = change.usage
  switch (id) {
    case 'model-mix':
      return modelMixDetail(change)
    case 'requests-per-run':
      return `${formatDecimal(u.requestsPerRun.baseline)} → ${formatDecimal(u.requestsPerRun.current)}`
    case 'input-per-request':
      return tokensDetail(u.inputPerRequest)
    case 'output-per-request':
      return tokensDetail(u.outputPerRequest)
    case 'cache-read-per-request':
      return tokensDetail(u.cacheReadPerRequest)
    case 'cache-write-per-request':
      return tokensDetail(u.cacheWritePerRequest)
    default:
      return null
  }
}

function tokensDetail(pair: { baseline: number | null; current: number | null }): string {
  return `${formatTokens(pair.baseline)} → ${formatTokens(pair.current)}`
}

/** The model whose share moved most (a gainer on ties: in a switch that is the model switched to). */
function modelMixDetail(change: CostChange): string | null {
  const moved = [...change.models].sort((a, b) => {
    const da = a.currentShare - a.baselineShare
    const db = b.currentShare - b.baselineShare
    return Math.abs(db) - Math.abs(da) || db - da
  })[0]
  if (!moved || moved.currentShare === moved.baselineShare) return null
  const shares = `now ${formatPercent(moved.currentShare, 0)} of requests, was ${formatPercent(moved.baselineShare, 0)}`
  const gone = change.models.filter((m) => m.status === 'gone' && m.model !== moved.model).map((m) => m.model)
  const goneText = gone.length > 0 ? `; ${gone.join(', ')} gone` : ''
  return `${moved.model} ${shares}${goneText}`
}

function cachingDetail(change: CostChange): string | null {
  const { baseline, current } = change.caching
  const before = baseline ?? 0
  const after = current ?? 0
  if (Math.abs(after - before) < CACHING_WORTH_NAMING) return null
  const rates = `cache hit rate ${formatPercent(before, 0)} → ${formatPercent(after, 0)}`
  if (before === 0) return `prompt caching gained: ${rates}`
  if (after === 0) return `prompt caching lost: ${rates}`
  return rates
}
