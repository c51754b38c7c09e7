/**
 * The report split by calendar period (`report --by day|week|month`): the runs' per-period usage (summariseRun
 * with `periodOf`) summed per period and per model. A record counts in the period of its own timestamp, so one run
 * that crosses midnight counts in two days.
 */
import {
  byPeriod,
  emptyTokenCounts,
  UNDATED_PERIOD,
  type ModelUsage,
  type RunSummary,
  type TokenCounts,
} from '../../usage/run-summary.js'
import { periodBounds, type PeriodKind } from '../../common/periods.js'
import { addTokenCounts, totalTokensOf } from '../runs/token-metrics.js'
import { addCredits } from '../runs/usage-sums.js'

/** Usage within one period, of all models or of one. */
export interface PeriodUsage extends TokenCounts {
  /** Runs with usage in the period. */
  runs: number
  requests: number
  totalTokens: number
  costUsd: number
  /** Sum of `ai_credits_this_response` (AIC); null when no request of the period carried one. */
  aiCredits: number | null
  /** Requests without a price (their cost is not in costUsd). */
  unpricedRequests: number
  /** Totals-only runs (no request count) without a price; absent: none. */
  unpricedRuns?: number
}

export interface PeriodModelMetrics extends PeriodUsage {
  provider: string
  model: string
}

export interface PeriodMetrics extends PeriodUsage {
  /** `2026-04-17`, `2026-W16` (ISO week), `2026-04`, or `undated` for records without a readable timestamp. */
  period: string
  /** The period's first instant (ISO, UTC); null for `undated`. */
  start: string | null
  /** The next period's first instant: the end is exclusive. Null for `undated`. */
  end: string | null
  /** Per model, by cost then requests, highest first. */
  models: PeriodModelMetrics[]
}

/** How the periods were cut: echoed in the JSON report. */
export interface PeriodSplit {
  by: PeriodKind
  /** IANA time zone of the calendar (`UTC` by default). */
  timeZone: string
}

function emptyPeriodUsage(): PeriodUsage {
  return {
    runs: 0,
    requests: 0,
    ...emptyTokenCounts(),
    totalTokens: 0,
    costUsd: 0,
    aiCredits: null,
    unpricedRequests: 0,
  }
}

function addUsage(into: PeriodUsage, m: ModelUsage): void {
  into.requests += m.requests
  addTokenCounts(into, m)
  into.totalTokens += totalTokensOf(m)
  into.costUsd += m.costUsd
  into.aiCredits = addCredits(into.aiCredits, m.aiCredits)
  into.unpricedRequests += m.unpricedRequests
  if (m.unpricedRuns) into.unpricedRuns = (into.unpricedRuns ?? 0) + m.unpricedRuns
}

const hasUsage = (m: ModelUsage): boolean => m.requests > 0 || totalTokensOf(m) > 0

/** Sums the runs' per-period usage into one row per period (in time order, `undated` last) with its models. */
export function periodMetricsOf(runs: readonly RunSummary[], split: PeriodSplit): PeriodMetrics[] {
  const periods = new Map<string, { total: PeriodUsage; models: Map<string, PeriodModelMetrics> }>()
  for (const run of runs) {
    for (const { period, models } of run.periods ?? []) {
      const used = models.filter(hasUsage)
      if (used.length === 0) continue
      let entry = periods.get(period)
      if (!entry) {
        entry = { total: emptyPeriodUsage(), models: new Map() }
        periods.set(period, entry)
      }
      entry.total.runs++
      for (const m of used) {
        addUsage(entry.total, m)
        const key = `${m.provider}\u0000${m.model}`
        let row = entry.models.get(key)
        if (!row) {
          row = { provider: m.provider, model: m.model, ...emptyPeriodUsage() }
          entry.models.set(key, row)
        }
        row.runs++
        addUsage(row, m)
      }
    }
  }
  return [...periods]
    .sort(([a], [b]) => byPeriod(a, b))
    .map(([period, { total, models }]) => {
      const bounds =
        period === UNDATED_PERIOD ? { start: null, end: null } : periodBounds(period, split.by, split.timeZone)
      return {
        period,
        ...bounds,
        ...total,
        models: [...models.values()].sort(
          (a, b) =>
            b.costUsd - a.costUsd ||
            b.requests - a.requests ||
            a.model.localeCompare(b.model) ||
            a.provider.localeCompare(b.provider),
        ),
      }
    })
}
