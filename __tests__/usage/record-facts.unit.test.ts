// Summing the per-record facts of several runs.
import { sumRecordFacts } from '../../src/usage/record-facts.js'
import { emptyRecordFacts } from '../../src/usage/run-summary.js'

describe('sumRecordFacts', () => {
  test('counts add up; fallback pairs merge by requested → served, most requests first', () => {
    const a = {
      ...emptyRecordFacts(),
      fallbacks: {
        requests: 3,
        byReason: { upstream_5xx: 2, upstream_timeout: 1 },
        pairs: [
          { requested: 'claude-opus-4.6', served: 'claude-sonnet-4.6', requests: 2 },
          { requested: 'gpt-5', served: 'gpt-5-mini', requests: 1 },
        ],
      },
      pricingSources: { curated: 10, 'models.dev': 2 },
      fallbackPricingRequests: 1,
      initiators: { user: 1, agent: 9 },
      schemaVersions: { 'token-usage/v0.28.20': 12 },
    }
    const b = {
      ...emptyRecordFacts(),
      fallbacks: {
        requests: 4,
        byReason: { upstream_timeout: 4 },
        pairs: [{ requested: 'gpt-5', served: 'gpt-5-mini', requests: 4 }],
      },
      pricingSources: { builtin_fallback: 3 },
      initiators: { user: 0, agent: 4 },
      schemaVersions: { 'token-usage/v0.28.20': 1, 'token-usage/v0.28.4': 3 },
    }
    expect(sumRecordFacts([a, b, emptyRecordFacts()])).toEqual({
      fallbacks: {
        requests: 7,
        byReason: { upstream_5xx: 2, upstream_timeout: 5 },
        pairs: [
          { requested: 'gpt-5', served: 'gpt-5-mini', requests: 5 },
          { requested: 'claude-opus-4.6', served: 'claude-sonnet-4.6', requests: 2 },
        ],
      },
      pricingSources: { curated: 10, 'models.dev': 2, builtin_fallback: 3 },
      fallbackPricingRequests: 1,
      initiators: { user: 1, agent: 13 },
      schemaVersions: { 'token-usage/v0.28.20': 13, 'token-usage/v0.28.4': 3 },
    })
    // The inputs are left as they were.
    expect(a.fallbacks.pairs[1]!.requests).toBe(1)
  })

  test('no runs: nothing counted', () => {
    const { routing, ...empty } = emptyRecordFacts()
    void routing
    expect(sumRecordFacts([])).toEqual(empty)
  })
})
