// A period summed from daily reports' data: one report per day, the days without one, per-model rows and drivers
// when every daily kept them (a note when not), the movers, and the credit guardrails of a rollup.
import { rollupPeriod, type DailyReportData, type DailyModelRow } from '../../../src/analysis/rollups/period-rollup.js'
import { periodContaining, previousPeriod } from '../../../src/common/periods.js'
import { rollupReportOf } from '../../../src/analysis/rollups/rollup-report.js'
import { dailyCreditCapFlagOf, runsNearCreditCap } from '../../../src/analysis/budgets/credit-guardrails.js'
import { flagMessageOf } from '../../../src/analysis/flags/flag-wording.js'

const model = (name: string, requests: number, costUsd: number, aiCredits: number | null = null): DailyModelRow => ({
  model: name,
  provider: 'anthropic',
  requests,
  inputTokens: requests * 100,
  outputTokens: requests * 10,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd,
  cost: { input: costUsd * 0.8, output: costUsd * 0.2, cacheRead: 0, cacheWrite: 0 },
  aiCredits,
})

/** A daily with one workflow row per entry: [name, runs, model rows (omitted: a v1 block)]. */
function daily(day: string, number: number, rows: [string, number, DailyModelRow[] | null][]): DailyReportData {
  return {
    day,
    number,
    url: `https://github.com/o/r/issues/${number}`,
    window: { since: null, until: `${day}T06:00:00Z` },
    workflows: rows.map(([name, runs, models]) => {
      const list = models ?? [model('m', runs, runs)]
      return {
        name,
        runs,
        runsWithData: runs,
        requests: list.reduce((n, m) => n + m.requests, 0),
        inputTokens: list.reduce((n, m) => n + m.inputTokens, 0),
        outputTokens: list.reduce((n, m) => n + m.outputTokens, 0),
        cacheReadTokens: 0,
        cacheWriteTokens: 0,
        costUsd: list.reduce((n, m) => n + m.costUsd, 0),
        ...(models ? { models } : {}),
      }
    }),
    runs: rows.flatMap(([, runs, models], w) =>
      Array.from({ length: runs }, (_, i) => ({
        w,
        id: `${number}-${w}-${i}`,
        state: 'analysed',
        requests: 1,
        tokens: 110,
        usd: (models ?? [model('m', runs, runs)]).reduce((n, m) => n + m.costUsd, 0) / runs,
        aiCredits: null,
      })),
    ),
  }
}

const W19 = periodContaining('week', '2026-05-04')

test('one report per day (the latest), the days without one up to the last possible day, totals and movers', () => {
  const dailies = [
    daily('2026-04-28', 1, [['A', 2, [model('sonnet', 2, 2)]]]),
    daily('2026-05-04', 2, [['A', 1, [model('sonnet', 1, 1)]]]),
    // A rerun wrote a second report for the 5th: the later window wins.
    daily('2026-05-05', 3, [['A', 1, [model('sonnet', 1, 50)]]]),
    {
      ...daily('2026-05-05', 4, [
        ['A', 2, [model('haiku', 2, 0.5)]],
        ['B', 1, [model('haiku', 1, 3)]],
      ]),
      window: { since: null, until: '2026-05-05T09:00:00Z' },
    },
  ]
  const rollup = rollupPeriod({ period: W19, previousPeriod: previousPeriod(W19), dailies, lastDay: '2026-05-07' })
  expect(rollup.days.map((d) => [d.day, d.report])).toEqual([
    ['2026-05-04', 2],
    ['2026-05-05', 4],
  ])
  expect(rollup.missingDays).toEqual(['2026-05-06', '2026-05-07'])
  expect(rollup.totals).toMatchObject({ runsWithData: 4, requests: 4, costUsd: 1 + 0.5 + 3 })
  expect(rollup.workflows.map((w) => [w.name, w.costUsd])).toEqual([
    ['B', 3],
    ['A', 1.5],
  ])
  expect(rollup.models.map((m) => [m.model, m.requests, m.costUsd])).toEqual([
    ['haiku', 3, 3.5],
    ['sonnet', 1, 1],
  ])
  // W18 had workflow A at $2 over 2 runs: B is new, A fell by $0.50.
  expect(rollup.change!.previous).toMatchObject({ id: '2026-W18', reports: 1 })
  // One report day then, two now: the cost per day compares ($4.50 / 2 against $2 / 1), not the totals.
  expect(rollup.change!.days).toEqual({ previous: 1, current: 2 })
  expect(rollup.change!.basis).toBe('per-day')
  expect(rollup.change!.costRelative).toBeCloseTo((4.5 / 2 - 2 / 1) / (2 / 1))
  // A: $1 a run (2 runs) → $0.50 a run (3 runs): the fall of cost per run saved 0.50 × 3 this week; B is new.
  expect(rollup.movers).toEqual([
    {
      workflow: 'B',
      previousUsd: 0,
      currentUsd: 3,
      change: 3,
      relative: null,
      status: 'new',
      runs: { previous: 0, current: 1 },
      costPerRunUsd: { previous: null, current: 3 },
      impactUsd: 3,
    },
    {
      workflow: 'A',
      previousUsd: 2,
      currentUsd: 1.5,
      change: -0.5,
      relative: (1.5 / 3 - 2 / 2) / (2 / 2),
      status: 'compared',
      runs: { previous: 2, current: 3 },
      costPerRunUsd: { previous: 1, current: 0.5 },
      impactUsd: (0.5 - 1) * 3,
    },
  ])
  // Drivers add up to the change of cost per run ($1 → $1.125).
  const drivers = rollup.change!.drivers!
  expect(drivers.baseline).toBeCloseTo(1)
  expect(drivers.current).toBeCloseTo(4.5 / 4)
  expect(drivers.drivers.reduce((n, d) => n + d.contribution, 0)).toBeCloseTo(4.5 / 4 - 1)
})

