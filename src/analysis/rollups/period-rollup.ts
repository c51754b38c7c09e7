/**
 * A week or a month summed from the daily reports' hidden data alone (no artifact is read again): totals, per
 * workflow, per model, cost per run, the change against the previous period with its drivers, the workflows that
 * moved most, and the days that had no report. Which daily belongs to a period: the one whose window ends in it.
 */
import { emptyCostByType, emptyTokenCounts } from '../../usage/run-summary.js'
import { compareSamples, type SampleComparison } from '../trends/change-significance.js'
import { decomposeCostChange, usageRowOf, type CostChange, type ModelUsageRow } from '../trends/cost-drivers.js'
import type { UsageCounts } from '../report-data.js'
import { addTokenCounts, totalTokensOf } from '../runs/token-metrics.js'
import { addCredits, addModelUsage, creditsOf } from '../runs/usage-sums.js'
import { periodHolds, type Period, type PeriodKind } from '../../common/periods.js'
import { moversOf, type RollupMover } from './period-movers.js'

/** A model row of a daily report's data block (v2). */
export interface DailyModelRow extends ModelUsageRow {
  provider: string
  aiCredits: number | null
  /** Requests without a price (their cost is not in costUsd); absent in older data blocks. */
  unpricedRequests?: number
}

/** What a rollup reads of one daily report: its data block's numbers (v1 blocks lack model rows and AI credits). */
export interface DailyReportData {
  /** UTC day of the window's end: the report's day. */
  day: string
  number: number
  url: string
  window: { since: string | null; until: string }
  workflows: (UsageCounts & {
    name: string
    /** Absent or empty in v1 blocks. */
    models?: readonly DailyModelRow[]
  })[]
  runs: {
    w: number
    id: string
    state: string
    requests: number
    tokens: number
    usd: number
    aiCredits?: number | null
  }[]
  runsOmitted?: number
}

export interface UsageTotals extends UsageCounts {
  totalTokens: number
  /** Recorded AI credits; null when no daily carried them. */
  aiCredits: number | null
  /** costUsd / runsWithData; null without runs with data. */
  costPerRunUsd: number | null
}

export interface RollupWorkflow extends UsageTotals {
  name: string
  /** Share (0–1) of the period's cost. */
  costShare: number | null
}

export interface RollupModel extends DailyModelRow {
  totalTokens: number
  costShare: number | null
}

/** One report day of the period. */
export interface RollupDay {
  day: string
  report: number
  url: string
  runsWithData: number
  totalTokens: number
  costUsd: number
  aiCredits: number | null
}

export interface PeriodChange {
  previous: {
    id: string
    start: string
    end: string
    reports: number
    totals: UsageTotals
    /** Where the previous period's numbers come from: its daily reports, or (without them) its own rollup. */
    source: 'daily-reports' | 'rollup'
    /** The rollup's issue number, when read from one. */
    rollup?: number
  }
  /**
   * Days with a daily report on each side (for a previous period read from its rollup: its reports). A week of 7
   * reports is not compared with a week of 2 by their totals.
   */
  days: { previous: number; current: number }
  /** `total` when both sides cover as many days (the totals compare), else `per-day` (the daily means compare). */
  basis: 'total' | 'per-day'
  /** Cost per day with a report on each side; null for a side without days. */
  costPerDayUsd: { previous: number | null; current: number | null }
  /**
   * Relative change of the cost per day with a report (the same as of the totals when the days are as many); null
   * without a previous cost or without days on a side.
   */
  costRelative: number | null
  /** Relative change of the tokens per day with a report, as costRelative. */
  tokensRelative: number | null
  /** Cost per run: means, significance of the per-run values (rank test). */
  costPerRun: SampleComparison
  /** Why cost per run has no significance, when a side kept no per-run values. */
  costPerRunNote: string | null
  /** Why cost per run changed; null when a side lacks model rows (v1 dailies) or runs. */
  drivers: CostChange | null
  /** Why there are no drivers, when so. */
  driversNote: string | null
}

