import fc from 'fast-check'
import {
  DRIVER_IDS,
  decomposeCostChange,
  type DriverId,
  type ModelUsageRow,
} from '../../../src/analysis/trends/cost-drivers.js'
import { describeDrivers } from '../../../src/analysis/trends/driver-sentence.js'

/** $/M for input, output, cache read, cache write. */
type Rates = [number, number, number, number]
const SONNET: Rates = [3, 15, 0.3, 3.75]
const HAIKU: Rates = [1, 5, 0.1, 1.25]

/** A row whose cost is its tokens at `rates`; `perRequest` = tokens of one request [input, output, read, write]. */
function row(model: string, requests: number, perRequest: Rates, rates: Rates): ModelUsageRow {
  const [i, o, r, w] = perRequest.map((t) => t * requests) as Rates
  const cost = {
    input: (i * rates[0]) / 1e6,
    output: (o * rates[1]) / 1e6,
    cacheRead: (r * rates[2]) / 1e6,
    cacheWrite: (w * rates[3]) / 1e6,
  }
  return {
    model,
    requests,
    inputTokens: i,
    outputTokens: o,
    cacheReadTokens: r,
    cacheWriteTokens: w,
    costUsd: cost.input + cost.output + cost.cacheRead + cost.cacheWrite,
    cost,
  }
}

const contribution = (drivers: { id: DriverId; contribution: number }[], id: DriverId): number =>
  drivers.find((d) => d.id === id)!.contribution
const sum = (drivers: { contribution: number }[]): number => drivers.reduce((s, d) => s + d.contribution, 0)