test('dailies without model rows (v1 data blocks) count in the totals; the models table and drivers say why not', () => {
  const dailies = [daily('2026-04-30', 1, [['A', 2, null]]), daily('2026-05-06', 2, [['A', 3, null]])]
  const rollup = rollupPeriod({ period: W19, previousPeriod: previousPeriod(W19), dailies, lastDay: '2026-05-10' })
  expect(rollup.totals.costUsd).toBe(3)
  expect(rollup.models).toEqual([])
  expect(rollup.daysWithoutModelRows).toEqual(['2026-05-06'])
  expect(rollup.change!.drivers).toBeNull()
  expect(rollup.change!.driversNote).toContain('2026-04-30, 2026-05-06')
})

test('credit guardrails: runs within 10% of the per-run cap, workflow days within 10% of the daily cap', () => {
  const runs = [
    { workflow: 'A', runId: '1', aiCredits: 899, costUsd: 0 },
    { workflow: 'A', runId: '2', aiCredits: 900, costUsd: 0 },
    { workflow: 'B', runId: '3', aiCredits: null, costUsd: 12 },
  ]
  expect(runsNearCreditCap(runs, 1000).map((r) => [r.runId, r.aiCredits, r.estimated])).toEqual([
    ['3', 1200, true],
    ['2', 900, false],
  ])
  expect(dailyCreditCapFlagOf({ name: 'A', aiCredits: 4499, costUsd: 0 })).toBeNull()
  const near = dailyCreditCapFlagOf({ name: 'A', aiCredits: 4500, costUsd: 0 })!
  expect(near).toMatchObject({ id: 'near-daily-credit-cap', severity: 'warning', value: 4500, threshold: 5000 })
  expect(flagMessageOf(near)).toBe('4,500 AIC in one day, within 10% of the daily cap of 5,000 AIC.')
  const over = dailyCreditCapFlagOf({ name: 'A', aiCredits: null, costUsd: 51 })!
  expect(over.severity).toBe('critical')
  expect(flagMessageOf(over)).toBe(
    '5,100 AIC in one day (no recorded AI credits: USD × 100), at or over the daily cap of 5,000 AIC.',
  )

  // In a rollup, per workflow and day, from the model rows' recorded credits.
  const report = rollupReportOf({
    period: W19,
    previousPeriod: previousPeriod(W19),
    dailies: [daily('2026-05-04', 1, [['A', 1, [model('m', 1, 1, 4800)]]])],
    lastDay: '2026-05-10',
    budgets: [{ scope: 'A', period: 'week', limit: 5000, unit: 'AIC' }],
    runCreditCap: 1000,
  })
  expect(report.flags.map((f) => f.message)).toEqual([
    '4,800 AIC on 2026-05-04, within 10% of the daily cap of 5,000 AIC.',
  ])
  expect(report.budgets[0]).toMatchObject({ spent: 4800, status: 'warning', aiCreditsEstimated: false })
  // The run row carries no credits: USD × 100 = 100 AIC, far from the cap.
  expect(report.guardrails.runsNearCap).toEqual([])
  expect(report.forecast).toBeNull() // weekly
})