export interface PeriodRollup {
  period: { kind: PeriodKind; id: string; start: string; end: string }
  /** The daily reports summed, oldest first. */
  days: RollupDay[]
  /** Days of the period (up to the last day that could have a report) without a daily report. */
  missingDays: string[]
  totals: UsageTotals
  workflows: RollupWorkflow[]
  /** Every model over all workflows, costliest first; empty when no daily carried model rows. */
  models: RollupModel[]
  /** Days whose data block had no model rows (v1 blocks): their usage is in the totals but not in `models`. */
  daysWithoutModelRows: string[]
  change: PeriodChange | null
  /** Workflows whose cost per run moved most, new and gone ones, by the USD it accounts for (period-movers.ts). */
  movers: RollupMover[]
}

function emptyTotals(): UsageTotals {
  return {
    runs: 0,
    runsWithData: 0,
    requests: 0,
    ...emptyTokenCounts(),
    totalTokens: 0,
    costUsd: 0,
    aiCredits: null,
    costPerRunUsd: null,
  }
}

/** Adds a workflow row and its AI credits; `recounted` of its runs are counted by a later daily (see recountedRuns). */
function addWorkflow(into: UsageTotals, w: UsageCounts, aiCredits: number | null, recounted = 0): void {
  into.runs += w.runs - recounted
  into.runsWithData += w.runsWithData
  into.requests += w.requests
  addTokenCounts(into, w)
  into.totalTokens += totalTokensOf(w)
  into.costUsd += w.costUsd
  into.aiCredits = addCredits(into.aiCredits, aiCredits)
}

/** A daily's workflow row's AI credits: the sum of its model rows that carry them. */
const dailyCredits = (w: DailyReportData['workflows'][number]): number | null => creditsOf(w.models ?? [])

function finish<T extends UsageTotals>(t: T): T {
  t.costPerRunUsd = t.runsWithData > 0 ? t.costUsd / t.runsWithData : null
  return t
}

/**
 * Per daily, per workflow row: runs it counted that a later daily of the same set lists again. A run whose download
 * failed (or that the API budget did not reach) is carried into the next report and listed there again, once
 * without data and once with (or again without); its tokens and cost are only in one, and the run counts once: in
 * the last daily that lists it. Runs cut from a block's run rows (`runsOmitted`) cannot be matched.
 */
function recountedRuns(dailies: readonly DailyReportData[]): Map<DailyReportData, number[]> {
  const recounted = new Map<DailyReportData, number[]>()
  const listedLater = new Set<string>()
  for (const d of [...dailies].reverse()) {
    const counts = d.workflows.map(() => 0)
    for (const r of d.runs) {
      if (r.requests === 0 && listedLater.has(r.id) && r.w < counts.length) counts[r.w]! += 1
    }
    recounted.set(d, counts)
    for (const r of d.runs) listedLater.add(r.id)
  }
  return recounted
}

/** Totals of some dailies (a carried run counted once; see recountedRuns). */
export function totalsOf(dailies: readonly DailyReportData[]): UsageTotals {
  const totals = emptyTotals()
  const recounted = recountedRuns(dailies)
  for (const d of dailies) d.workflows.forEach((w, i) => addWorkflow(totals, w, dailyCredits(w), recounted.get(d)![i]))
  return finish(totals)
}

/** Totals of workflow rows that carry their own AI credits (a rollup's data block). */
export function totalsOfRows(rows: readonly (UsageCounts & { aiCredits: number | null })[]): UsageTotals {
  const totals = emptyTotals()
  for (const w of rows) addWorkflow(totals, w, w.aiCredits)
  return finish(totals)
}

function workflowsOf(dailies: readonly DailyReportData[], totalUsd: number): RollupWorkflow[] {
  const byName = new Map<string, RollupWorkflow>()
  const recounted = recountedRuns(dailies)
  for (const d of dailies) {
    d.workflows.forEach((w, i) => {
      let row = byName.get(w.name)
      if (!row) byName.set(w.name, (row = { name: w.name, ...emptyTotals(), costShare: null }))
      addWorkflow(row, w, dailyCredits(w), recounted.get(d)![i])
    })
  }
  return [...byName.values()]
    .map((w) => finish({ ...w, costShare: totalUsd > 0 ? w.costUsd / totalUsd : null }))
    .sort((a, b) => b.costUsd - a.costUsd || b.totalTokens - a.totalTokens || a.name.localeCompare(b.name))
}

