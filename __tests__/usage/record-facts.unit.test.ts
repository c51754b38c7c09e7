// Summing the per-record facts of several runs, and AI credits with their coverage.
import { aiCreditsOf, sumRecordFacts } from '../../src/usage/record-facts.js'
import { emptyModelUsage, emptyRecordFacts, type ModelUsage } from '../../src/usage/run-summary.js'

function row(requests: number, aiCredits: number | null, aiCreditsRequests: number): ModelUsage {
  return { ...emptyModelUsage('copilot', 'claude-sonnet-4.6'), requests, aiCredits, aiCreditsRequests }
}

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

describe('aiCreditsOf', () => {
  test('the sum, null only when no row carried a value, and the coverage of requests', () => {
    expect(aiCreditsOf([row(10, 2.5, 8), row(5, null, 0), row(5, 1.5, 5)])).toEqual({
      aiCredits: 4,
      aiCreditsRequests: 13,
      coverage: 13 / 20,
    })
    expect(aiCreditsOf([row(3, null, 0)])).toEqual({ aiCredits: null, aiCreditsRequests: 0, coverage: 0 })
    // A totals-only run's row: credits, no requests.
    expect(aiCreditsOf([row(0, 12.345, 0)])).toEqual({ aiCredits: 12.345, aiCreditsRequests: 0, coverage: null })
    expect(aiCreditsOf([])).toEqual({ aiCredits: null, aiCreditsRequests: 0, coverage: null })
  })
})
