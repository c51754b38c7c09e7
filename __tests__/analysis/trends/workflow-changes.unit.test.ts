// The changes of one workflow against its baseline: the cache hit rate shown is the pooled one the rest of the report
// shows, and a change that rounds to nothing (the same runs summed in another order) has no direction.
import type { RunValues, WorkflowSample } from '../../../src/analysis/trends/baseline-window.js'
import type { ModelUsageRow } from '../../../src/analysis/trends/cost-drivers.js'
import { workflowChangesOf } from '../../../src/analysis/trends/workflow-changes.js'

/** A run's values from its fresh input and cache read (output, writes and requests fixed). */
function run(input: number, cacheRead: number, costUsd: number): RunValues {
  return {
    costUsd,
    totalTokens: input + cacheRead + 100,
    requests: 3,
    cacheHitRate: cacheRead / (input + cacheRead),
    aiCredits: null,
  }
}

function sample(pairs: readonly [number, number][], costUsd = 0.3, models: ModelUsageRow[] = []): WorkflowSample {
  const runs = pairs.map(([input, read]) => run(input, read, costUsd))
  return {
    name: 'Smoke Copilot',
    runsWithData: runs.length,
    runs,
    tokens: {
      inputTokens: pairs.reduce((n, [input]) => n + input, 0),
      cacheReadTokens: pairs.reduce((n, [, read]) => n + read, 0),
    },
    models,
    flags: null,
  }
}

const options = { minEffect: 0.2 }

test('the cache hit rate compared and shown is pooled over the window, not the mean of per-run rates', () => {
  // One big run with a high hit rate and small runs with low ones: pooled and mean differ a lot.
  const before: [number, number][] = [
    [1000, 1000],
    [1000, 1000],
    [1000, 1000],
    [1000, 1000],
    [1000, 1000],
  ]
  const now: [number, number][] = [
    [10_000, 90_000],
    [1000, 500],
    [1000, 500],
    [1000, 500],
    [1000, 500],
  ]
  const pooledNow = (90_000 + 4 * 500) / (10_000 + 90_000 + 4 * 1500)
  const meanNow = (0.9 + 4 * (500 / 1500)) / 5
  expect(Math.abs(pooledNow - meanNow)).toBeGreaterThan(0.1)
  const { changes } = workflowChangesOf(
    { ...sample(now), date: '2026-04-21' },
    [{ date: '2026-04-20', workflow: sample(before) }],
    options,
  )
  const hit = changes.find((c) => c.metric === 'cacheHitRate')!
  expect(hit.baseline).toBeCloseTo(0.5, 12)
  expect(hit.current).toBeCloseTo(pooledNow, 12)
  expect(hit.relative).toBeCloseTo((pooledNow - 0.5) / 0.5, 12)
  expect(hit.direction).toBe(pooledNow > 0.5 ? 'up' : 'down')
  // The test still ranks per-run rates: 4 of 5 runs fell, so it is not a significant rise.
  expect(hit.significant).toBe(false)
})

test('several baseline windows pool their sums together', () => {
  const a = sample([[3000, 1000]])
  const b = sample([
    [1000, 3000],
    [1000, 3000],
  ])
  const { changes } = workflowChangesOf(
    { ...sample([[1000, 1000]]), date: '2026-04-21' },
    [
      { date: '2026-04-20', workflow: a },
      { date: '2026-04-19', workflow: b },
    ],
    options,
  )
  expect(changes.find((c) => c.metric === 'cacheHitRate')!.baseline).toBeCloseTo(7000 / 12_000, 12)
})

test('without token sums on a side, the mean of per-run rates is compared (as before)', () => {
  const before = {
    ...sample([
      [1000, 3000],
      [3000, 1000],
      [1000, 1000],
    ]),
  }
  delete before.tokens
  const { changes } = workflowChangesOf(
    { ...sample([[1000, 1000]]), date: '2026-04-21' },
    [{ date: '2026-04-20', workflow: before }],
    options,
  )
  expect(changes.find((c) => c.metric === 'cacheHitRate')!.baseline).toBeCloseTo((0.75 + 0.25 + 0.5) / 3, 12)
})

