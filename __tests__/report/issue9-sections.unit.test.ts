// AI credits, routing, fallbacks, initiators and totals-only runs from hand-built summaries: the analysis's numbers
// and the markdown sections that appear only when there is something to show.
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { renderTableReport } from '../../src/report/table-report.js'
import { csvRowsOf } from '../../src/report/csv-report.js'
import { modelUsage, runSummary, SONNET, HAIKU } from '../analysis/run-summary-builders.js'

const sonnet = (requests: number, aiCredits: number | null, aiCreditsRequests: number) => ({
  ...modelUsage({
    model: 'claude-sonnet-4.6',
    provider: 'copilot',
    requests,
    input: 1000 * requests,
    output: 100 * requests,
    price: SONNET,
  }),
  aiCredits,
  aiCreditsRequests,
  reasoningTokens: 10 * requests,
})

function newerRuns() {
  const a = runSummary('agent-wf', '1', [], {
    models: [sonnet(40, 12.5, 40)],
    routing: [
      {
        ...modelUsage({
          model: 'claude-haiku-4.5',
          provider: 'copilot',
          requests: 3,
          input: 300,
          output: 30,
          price: HAIKU,
        }),
        aiCredits: 0.25,
        aiCreditsRequests: 3,
      },
    ],
    fallbacks: {
      requests: 4,
      byReason: { upstream_5xx: 3, upstream_timeout: 1 },
      pairs: [{ requested: 'claude-opus-4.6', served: 'claude-sonnet-4.6', requests: 4 }],
    },
    initiators: { user: 1, agent: 39 },
    pricingSources: { curated: 38, builtin_fallback: 2 },
    fallbackPricingRequests: 2,
    schemaVersions: { 'token-usage/v0.28.20': 43 },
  })
  const b = runSummary('agent-wf', '2', [], {
    models: [sonnet(10, null, 0)],
    initiators: { user: 0, agent: 10 },
    schemaVersions: { 'token-usage/v0.27.7': 10 },
  })
  // A totals-only run: its row has no request count.
  const c = runSummary('agent-wf', '3', [], {
    state: 'analysed-totals',
    models: [
      {
        ...modelUsage({
          model: 'claude-sonnet-4.6',
          provider: 'copilot',
          requests: 0,
          input: 5000,
          output: 500,
          price: SONNET,
        }),
        aiCredits: 3,
        aiCreditsRequests: 0,
      },
    ],
  })
  return [a, b, c]
}

test('credits, coverage, repricing, routing apart, fallbacks and the flag, initiators, schema versions', () => {
  const runs = newerRuns()
  const report = analyseRuns(runs)
  const t = report.totals
  expect(t.runsWithData).toBe(3)
  expect(t.runsTotalsOnly).toBe(1)
  expect(t.requests).toBe(50)
  expect(t.aiCredits).toBeCloseTo(12.5 + 3)
  expect(t.aiCreditsCoverage).toBeCloseTo(40 / 50)
  expect(t.reasoningTokens).toBe(500)
  const usd = runs.flatMap((r) => r.models).reduce((n, m) => n + m.costUsd, 0)
  expect(t.costUsd).toBeCloseTo(usd)
  // Repriced over the requests that carried credits: runs 1 and 3 (run 2 carried none), so the same as recorded.
  const [a, , c] = runs
  expect(t.repricedAiCredits).toBeCloseTo((a!.models[0]!.costUsd + c!.models[0]!.costUsd) * 100)
  expect(t.repricedAiCreditsRecorded).toBeCloseTo(12.5 + 3)
  expect(t.repricedAiCreditsLeftOut).toEqual([])
  // Routing is never in the totals.
  expect(t.inputTokens).toBe(40_000 + 10_000 + 5000)
  expect(report.routing).toMatchObject({ requests: 3, totalTokens: 330, aiCredits: 0.25 })
  const w = report.workflows[0]!
  expect(w.routing).toMatchObject({ requests: 3, totalTokens: 330 })
  expect(w.fallbacks).toEqual({
    requests: 4,
    byReason: { upstream_5xx: 3, upstream_timeout: 1 },
    models: [{ requested: 'claude-opus-4.6', served: 'claude-sonnet-4.6', requests: 4 }],
  })
  expect(w.initiators).toEqual({ user: 1, agent: 49 })
  // 4 of 50 requests = 8% > 5%.
  const flag = w.flags.find((f) => f.id === 'model-fallbacks')
  expect(flag).toMatchObject({ value: 4 / 50, threshold: 0.05 })
  expect(
    analyseRuns(runs, { thresholds: { ...DEFAULTS, fallbackRate: 0.1 } }).workflows[0]!.flags.map((f) => f.id),
  ).not.toContain('model-fallbacks')
  expect(report.schemaVersions).toEqual({ 'token-usage/v0.28.20': 43, 'token-usage/v0.27.7': 10 })
  expect(report.aiCreditsPricing).toEqual({ sources: { curated: 38, builtin_fallback: 2 }, fallbackPricingRequests: 2 })
  const run3 = w.runDetails.find((r) => r.runId === '3')!
  expect(run3).toMatchObject({ state: 'analysed-totals', aiCredits: 3, aiCreditsCoverage: null })
  expect(report.runsWithoutData).toEqual([])

  const md = renderMarkdownReport(report)
  expect(md).toContain('### AI Credits')
  expect(md).toContain('### Firewall Routing Calls')
  expect(md).toContain('### Model Fallbacks')
  expect(md).toContain('| AIC |')
  expect(md).toContain('analysed (totals only)')
  expect(md).toContain('**Copilot initiators**: 1 user request (premium) · 49 agent requests')
  expect(md).toContain('fallback prices')
  const table = renderTableReport(report)
  expect(table).toContain('Firewall routing calls (not in the totals): 3 requests')
  expect(table).toContain('15.50 AIC')
  expect(table).toContain("AI credits: 2 requests charged at the firewall's fallback prices")
  const csv = csvRowsOf(report)
  expect(csv.filter((r) => r.usage === 'routing')).toHaveLength(1)
  expect(csv.find((r) => r.usage === 'agent')!.ai_credits).toBeCloseTo(15.5)
})

const DEFAULTS = {
  zeroCacheHitRate: 0,
  lowCacheHitRate: 0.5,
  cacheWriteToReadRatio: 1,
  ioRatio: 100,
  smallRequestsPerRun: 10,
  smallRequestOutputTokens: 50,
  costPerRunUsd: 1,
}

test('older data: no AIC column, no credit, routing or fallback section', () => {
  const report = analyseRuns([
    runSummary('old-wf', '9', [{ model: 'claude-sonnet-4.6', requests: 5, input: 100, output: 10, price: SONNET }]),
  ])
  expect(report.totals.aiCredits).toBeNull()
  expect(report.totals.aiCreditsCoverage).toBe(0)
  const md = renderMarkdownReport(report)
  for (const absent of ['### AI Credits', '### Firewall Routing Calls', '### Model Fallbacks', 'AIC', 'routing']) {
    expect(md).not.toContain(absent)
  }
  expect(renderTableReport(report)).not.toContain('AIC')
})