function modelsOf(dailies: readonly DailyReportData[], totalUsd: number): RollupModel[] {
  const rows = new Map<string, RollupModel>()
  for (const d of dailies) {
    for (const w of d.workflows) {
      for (const m of w.models ?? []) {
        const key = `${m.provider}\u0000${m.model}`
        let row = rows.get(key)
        if (!row) {
          row = {
            provider: m.provider,
            model: m.model,
            requests: 0,
            ...emptyTokenCounts(),
            totalTokens: 0,
            costUsd: 0,
            cost: emptyCostByType(),
            aiCredits: null,
            costShare: null,
          }
          rows.set(key, row)
        }
        addModelUsage(row, m)
        if (m.unpricedRequests) row.unpricedRequests = (row.unpricedRequests ?? 0) + m.unpricedRequests
        row.totalTokens += totalTokensOf(m)
      }
    }
  }
  return [...rows.values()]
    .map((m) => ({ ...m, costShare: totalUsd > 0 ? m.costUsd / totalUsd : null }))
    .sort((a, b) => b.costUsd - a.costUsd || b.requests - a.requests || a.model.localeCompare(b.model))
}

/** Days whose data has runs with data but no model rows (v1 data blocks). */
function daysWithoutModels(dailies: readonly DailyReportData[]): string[] {
  return dailies
    .filter((d) => d.workflows.some((w) => w.requests > 0 && (w.models ?? []).length === 0))
    .map((d) => d.day)
}

/** Per-run cost of every run with data that the dailies kept a row for. */
function runCosts(dailies: readonly DailyReportData[]): number[] {
  return dailies.flatMap((d) => d.runs.filter((r) => r.requests > 0).map((r) => r.usd))
}

/** Model rows of all workflows, for the cost drivers. */
function usageRows(dailies: readonly DailyReportData[]): ModelUsageRow[] {
  return dailies.flatMap((d) => d.workflows.flatMap((w) => (w.models ?? []).map(usageRowOf)))
}

const relativeChange = (previous: number, current: number): number | null =>
  previous > 0 ? (current - previous) / previous : null

/**
 * What a comparison needs of one period: from its daily reports, or from the hidden data block of its own rollup
 * (which keeps no per-run values).
 */
export interface PeriodSummary {
  id: string
  start: string
  end: string
  reports: number
  totals: UsageTotals
  workflows: RollupWorkflow[]
  /** Model rows over all workflows; empty when no report kept them. */
  models: ModelUsageRow[]
  /** Days whose daily had usage but no model rows (older data blocks): no drivers then. */
  daysWithoutModelRows: string[]
  /** Per-run costs; null when not kept. */
  runCosts: number[] | null
  source: 'daily-reports' | 'rollup'
  rollup?: number
}

/** A period's summary from its daily reports (one per day). */
export function summaryOfDailies(period: Period, dailies: readonly DailyReportData[]): PeriodSummary {
  const totals = totalsOf(dailies)
  return {
    id: period.id,
    start: period.start,
    end: period.end,
    reports: dailies.length,
    totals,
    workflows: workflowsOf(dailies, totals.costUsd),
    models: usageRows(dailies),
    daysWithoutModelRows: daysWithoutModels(dailies),
    runCosts: runCosts(dailies),
    source: 'daily-reports',
  }
}

const perDay = (value: number, days: number): number | null => (days > 0 ? value / days : null)

/** The periods' cost and tokens compared per day with a report (see PeriodChange). */
function likeForLike(
  previous: PeriodSummary,
  current: PeriodSummary,
): Pick<PeriodChange, 'days' | 'basis' | 'costPerDayUsd' | 'costRelative' | 'tokensRelative'> {
  const days = { previous: previous.reports, current: current.reports }
  const costPerDayUsd = {
    previous: perDay(previous.totals.costUsd, days.previous),
    current: perDay(current.totals.costUsd, days.current),
  }
  const tokensBefore = perDay(previous.totals.totalTokens, days.previous)
  const tokensNow = perDay(current.totals.totalTokens, days.current)
  return {
    days,
    basis: days.previous === days.current ? 'total' : 'per-day',
    costPerDayUsd,
    costRelative:
      costPerDayUsd.previous === null || costPerDayUsd.current === null
        ? null
        : relativeChange(costPerDayUsd.previous, costPerDayUsd.current),
    tokensRelative: tokensBefore === null || tokensNow === null ? null : relativeChange(tokensBefore, tokensNow),
  }
}