describe('decomposeCostChange', () => {
  const profile: Rates = [1000, 500, 20_000, 2000]

  it('puts a switch to a cheaper model on model mix, and the drop in requests on requests per run', () => {
    // Per request: Sonnet 0.003 + 0.0075 + 0.006 + 0.0075 = $0.024; Haiku a third of it, $0.008.
    const change = decomposeCostChange(
      { runs: 10, models: [row('claude-sonnet-4.6', 200, profile, SONNET)] },
      { runs: 10, models: [row('claude-haiku-4.5', 190, profile, HAIKU)] },
    )
    expect(change.baseline).toBeCloseTo(20 * 0.024, 12)
    expect(change.current).toBeCloseTo(19 * 0.008, 12)
    expect(change.change).toBeCloseTo(-0.328, 12)
    // Two players, cost = R × c: each gets the average of its two marginal contributions.
    expect(contribution(change.drivers, 'requests-per-run')).toBeCloseTo((-1 * 0.024 + -1 * 0.008) / 2, 12)
    expect(contribution(change.drivers, 'model-mix')).toBeCloseTo((20 * -0.016 + 19 * -0.016) / 2, 12)
    for (const id of ['input-per-request', 'output-per-request', 'prices', 'cache-hit-rate'] as const) {
      expect(contribution(change.drivers, id)).toBeCloseTo(0, 12)
    }
    expect(change.drivers[0]!.id).toBe('model-mix')
    expect(change.drivers.map((d) => d.id).sort()).toEqual([...DRIVER_IDS].sort())
    expect(change.models).toEqual([
      { model: 'claude-haiku-4.5', baselineShare: 0, currentShare: 1, status: 'new' },
      { model: 'claude-sonnet-4.6', baselineShare: 1, currentShare: 0, status: 'gone' },
    ])
    expect(describeDrivers(change)).toBe(
      'model mix (claude-haiku-4.5 now 100% of requests, was 0%; claude-sonnet-4.6 gone) −$0.31; requests per run (20 → 19) −$0.02',
    )
  })

  it('gives the whole change to requests per run when runs just make more of the same requests', () => {
    const base = [row('a', 100, profile, SONNET), row('b', 50, [300, 900, 0, 0], HAIKU)]
    const cur = [row('a', 140, profile, SONNET), row('b', 70, [300, 900, 0, 0], HAIKU)]
    const change = decomposeCostChange({ runs: 10, models: base }, { runs: 10, models: cur })
    expect(change.drivers[0]!.id).toBe('requests-per-run')
    expect(change.drivers[0]!.contribution).toBeCloseTo(change.change, 12)
    expect(change.change).toBeCloseTo(change.baseline * 0.4, 12)
    for (const d of change.drivers.slice(1)) expect(d.contribution).toBeCloseTo(0, 12)
  })

  it('splits a product of two moving factors evenly between them (Shapley)', () => {
    // Only output: cost = R × q × p. R 10 → 20, q 100 → 300, p $15/M.
    const change = decomposeCostChange(
      { runs: 1, models: [row('m', 10, [0, 100, 0, 0], SONNET)] },
      { runs: 1, models: [row('m', 20, [0, 300, 0, 0], SONNET)] },
    )
    const p = 15 / 1e6
    expect(contribution(change.drivers, 'requests-per-run')).toBeCloseTo(
      ((20 - 10) * 100 * p + (20 - 10) * 300 * p) / 2,
      12,
    )
    expect(contribution(change.drivers, 'output-per-request')).toBeCloseTo((10 * 200 * p + 20 * 200 * p) / 2, 12)
    expect(sum(change.drivers)).toBeCloseTo(20 * 300 * p - 10 * 100 * p, 12)
  })

  it('shows caching gained as input down and cache read up, and names it', () => {
    const change = decomposeCostChange(
      { runs: 5, models: [row('claude-sonnet-4.6', 100, [50_000, 500, 0, 0], SONNET)] },
      { runs: 5, models: [row('claude-sonnet-4.6', 100, [5000, 500, 45_000, 0], SONNET)] },
    )
    // 45,000 tokens per request move from $3/M to $0.30/M: −$0.1215 per request, 20 requests per run.
    expect(change.change).toBeCloseTo((-20 * 45_000 * (3 - 0.3)) / 1e6, 12)
    expect(contribution(change.drivers, 'input-per-request')).toBeCloseTo(-20 * 45_000 * 3e-6, 12)
    expect(contribution(change.drivers, 'cache-read-per-request')).toBeCloseTo(20 * 45_000 * 0.3e-6, 12)
    expect(change.caching).toEqual({ baseline: 0, current: 0.9 })
    expect(describeDrivers(change)).toBe(
      'fresh input per request (50K → 5K; prompt caching gained: cache hit rate 0% → 90%) −$2.70; cache read per request (0 → 45K) +$0.27',
    )
  })

  it('puts a price change on prices, and cost the tokens cannot explain there too', () => {
    const base = row('m', 10, profile, SONNET)
    const cheaper = row('m', 10, profile, [1.5, 7.5, 0.15, 1.875])
    const change = decomposeCostChange({ runs: 2, models: [base] }, { runs: 2, models: [cheaper] })
    expect(contribution(change.drivers, 'prices')).toBeCloseTo(-base.costUsd / 2 / 2, 12)
    expect(change.unexplainedUsd).toBeCloseTo(0, 12)

    // A flat $0.01 per-request fee billed as input cost with no input tokens at all.
    const fee = row('m', 10, [0, 500, 0, 0], SONNET)
    const withFee = { ...fee, costUsd: fee.costUsd + 0.1, cost: { ...fee.cost, input: 0.1 } }
    const feeChange = decomposeCostChange({ runs: 2, models: [fee] }, { runs: 2, models: [withFee] })
    expect(feeChange.change).toBeCloseTo(0.05, 12)
    expect(feeChange.unexplainedUsd).toBeCloseTo(0.05, 12)
    expect(contribution(feeChange.drivers, 'prices')).toBeCloseTo(0.05, 12)
  })

  it('merges rows of the same model and handles windows without requests', () => {
    const change = decomposeCostChange(
      { runs: 3, models: [] },
      { runs: 3, models: [row('m', 3, profile, SONNET), row('m', 3, profile, SONNET)] },
    )
    expect(change.baseline).toBe(0)
    expect(change.current).toBeCloseTo((6 * 0.024) / 3, 12)
    expect(change.drivers[0]!.id).toBe('requests-per-run')
    expect(change.drivers[0]!.contribution).toBeCloseTo(change.change, 12)
    expect(change.usage.requestsPerRun).toEqual({ baseline: 0, current: 2 })
    expect(change.caching.baseline).toBeNull()
  })

  it('names the window and quotes the bad value', () => {
    expect(() => decomposeCostChange({ runs: 0, models: [] }, { runs: 1, models: [] })).toThrow(
      'the baseline window needs a whole number of runs above 0, got 0',
    )
    const bad = { ...row('m', 1, profile, SONNET), outputTokens: -5 }
    expect(() => decomposeCostChange({ runs: 1, models: [] }, { runs: 1, models: [bad] })).toThrow(
      "current model 'm' has a count or cost that is not ≥ 0: -5",
    )
  })
})

