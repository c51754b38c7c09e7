// The AI-credits view: recorded against repriced per model, the firewall's pricing sources and its fallback-priced
// requests, computed in analysis so the section only lays them out.
import { aiCreditsViewOf } from '../../src/analysis/ai-credits-view.js'
import { reportViewOf } from '../../src/analysis/report-view.js'
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { modelUsage, runSummary, SONNET } from './run-summary-builders.js'

const REQUESTS = 5
const INPUT_PER_REQUEST = 1_000
const CREDITS_PER_REQUEST = 0.5
const UNPRICED = 2
const sonnet = {
  ...modelUsage({
    model: 'claude-sonnet-4.6',
    provider: 'copilot',
    requests: REQUESTS,
    input: INPUT_PER_REQUEST * REQUESTS,
    price: SONNET,
  }),
  aiCredits: CREDITS_PER_REQUEST * REQUESTS,
  aiCreditsRequests: REQUESTS,
}
const mystery = modelUsage({ model: 'mystery-1', provider: 'copilot', requests: UNPRICED, input: 100 })
const view = reportViewOf(
  analyseRuns([
    runSummary('wf', '1', [], {
      models: [sonnet, mystery],
      pricingSources: { builtin_fallback: 1, curated: 4 },
    }),
  ]),
)
const credits = aiCreditsViewOf(view)

test('per model: recorded, repriced (USD × 100) and their difference', () => {
  const row = credits.models.find((m) => m.model === 'claude-sonnet-4.6')!
  const recorded = CREDITS_PER_REQUEST * REQUESTS
  // Input at SONNET's $ per million tokens, in AI credits (1 AIC = $0.01).
  const repriced = ((INPUT_PER_REQUEST * REQUESTS * SONNET[0]) / 1e6) * 100
  expect(row.recorded).toBeCloseTo(recorded, 10)
  expect(row.repriced).toBeCloseTo(repriced, 10)
  expect(row.difference!.credits).toBeCloseTo(recorded - repriced, 10)
  expect(row.difference!.relative).toBeCloseTo((recorded - repriced) / repriced, 10)
  const unpriced = credits.models.find((m) => m.model === 'mystery-1')!
  expect(unpriced.repriced).toBeNull()
  expect(unpriced.difference).toBeNull()
})

test('the sources most requests first, and the fallback-priced share of all requests', () => {
  expect(credits.sources).toEqual([
    { source: 'curated', requests: 4 },
    { source: 'builtin_fallback', requests: 1 },
  ])
  expect(credits.fallbackPriced).toBe(1)
  expect(credits.fallbackShare).toBeCloseTo(1 / (REQUESTS + UNPRICED), 10)
})