/** This period against the previous one: totals, cost per run and its significance, the drivers. */
export function periodChangeOf(previous: PeriodSummary, current: PeriodSummary): PeriodChange {
  const noModels = [...previous.daysWithoutModelRows, ...current.daysWithoutModelRows]
  let drivers: CostChange | null = null
  let driversNote: string | null = null
  if (noModels.length > 0) {
    driversNote = `the daily reports of ${noModels.join(', ')} carry no per-model rows (older data blocks)`
  } else if (previous.totals.runsWithData === 0 || current.totals.runsWithData === 0) {
    driversNote = 'one of the periods has no runs with data'
  } else {
    drivers = decomposeCostChange(
      { runs: previous.totals.runsWithData, models: previous.models },
      { runs: current.totals.runsWithData, models: current.models },
    )
  }
  let costPerRun = compareSamples(previous.runCosts ?? [], current.runCosts ?? [])
  let costPerRunNote: string | null = null
  if (previous.runCosts === null || current.runCosts === null) {
    // Means from the totals; no rank test without the per-run values.
    const baseline = previous.totals.costPerRunUsd
    const now = current.totals.costPerRunUsd
    costPerRun = {
      ...costPerRun,
      baseline,
      current: now,
      relative: baseline !== null && now !== null && baseline > 0 ? (now - baseline) / baseline : null,
      direction: baseline === null || now === null || baseline === now ? null : now > baseline ? 'up' : 'down',
      runs: { baseline: previous.totals.runsWithData, current: current.totals.runsWithData },
    }
    costPerRunNote = `the previous period is read from its rollup${previous.rollup ? ` #${previous.rollup}` : ''}, which keeps no per-run values`
  }
  return {
    previous: {
      id: previous.id,
      start: previous.start,
      end: previous.end,
      reports: previous.reports,
      totals: previous.totals,
      source: previous.source,
      ...(previous.rollup !== undefined ? { rollup: previous.rollup } : {}),
    },
    ...likeForLike(previous, current),
    costPerRun,
    costPerRunNote,
    drivers,
    driversNote,
  }
}

export interface RollupInput {
  period: Period
  previousPeriod: Period
  /** Daily reports with data (any period: those of `period` and `previousPeriod` are picked by their day). */
  dailies: readonly DailyReportData[]
  /** The last day a report could exist for (today for a period still running); later days are not missing. */
  lastDay: string
  /** The previous period's rollup, compared with when none of its daily reports can be read. */
  previousRollup?: PeriodSummary | null
}

/** One report per day: a day reported twice (a rerun that created a second issue) keeps its latest report. */
export function onePerDay(dailies: readonly DailyReportData[]): DailyReportData[] {
  const byDay = new Map<string, DailyReportData>()
  for (const d of dailies) {
    const kept = byDay.get(d.day)
    if (!kept || d.window.until > kept.window.until || (d.window.until === kept.window.until && d.number > kept.number))
      byDay.set(d.day, d)
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
}

/** The rollup of `period` (see the file comment). */
export function rollupPeriod(input: RollupInput): PeriodRollup {
  const all = onePerDay(input.dailies)
  const current = all.filter((d) => periodHolds(input.period, d.day))
  const previousDailies = all.filter((d) => periodHolds(input.previousPeriod, d.day))
  const summary = summaryOfDailies(input.period, current)
  const reported = new Set(current.map((d) => d.day))
  const missingDays = input.period.days.filter((day) => day <= input.lastDay && !reported.has(day))
  const previous =
    previousDailies.length > 0
      ? summaryOfDailies(input.previousPeriod, previousDailies)
      : (input.previousRollup ?? null)
  const change = previous ? periodChangeOf(previous, summary) : null

  return {
    period: { kind: input.period.kind, id: input.period.id, start: input.period.start, end: input.period.end },
    days: current.map((d) => {
      const t = totalsOf([d])
      return {
        day: d.day,
        report: d.number,
        url: d.url,
        runsWithData: t.runsWithData,
        totalTokens: t.totalTokens,
        costUsd: t.costUsd,
        aiCredits: t.aiCredits,
      }
    }),
    missingDays,
    totals: summary.totals,
    workflows: summary.workflows,
    models: modelsOf(current, summary.totals.costUsd),
    daysWithoutModelRows: summary.daysWithoutModelRows,
    change,
    movers: previous
      ? moversOf(summary.workflows, previous.workflows, { previous: previous.reports, current: summary.reports })
      : [],
  }
}
