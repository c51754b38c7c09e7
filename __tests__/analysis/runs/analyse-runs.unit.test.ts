import { analyseRuns } from '../../../src/analysis/runs/analyse-runs.js'
import { DEFAULT_FLAG_THRESHOLDS } from '../../../src/analysis/flags/flags.js'
import { HAIKU, runSummary, SONNET } from '../run-summary-builders.js'

// Three workflows: "alpha" (2 runs with data + 1 expired), "beta" (1 run, openai, with detection), "gamma" (no data).
const runs = [
  runSummary(
    'alpha',
    '101',
    [
      {
        model: 'claude-sonnet-4.6',
        requests: 4,
        input: 10,
        output: 400,
        cacheRead: 90_000,
        cacheWrite: 20_000,
        durationMsTotal: 20_000,
        price: SONNET,
      },
      { model: 'claude-haiku-4.5', requests: 2, input: 800, output: 100, durationMsTotal: 1_000, price: HAIKU },
    ],
    {
      durationsMs: [5000, 5000, 5000, 5000, 500, 500],
      branch: 'main',
      createdAt: '2026-04-01T10:00:00Z',
      firstRecordAt: '2026-04-01T10:01:00Z',
      lastRecordAt: '2026-04-01T10:09:00Z',
    },
  ),
  runSummary(
    'alpha',
    '102',
    [
      {
        model: 'claude-sonnet-4.6',
        requests: 3,
        input: 6,
        output: 300,
        cacheRead: 60_000,
        cacheWrite: 30_000,
        durationMsTotal: 9_000,
        price: SONNET,
      },
    ],
    { durationsMs: [1000, 3000, 5000], firstRecordAt: '2026-04-02T08:00:00Z', lastRecordAt: '2026-04-02T08:05:00Z' },
  ),
  runSummary('alpha', '103', [], { state: 'artifact-expired', stateDetail: 'agent-artifacts' }),
  runSummary(
    'beta',
    '201',
    [
      {
        provider: 'openai',
        model: 'gpt-5',
        requests: 5,
        input: 1000,
        output: 500,
        cacheRead: 0,
        durationMsTotal: 2_500,
      },
    ],
    {
      durationsMs: [500, 500, 500, 500, 500],
      detectionModels: [
        { model: 'claude-sonnet-4.6', requests: 2, input: 50, output: 60, cacheRead: 1000, price: SONNET },
      ],
      skipped: {
        invalidLines: 3,
        byReason: { 'invalid-json': 2, schema: 1 },
        examples: [{ file: 'a/token-usage.jsonl', line: 7, reason: 'invalid-json', detail: 'Unexpected end' }],
        duplicateRecords: 4,
        filteredRecords: 1,
      },
    },
  ),
  runSummary('gamma', '301', [], { state: 'no-artifact' }),
]

const report = analyseRuns(runs, { window: { since: new Date('2026-04-01T00:00:00Z'), until: null } })

// Independent expectations, from the literal numbers above.
const sonnet = { req: 7, in: 16, out: 700, cr: 150_000, cw: 50_000 }
const haiku = { req: 2, in: 800, out: 100 }
const sonnetCost = (16 * 3 + 700 * 15 + 150_000 * 0.3 + 50_000 * 3.75) / 1e6
const haikuCost = (800 * 0.8 + 100 * 4) / 1e6
const run101Cost = (10 * 3 + 400 * 15 + 90_000 * 0.3 + 20_000 * 3.75 + 800 * 0.8 + 100 * 4) / 1e6
const run102Cost = (6 * 3 + 300 * 15 + 60_000 * 0.3 + 30_000 * 3.75) / 1e6

test('workflows are sorted by cost, highest first, and every workflow with runs is listed', () => {
  expect(report.workflows.map((w) => w.name)).toEqual(['alpha', 'beta', 'gamma'])
})

test('per-workflow sums and the nine metrics', () => {
  const alpha = report.workflows[0]
  const input = sonnet.in + haiku.in
  const output = sonnet.out + haiku.out
  expect(alpha).toMatchObject({
    runs: 3,
    runsWithData: 2,
    requests: sonnet.req + haiku.req,
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: sonnet.cr,
    cacheWriteTokens: sonnet.cw,
    totalTokens: input + output + sonnet.cr + sonnet.cw,
    fullPriceTokens: input + output + sonnet.cw,
  })
  expect(alpha.cacheHitRate).toBeCloseTo(sonnet.cr / (sonnet.cr + input), 12)
  expect(alpha.cacheWriteRate).toBeCloseTo(sonnet.cw / (sonnet.cr + input + sonnet.cw), 12)
  expect(alpha.ioRatio).toBeCloseTo((input + sonnet.cr) / output, 12)
  expect(alpha.avgLatencyMs).toBeCloseTo((20_000 + 1_000 + 9_000) / 9, 9)
  expect(alpha.costUsd).toBeCloseTo(sonnetCost + haikuCost, 12)
  expect(alpha.costPerRunUsd).toBeCloseTo((sonnetCost + haikuCost) / 2, 12)
  expect(alpha.requestsPerRun).toBe(4.5)
  expect(alpha.costPerRun?.median).toBeCloseTo((run101Cost + run102Cost) / 2, 12)
  expect(alpha.costPerRun?.p95).toBeCloseTo(
    Math.min(run101Cost, run102Cost) + Math.abs(run101Cost - run102Cost) * 0.95,
    12,
  )
  // latencies: 500,500,1000,3000,5000×5 → median (5th of 9) = 5000, p95 rank 7.6 → 5000
  expect(alpha.latencyP50Ms).toBe(5000)
  expect(alpha.latencyP95Ms).toBe(5000)
  expect(alpha.cost.cacheWrite).toBeCloseTo((50_000 * 3.75) / 1e6, 12)
})

