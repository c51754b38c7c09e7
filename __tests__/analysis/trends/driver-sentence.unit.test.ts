import { decomposeCostChange, type ModelUsageRow } from '../../../src/analysis/trends/cost-drivers.js'
import { describeDrivers, signedUsd } from '../../../src/analysis/trends/driver-sentence.js'

/** Sonnet rates, $/M: input 3, output 15, cache read 0.30, cache write 3.75. */
function sonnet(requests: number, input: number, output: number, cacheRead: number): ModelUsageRow {
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

describe('describeDrivers', () => {
  it('names prompt caching lost', () => {
    const change = decomposeCostChange(
      { runs: 1, models: [sonnet(10, 100_000, 0, 900_000)] },
      { runs: 1, models: [sonnet(10, 1_000_000, 0, 0)] },
    )
    // 900K tokens per run move from $0.30/M to $3/M.
    expect(change.change).toBeCloseTo(0.9 * 2.7, 12)
    expect(describeDrivers(change)).toBe(
      'fresh input per request (10K → 100K; prompt caching lost: cache hit rate 90% → 0%) +$2.70; cache read per request (90K → 0) −$0.27',
    )
  })

  it('leaves out drivers under half a cent and keeps to the limit', () => {
    const tiny = decomposeCostChange(
      { runs: 1, models: [sonnet(10, 1000, 100, 0)] },
      { runs: 1, models: [sonnet(11, 1100, 110, 0)] },
    )
    expect(tiny.change).toBeCloseTo(0.1 * (0.003 + 0.0015), 12)
    expect(describeDrivers(tiny)).toBe('')
    const big = decomposeCostChange(
      { runs: 1, models: [sonnet(10, 100_000, 10_000, 0)] },
      { runs: 1, models: [sonnet(20, 400_000, 60_000, 0)] },
    )
    expect(describeDrivers(big, { limit: 1 })).toMatch(/^[a-z ]+ \([^)]*\) \+\$\d+\.\d\d$/)
    expect(describeDrivers(big, { limit: 1 }).split('; ')).toHaveLength(1)
  })

  it('signs amounts with a true minus sign', () => {
    expect(signedUsd(-0.15)).toBe('−$0.15')
    expect(signedUsd(0.02)).toBe('+$0.02')
    expect(signedUsd(-0.001)).toBe('−<$0.01')
  })
})
