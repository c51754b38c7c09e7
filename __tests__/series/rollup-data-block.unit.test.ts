// A rollup's hidden data block: read back as written, refused when edited, and compared with as a previous period
// (means and drivers from its rows; no rank test without per-run values).
import { gzipSync } from 'node:zlib'
import { periodChangeOf, summaryOfDailies, type DailyReportData } from '../../src/analysis/rollups/period-rollup.js'
import { periodContaining, previousPeriod } from '../../src/common/periods.js'
import { rollupReportOf } from '../../src/analysis/rollups/rollup-report.js'
import {
  readRollupDataBlock,
  encodeRollupDataBlock,
  rollupDataBlockOf,
  summaryOfRollupDataBlock,
} from '../../src/series/rollup-data-block.js'
import { readDailyDataBlock } from '../../src/series/daily-data-block.js'

const W19 = periodContaining('week', '2026-05-04')

function daily(day: string, number: number, runs: number, costPerRequest: number): DailyReportData {
  const models = [
    {
      model: 'claude-sonnet-4.6',
      provider: 'anthropic',
      requests: runs * 2,
      inputTokens: runs * 2000,
      outputTokens: runs * 200,
      cacheReadTokens: runs * 100,
      cacheWriteTokens: 0,
      costUsd: runs * 2 * costPerRequest,
      cost: { input: runs * 2 * costPerRequest, output: 0, cacheRead: 0, cacheWrite: 0 },
      aiCredits: runs * 10,
    },
  ]
  return {
    day,
    number,
    url: `https://github.com/o/r/issues/${number}`,
    window: { since: null, until: `${day}T06:00:00Z` },
    workflows: [
      {
        name: 'Nightly | <b>',
        runs,
        runsWithData: runs,
        requests: runs * 2,
        inputTokens: runs * 2000,
        outputTokens: runs * 200,
        cacheReadTokens: runs * 100,
        cacheWriteTokens: 0,
        costUsd: runs * 2 * costPerRequest,
        models,
      },
    ],
    runs: Array.from({ length: runs }, (_, i) => ({
      w: 0,
      id: `${number}-${i}`,
      state: 'analysed',
      requests: 2,
      tokens: 4600,
      usd: 2 * costPerRequest,
      aiCredits: 10,
    })),
  }
}

const report = rollupReportOf({
  period: W19,
  previousPeriod: previousPeriod(W19),
  dailies: [daily('2026-05-04', 1, 3, 0.1), daily('2026-05-05', 2, 2, 0.1)],
  lastDay: '2026-05-10',
  budgets: [],
  runCreditCap: 1000,
})

test('the block reads back as written; the summary has the totals of the period', () => {
  const snapshot = rollupDataBlockOf(report)!
  const block = encodeRollupDataBlock(snapshot)
  const reading = readRollupDataBlock(`report text\n${block}\n`)
  expect(reading).toEqual({ status: 'ok', block: snapshot })
  // The daily reports' reader does not take it for theirs.
  expect(readDailyDataBlock(block)).toEqual({ status: 'missing' })
  const summary = summaryOfRollupDataBlock(snapshot, 7)
  expect(summary.totals).toEqual({
    ...report.totals,
    costUsd: expect.closeTo(1, 9),
    costPerRunUsd: expect.closeTo(0.2, 9),
  })
  expect(summary).toMatchObject({ id: '2026-W19', reports: 2, source: 'rollup', rollup: 7, runCosts: null })
})

test('an edited or foreign block is refused with a reason', () => {
  const snapshot = rollupDataBlockOf(report)!
  const tampered = gzipSync(Buffer.from(JSON.stringify({ ...snapshot, reports: -1 }))).toString('base64')
  expect(readRollupDataBlock(`<!-- token-usage-analyzer:rollup-data v1 ${tampered} -->`)).toMatchObject({
    status: 'invalid',
    reason: expect.stringContaining("'reports'"),
  })
  expect(readRollupDataBlock('<!-- token-usage-analyzer:rollup-data v2 AAAA -->').status).toBe('invalid')
  expect(readRollupDataBlock('<!-- token-usage-analyzer:rollup-data v1 bm90IGd6aXA= -->').status).toBe('invalid')
  expect(readRollupDataBlock('no block').status).toBe('missing')
})

test('compared with a rollup: means from its totals, drivers from its model rows, no rank test', () => {
  const previous = summaryOfRollupDataBlock(rollupDataBlockOf(report)!, 7)
  const W20 = periodContaining('week', '2026-05-11')
  const current = summaryOfDailies(W20, [daily('2026-05-11', 3, 4, 0.15)])
  const change = periodChangeOf(previous, current)
  expect(change.costPerRun).toMatchObject({
    baseline: expect.closeTo(0.2, 9),
    current: expect.closeTo(0.3, 9),
    direction: 'up',
  })
  expect(change.costPerRun.relative).toBeCloseTo(0.5)
  expect(change.costPerRun.significant).toBe(false)
  expect(change.costPerRunNote).toBe('the previous period is read from its rollup #7, which keeps no per-run values')
  expect(change.drivers!.drivers.reduce((n, d) => n + d.contribution, 0)).toBeCloseTo(0.1, 9)
  expect(change.drivers!.drivers[0].id).toBe('prices')
})