test('a carried run (download failed, collected by a later daily) counts once in the runs of a rollup', () => {
  // Each daily lists its runs as [id, state, requests]: run 12 failed on the 4th and the 5th, read on the 6th;
  // run 21 failed on the 5th and is read on the 6th; run 30 failed on the 6th and is still carried.
  const listed: Record<string, [string, string, number][]> = {
    '2026-05-04': [
      ['11', 'analysed', 2],
      ['12', 'download-failed', 0],
    ],
    '2026-05-05': [
      ['12', 'download-failed', 0],
      ['21', 'not-reached', 0],
      ['22', 'no-artifact', 0],
    ],
    '2026-05-06': [
      ['12', 'analysed', 3],
      ['21', 'analysed', 1],
      ['30', 'download-failed', 0],
    ],
  }
  const dailies: DailyReportData[] = Object.entries(listed).map(([day, runs], i) => {
    const withData = runs.filter(([, , requests]) => requests > 0)
    const requests = withData.reduce((n, [, , r]) => n + r, 0)
    return {
      ...daily(day, i + 1, [['A', 1, [model('m', Math.max(requests, 1), requests)]]]),
      workflows: [
        {
          name: 'A',
          runs: runs.length,
          runsWithData: withData.length,
          requests,
          inputTokens: requests * 100,
          outputTokens: requests * 10,
          cacheReadTokens: 0,
          cacheWriteTokens: 0,
          costUsd: requests,
          models: requests > 0 ? [model('m', requests, requests)] : [],
        },
      ],
      runs: runs.map(([id, state, r]) => ({ w: 0, id, state, requests: r, tokens: r * 110, usd: r, aiCredits: null })),
    }
  })
  const rollup = rollupPeriod({ period: W19, previousPeriod: previousPeriod(W19), dailies, lastDay: '2026-05-10' })
  const distinctRuns = new Set(Object.values(listed).flatMap((runs) => runs.map(([id]) => id))).size
  const analysed = Object.values(listed).flatMap((runs) => runs.filter(([, , r]) => r > 0)).length
  expect(distinctRuns).toBe(5)
  expect(rollup.totals).toMatchObject({ runs: distinctRuns, runsWithData: analysed, requests: 2 + 3 + 1 })
  expect(rollup.workflows[0]).toMatchObject({ name: 'A', runs: distinctRuns, runsWithData: analysed })
  // Each daily by itself still counts every run it listed.
  expect(rollup.days.map((d) => d.runsWithData)).toEqual([1, 0, 2])
})

describe('like for like: periods of unlike days, movers by cost per run', () => {
  // W19 Monday to Sunday, and W18 before it.
  const days = (start: string, n: number): string[] =>
    Array.from({ length: n }, (_, i) =>
      new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
    )

  test('the same daily spend over 7 report days against 2 is a change of 0%, not +250%', () => {
    const before = days('2026-04-27', 2).map((day, i) => daily(day, 10 + i, [['A', 4, [model('m', 4, 4)]]]))
    const now = days('2026-05-04', 7).map((day, i) => daily(day, 20 + i, [['A', 4, [model('m', 4, 4)]]]))
    const rollup = rollupPeriod({
      period: W19,
      previousPeriod: previousPeriod(W19),
      dailies: [...before, ...now],
      lastDay: '2026-05-10',
    })
    const change = rollup.change!
    expect(rollup.totals.costUsd).toBe(7 * 4)
    expect(change.previous.totals.costUsd).toBe(2 * 4)
    // The totals alone would read (28 − 8) / 8 = +250%.
    expect((28 - 8) / 8).toBe(2.5)
    expect(change).toMatchObject({ days: { previous: 2, current: 7 }, basis: 'per-day' })
    expect(change.costPerDayUsd).toEqual({ previous: 8 / 2, current: 28 / 7 })
    expect(change.costRelative).toBe(0)
    expect(change.tokensRelative).toBe(0)
    // Cost per run did not move: nobody moved.
    expect(rollup.movers).toEqual([])
  })

  test('a workflow whose cost per run doubled ranks above one whose runs doubled at the same cost per run', () => {
    // Per day: "More" runs 2 a day then 4, at $1 a run; "Dearer" runs 1 a day at $1 then $2.
    const before = days('2026-04-27', 7).map((day, i) =>
      daily(day, 10 + i, [
        ['More', 2, [model('m', 2, 2)]],
        ['Dearer', 1, [model('m', 1, 1)]],
      ]),
    )
    const now = days('2026-05-04', 7).map((day, i) =>
      daily(day, 20 + i, [
        ['More', 4, [model('m', 4, 4)]],
        ['Dearer', 1, [model('m', 1, 2)]],
      ]),
    )
    const rollup = rollupPeriod({
      period: W19,
      previousPeriod: previousPeriod(W19),
      dailies: [...before, ...now],
      lastDay: '2026-05-10',
    })
    // Totals: More +$14 (14 → 28), Dearer +$7 (7 → 14): a ranking by total change would put More first.
    const more = rollup.workflows.find((w) => w.name === 'More')!
    expect(more.costUsd - 14).toBe(14)
    expect(rollup.change!.basis).toBe('total')
    // By cost per run: Dearer's rose $1 over its 7 runs; More's did not move, so it is no mover.
    expect(rollup.movers.map((m) => [m.workflow, m.impactUsd, m.relative])).toEqual([['Dearer', (2 - 1) * 7, 1]])
  })
})
