import { DEFAULT_FLAG_THRESHOLDS, flagsFor, modelFlagsFor, type FlagInput } from '../../../src/analysis/flags/flags.js'
import { flagMessageOf } from '../../../src/analysis/flags/flag-wording.js'
import { flagTextLineOf } from '../../../src/report/flag-text.js'
import { parseFlagThresholds } from '../../../src/settings/threshold-input.js'

// A healthy workflow: nothing flagged. Each test changes one quantity across a threshold.
const healthy: FlagInput = {
  runsWithData: 2,
  requests: 12,
  outputTokens: 12 * 400,
  cacheReadTokens: 300_000,
  cacheWriteTokens: 60_000,
  cacheHitRate: 0.9,
  ioRatio: 60,
  costPerRunUsd: 0.5,
}
const ids = (m: FlagInput, t = DEFAULT_FLAG_THRESHOLDS) => flagsFor(m, t).map((f) => f.id)

test('the LLM analyzer defaults', () => {
  expect(DEFAULT_FLAG_THRESHOLDS).toEqual({
    zeroCacheHitRate: 0,
    lowCacheHitRate: 0.5,
    cacheWriteToReadRatio: 1,
    ioRatio: 100,
    smallRequestsPerRun: 10,
    smallRequestOutputTokens: 50,
    costPerRunUsd: 1,
    fallbackRate: 0.05,
  })
  expect(ids(healthy)).toEqual([])
})

test('zero cache hits replaces, not adds to, low cache hits', () => {
  const flags = flagsFor({ ...healthy, cacheHitRate: 0, cacheReadTokens: 0, cacheWriteTokens: 0 })
  expect(flags.map((f) => f.id)).toEqual(['zero-cache-hits'])
  expect(flags[0].message).toContain('0.0%')
  expect(flags[0].severity).toBe('warning')
})

test('low cache hits below 50%, not at 50%', () => {
  const flags = flagsFor({ ...healthy, cacheHitRate: 0.42 })
  expect(flags.map((f) => f.id)).toEqual(['low-cache-hits'])
  expect(flags[0].message).toBe('Cache hit rate is 42.0% (threshold: <50.0%).')
  expect(ids({ ...healthy, cacheHitRate: 0.5 })).toEqual([])
})

test('cache write greater than cache read', () => {
  const flags = flagsFor({ ...healthy, cacheWriteTokens: 300_001 })
  expect(flags.map((f) => f.id)).toEqual(['cache-write-exceeds-read'])
  expect(flags[0].message).toContain('300K')
  expect(flags[0].message).toContain('cache write > cache read')
  expect(ids({ ...healthy, cacheWriteTokens: 300_000 })).toEqual([])
})

test('I/O ratio above 100:1, quoting the value', () => {
  const flags = flagsFor({ ...healthy, ioRatio: 130.4 })
  expect(flags.map((f) => f.id)).toEqual(['high-io-ratio'])
  expect(flags[0].message).toBe('I/O ratio is 130:1 (threshold: >100:1).')
  expect(ids({ ...healthy, ioRatio: 100 })).toEqual([])
  expect(ids({ ...healthy, ioRatio: null })).toEqual([])
})

test('many small requests: more than 10 per run averaging under 50 output tokens', () => {
  // 22 requests over 2 runs = 11/run, 44 output tokens each
  const small = { ...healthy, requests: 22, outputTokens: 22 * 44 }
  const flags = flagsFor(small)
  expect(flags.map((f) => f.id)).toEqual(['many-small-requests'])
  expect(flags[0].message).toContain('11 requests per run averaging 44 output tokens')
  expect(flags[0].severity).toBe('info')
  expect(ids({ ...small, requests: 20, outputTokens: 20 * 44 })).toEqual([]) // exactly 10 per run
  expect(ids({ ...small, outputTokens: 22 * 50 })).toEqual([]) // exactly 50 each
})

test('cost per run above $1.00 is critical and listed first', () => {
  const flags = flagsFor({ ...healthy, costPerRunUsd: 1.37, ioRatio: 150 })
  expect(flags.map((f) => f.id)).toEqual(['high-cost-per-run', 'high-io-ratio'])
  expect(flags[0]).toMatchObject({ severity: 'critical', message: 'Cost per run is $1.37 (threshold: >$1.00).' })
  expect(ids({ ...healthy, costPerRunUsd: 1 })).toEqual([])
})

test('nothing is flagged without data', () => {
  expect(ids({ ...healthy, runsWithData: 0, requests: 0, cacheHitRate: 0, costPerRunUsd: null })).toEqual([])
})

test('every threshold can be changed or switched off', () => {
  const t = parseFlagThresholds([
    'low-cache-hit-rate=0.95',
    'io-ratio=50',
    'cost-per-run=$0.25',
    'small-requests-per-run=5,small-request-output-tokens=500',
    'cache-write-read-ratio=0.1',
  ])
  expect(t).toEqual({
    ...DEFAULT_FLAG_THRESHOLDS,
    lowCacheHitRate: 0.95,
    ioRatio: 50,
    costPerRunUsd: 0.25,
    smallRequestsPerRun: 5,
    smallRequestOutputTokens: 500,
    cacheWriteToReadRatio: 0.1,
  })
  expect(ids(healthy, t)).toEqual([
    'high-cost-per-run',
    'low-cache-hits',
    'cache-write-exceeds-read',
    'high-io-ratio',
    'many-small-requests',
  ])
  const off = parseFlagThresholds('high-io-ratio=off\nzero-cache-hits=none')
  expect(off.ioRatio).toBeNull()
  expect(off.zeroCacheHitRate).toBeNull()
  expect(ids({ ...healthy, ioRatio: 500 }, off)).toEqual([])
})