test('models are merged across runs by provider and name, by cost', () => {
  const alpha = report.workflows[0]
  expect(alpha.models.map((m) => [m.model, m.requests])).toEqual([
    ['claude-sonnet-4.6', 7],
    ['claude-haiku-4.5', 2],
  ])
  expect(alpha.models[0].avgLatencyMs).toBeCloseTo(29_000 / 7, 9)
  expect(alpha.models[0].costUsd).toBeCloseTo(sonnetCost, 12)
})

test('per-run details: runs with data by cost first, then runs without data', () => {
  const details = report.workflows[0].runDetails
  expect(details.map((r) => r.runId)).toEqual(run101Cost > run102Cost ? ['101', '102', '103'] : ['102', '101', '103'])
  const r101 = details.find((r) => r.runId === '101')!
  expect(r101.costUsd).toBeCloseTo(run101Cost, 12)
  expect(r101.branch).toBe('main')
  expect(r101.totalTokens).toBe(10 + 400 + 90_000 + 20_000 + 800 + 100)
  expect(details.find((r) => r.runId === '103')).toMatchObject({ requests: 0, state: 'artifact-expired' })
})

test('totals cover the agent only; detection usage is kept apart', () => {
  const t = report.totals
  expect(t.runs).toBe(5)
  expect(t.runsWithData).toBe(3)
  expect(t.requests).toBe(7 + 2 + 5)
  expect(t.inputTokens).toBe(16 + 800 + 1000)
  expect(t.costUsd).toBeCloseTo(sonnetCost + haikuCost, 12) // gpt-5 is unpriced here, detection excluded
  expect(report.detection).toMatchObject({
    runs: 1,
    requests: 2,
    inputTokens: 50,
    outputTokens: 60,
    cacheReadTokens: 1000,
  })
  expect(report.detection!.costUsd).toBeCloseTo((50 * 3 + 60 * 15 + 1000 * 0.3) / 1e6, 12)
  expect(report.workflows[1].detection.map((m) => m.requests)).toEqual([2])
  expect(report.workflows[1].requests).toBe(5)
})

test('providers, unpriced models, skipped counts, runs without data and the window', () => {
  expect(report.providers.map((p) => [p.provider, p.requests])).toEqual([
    ['anthropic', 9],
    ['openai', 5],
  ])
  expect(report.unpricedModels).toEqual([{ provider: 'openai', model: 'gpt-5', requests: 5 }])
  expect(report.skipped).toEqual({
    invalidLines: 3,
    duplicateRecords: 4,
    filteredRecords: 1,
    byReason: { 'invalid-json': 2, schema: 1 },
    // Each example names its run: the same file path is in every run's artifact.
    examples: [
      {
        file: 'a/token-usage.jsonl',
        line: 7,
        reason: 'invalid-json',
        detail: 'Unexpected end',
        workflow: 'beta',
        runId: '201',
      },
    ],
  })
  expect(report.runsWithoutData.map((r) => [r.workflow, r.runId])).toEqual([
    ['alpha', '103'],
    ['gamma', '301'],
  ])
  expect(report.runsWithoutData[0].reason).toMatch(/expired.*agent-artifacts/)
  expect(report.runsWithoutData[1].reason).toMatch(/no artifact/)
  expect(report.window).toEqual({ since: '2026-04-01T00:00:00.000Z', until: null })
  expect(report.dataRange).toEqual({ first: '2026-04-01T10:01:00Z', last: '2026-04-02T08:05:00Z' })
})

test('flags come from the workflow numbers and the thresholds', () => {
  // beta: 1000 input, no cache read → zero cache hits; gamma and alpha: none by default (alpha I/O ≈ 188:1 → high-io-ratio)
  expect(report.workflows[1].flags.map((f) => f.id)).toEqual(['zero-cache-hits'])
  // alpha's Haiku has no cache hits while the workflow caches: an informational model flag
  expect(report.workflows[0].flags.map((f) => f.id)).toEqual(['high-io-ratio', 'model-zero-cache-hits'])
  expect(report.workflows[2].flags).toEqual([])
  const relaxed = analyseRuns(runs, {
    thresholds: { ...DEFAULT_FLAG_THRESHOLDS, ioRatio: null, zeroCacheHitRate: null },
  })
  expect(relaxed.workflows[0].flags).toEqual([])
  const relaxedIo = analyseRuns(runs, { thresholds: { ...DEFAULT_FLAG_THRESHOLDS, ioRatio: null } })
  expect(relaxedIo.workflows[0].flags.map((f) => f.id)).toEqual(['model-zero-cache-hits'])
  expect(relaxed.workflows[1].flags.map((f) => f.id)).toEqual(['low-cache-hits'])
})

test('an empty input gives an empty, well-formed report', () => {
  const empty = analyseRuns([])
  expect(empty.totals).toMatchObject({
    runs: 0,
    runsWithData: 0,
    requests: 0,
    costUsd: 0,
    cacheHitRate: null,
    ioRatio: null,
  })
  expect(empty.workflows).toEqual([])
  expect(empty.window).toEqual({ since: null, until: null })
})