/** A model row priced at $3/M input, $15/M output, $0.3/M cache read. */
function modelRow(requests: number, input: number, output: number, cacheRead: number): ModelUsageRow {
  const cost = {
    input: (input * 3) / 1e6,
    output: (output * 15) / 1e6,
    cacheRead: (cacheRead * 0.3) / 1e6,
    cacheWrite: 0,
  }
  return {
    model: 'claude-sonnet-4.6',
    requests,
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: 0,
    costUsd: cost.input + cost.output + cost.cacheRead,
    cost,
  }
}

test('the same runs again, up to float noise: no direction, no noise drivers', () => {
  const costs = [0.1, 0.2, 0.3, 0.7, 0.1, 0.2]
  const row = modelRow(18, 6000, 600, 24_000)
  // The same usage and prices 1e-7 apart in relative terms, as a sum in another order gives: a price driver of
  // float size, a cost per run 3e-7 lower, one cache read token more in 30,000.
  const nudged = {
    ...row,
    costUsd: row.costUsd * (1 - 1e-7),
    cost: { ...row.cost, input: row.cost.input * (1 - 1e-7) },
  }
  const before: WorkflowSample = {
    ...sample(
      costs.map(() => [1000, 4000]),
      0,
      [row],
    ),
    runs: costs.map((c) => run(1000, 4000, c)),
  }
  const now: WorkflowSample = {
    ...sample(
      costs.map(() => [1000, 4000]),
      0,
      [nudged],
    ),
    runs: costs.map((c) => run(1000, 4000, c * (1 - 3e-7))),
    tokens: { inputTokens: 6000, cacheReadTokens: 24_001 },
  }
  const { changes, costChange } = workflowChangesOf(
    { ...now, date: '2026-04-21' },
    [{ date: '2026-04-20', workflow: before }],
    options,
  )
  const cost = changes.find((c) => c.metric === 'costPerRunUsd')!
  expect(cost.relative).toBeCloseTo(-3e-7, 9)
  expect(cost.direction).toBeNull()
  expect(cost.significant).toBe(false)
  // The decomposition has a price driver of float size; the change leaves it out.
  const prices = costChange!.drivers.find((d) => d.id === 'prices')!
  expect(prices.contribution).toBeLessThan(0)
  expect(Math.abs(prices.contribution)).toBeLessThan(0.0005)
  expect(cost.drivers).toEqual([])
  const hit = changes.find((c) => c.metric === 'cacheHitRate')!
  expect(hit.relative).toBeCloseTo((24_001 / 30_001 - 0.8) / 0.8, 12)
  expect(hit.relative).toBeGreaterThan(0)
  expect(hit.direction).toBeNull()
})

test('a cost change below $0.0005 per run has no direction even when relatively large', () => {
  const before: WorkflowSample = {
    ...sample([[1, 1]], 0.0001),
    runs: Array.from({ length: 6 }, () => run(1, 1, 0.0001)),
  }
  const now: WorkflowSample = { ...sample([[1, 1]], 0.0003), runs: Array.from({ length: 6 }, () => run(1, 1, 0.0003)) }
  const { changes } = workflowChangesOf(
    { ...now, date: '2026-04-21' },
    [{ date: '2026-04-20', workflow: before }],
    options,
  )
  const cost = changes.find((c) => c.metric === 'costPerRunUsd')!
  expect(cost.relative).toBeCloseTo((0.0003 - 0.0001) / 0.0001, 9)
  expect(cost.direction).toBeNull()
  expect(cost.significant).toBe(false)
})

test('a real cost change keeps its direction and its drivers of at least $0.0005', () => {
  const before: WorkflowSample = {
    ...sample([[1000, 4000]], 0.3),
    runs: Array.from({ length: 6 }, () => run(1000, 4000, 0.3)),
  }
  const now: WorkflowSample = {
    ...sample([[1000, 4000]], 0.2),
    runs: Array.from({ length: 6 }, () => run(1000, 4000, 0.2)),
  }
  const { changes } = workflowChangesOf(
    { ...now, date: '2026-04-21' },
    [{ date: '2026-04-20', workflow: before }],
    options,
  )
  expect(changes.find((c) => c.metric === 'costPerRunUsd')!.direction).toBe('down')
})