test('rates accept percentages and flag ids work as names', () => {
  expect(parseFlagThresholds('low-cache-hits=40%').lowCacheHitRate).toBeCloseTo(0.4, 12)
  expect(parseFlagThresholds(' LOW-CACHE-HIT-RATE = .3 ').lowCacheHitRate).toBe(0.3)
  expect(parseFlagThresholds([]).ioRatio).toBe(100)
})

test.each([
  ['low-cache-hit-rate', /Invalid threshold 'low-cache-hit-rate'.*name=value/],
  ['low-cache-hit-rate=abc', /Invalid threshold value 'abc' in 'low-cache-hit-rate=abc'/],
  ['low-cache-hit-rate=', /Invalid threshold value '' in/],
  ['low-cache-hit-rate=1.5', /'1.5'.*fraction from 0 to 1/],
  ['io-ratio=-3', /Invalid threshold value '-3'/],
  ['io-ratio=0x10', /'0x10'/],
  ['cost-per-run=1e3', /'1e3'/],
  [
    'cache-hits=0.2',
    /Unknown threshold 'cache-hits' in 'cache-hits=0.2'. Known: zero-cache-hit-rate, low-cache-hit-rate/,
  ],
])('rejects %s quoting the bad value', (input, message) => {
  expect(() => parseFlagThresholds(input)).toThrow(message)
})

describe('modelFlagsFor', () => {
  const sonnet = { model: 'claude-sonnet-4.6', requests: 21, inputTokens: 31, cacheReadTokens: 772_360, costUsd: 1.18 }
  const haiku = { model: 'claude-haiku-4.5', requests: 10, inputTokens: 3600, cacheReadTokens: 0, costUsd: 0.02 }

  test('a model without cache hits in a caching workflow is informational, with its cost share', () => {
    const flags = modelFlagsFor([sonnet, haiku], [])
    expect(flags).toEqual([
      expect.objectContaining({
        id: 'model-zero-cache-hits',
        severity: 'info',
        message: `claude-haiku-4.5: 10 requests with a cache hit rate of 0.0% (threshold: 0.0%) (${((0.02 / 1.2) * 100).toFixed(1)}% of the workflow's cost).`,
      }),
    ])
  })

  test('not repeated when the workflow is already flagged, nor when switched off', () => {
    const workflowFlag = flagsFor({ ...healthy, cacheHitRate: 0 })
    expect(modelFlagsFor([haiku], workflowFlag)).toEqual([])
    expect(modelFlagsFor([haiku], [], { ...DEFAULT_FLAG_THRESHOLDS, zeroCacheHitRate: null })).toEqual([])
    expect(modelFlagsFor([{ ...haiku, inputTokens: 0 }], [])).toEqual([])
  })

  test('a model whose cost is unknown (no request priced) is not flagged; a partly priced one is', () => {
    const unpriced = { ...haiku, costUsd: 0, unpricedRequests: 10 }
    expect(modelFlagsFor([sonnet, unpriced], [])).toEqual([])
    expect(modelFlagsFor([sonnet, { ...haiku, unpricedRequests: 4 }], [])).toHaveLength(1)
  })
})

describe('flags are data, worded once', () => {
  test('a finding names its workflow, metric, value and threshold; the message is worded from them', () => {
    const [flag] = flagsFor({ ...healthy, name: 'smoke', costPerRunUsd: 1.37 })
    expect(flag).toMatchObject({
      id: 'high-cost-per-run',
      severity: 'critical',
      workflow: 'smoke',
      metric: 'costPerRunUsd',
      value: 1.37,
      threshold: 1,
    })
    expect(flagMessageOf(flag)).toBe(flag.message)
  })

  test('a model flag carries the model, its requests and its share of the cost', () => {
    const [flag] = modelFlagsFor(
      [
        { model: 'a', requests: 3, inputTokens: 10, cacheReadTokens: 90, costUsd: 3 },
        { model: 'b|<x>', requests: 1, inputTokens: 10, cacheReadTokens: 0, costUsd: 1 },
      ],
      [],
      DEFAULT_FLAG_THRESHOLDS,
      'wf',
    )
    expect(flag).toMatchObject({ workflow: 'wf', model: 'b|<x>', value: 0, context: { requests: 1, costShare: 0.25 } })
    // Plain text: the model name as it is, no markdown escapes.
    expect(flag.message).toBe(
      "b|<x>: 1 request with a cache hit rate of 0.0% (threshold: 0.0%) (25.0% of the workflow's cost).",
    )
  })
})

test('a terminal line carries no markdown escapes and no control characters', () => {
  const [flag] = modelFlagsFor(
    [
      { model: 'a', requests: 3, inputTokens: 10, cacheReadTokens: 90, costUsd: 3 },
      { model: 'b(1)\u001b[2J\nx', requests: 1, inputTokens: 10, cacheReadTokens: 0, costUsd: 0 },
    ],
    [],
    DEFAULT_FLAG_THRESHOLDS,
    'wf <x>',
  )
  expect(flagTextLineOf(flag)).toBe(
    "info     wf <x>: b(1)[2J x: 1 request with a cache hit rate of 0.0% (threshold: 0.0%) (0.0% of the workflow's cost).",
  )
})