describe('decomposeCostChange properties', () => {
  const rates: Record<string, Rates> = { a: SONNET, b: HAIKU, c: [15, 75, 1.5, 18.75], d: [0.5, 2, 0.05, 0] }
  const tokens = fc.tuple(
    fc.integer({ min: 0, max: 200_000 }),
    fc.integer({ min: 0, max: 20_000 }),
    fc.integer({ min: 0, max: 500_000 }),
    fc.integer({ min: 0, max: 50_000 }),
  )
  const window = fc.record({
    runs: fc.integer({ min: 1, max: 30 }),
    models: fc.uniqueArray(
      fc.record({
        model: fc.constantFrom('a', 'b', 'c', 'd'),
        requests: fc.integer({ min: 0, max: 400 }),
        perRequest: tokens,
      }),
      { selector: (m) => m.model, maxLength: 4 },
    ),
  })
  const build = (w: { runs: number; models: { model: string; requests: number; perRequest: number[] }[] }) => ({
    runs: w.runs,
    models: w.models.map((m) => row(m.model, m.requests, m.perRequest as Rates, rates[m.model]!)),
  })

  it('contributions sum to the change (1e-9 relative), and prices get nothing when prices did not move', () => {
    fc.assert(
      fc.property(window, window, (b, c) => {
        const change = decomposeCostChange(build(b), build(c))
        const scale = Math.max(1, change.baseline, change.current)
        expect(Math.abs(sum(change.drivers) - change.change)).toBeLessThanOrEqual(1e-9 * scale)
        expect(Math.abs(sum(change.drivers) - change.change)).toBeLessThan(0.01)
        expect(Math.abs(contribution(change.drivers, 'prices'))).toBeLessThanOrEqual(1e-9 * scale)
        expect(contribution(change.drivers, 'cache-hit-rate')).toBe(0)
        const sizes = change.drivers.map((d) => Math.abs(d.contribution))
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x))
      }),
      { seed: 20260418, numRuns: 300 },
    )
  })

  it('a factor that did not move gets nothing: more runs of the same mix is requests per run alone', () => {
    fc.assert(
      fc.property(window, fc.integer({ min: 2, max: 5 }), (b, factor) => {
        const base = build(b)
        const scaled = build({ ...b, models: b.models.map((m) => ({ ...m, requests: m.requests * factor })) })
        const change = decomposeCostChange(base, scaled)
        const scale = Math.max(1, change.current)
        for (const d of change.drivers) {
          if (d.id !== 'requests-per-run') expect(Math.abs(d.contribution)).toBeLessThanOrEqual(1e-9 * scale)
        }
        expect(contribution(change.drivers, 'requests-per-run')).toBeCloseTo(change.change, 9)
      }),
      { seed: 7, numRuns: 200 },
    )
  })
})
