// Counted sentences agree with their count ("1 request … is", "2 requests … are"), and the period tables show AI
// credits as every other table does: two decimals and the unit.
import { analyseRuns } from '../../src/analysis/runs/analyse-runs.js'
import { flagMessageOf } from '../../src/analysis/flags/flag-wording.js'
import type { PeriodMetrics } from '../../src/analysis/rollups/period-metrics.js'
import type { ReportData } from '../../src/analysis/report-data.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { renderTableReport } from '../../src/report/table-report.js'
import { periodMarkdownSection, periodTerminalSection } from '../../src/report/period-tables.js'
import { modelUsage, runSummary, SONNET } from '../analysis/run-summary-builders.js'

const sonnet = (requests: number) => ({
  ...modelUsage({ model: 'claude-sonnet-4.6', provider: 'copilot', requests, input: 1000 * requests, price: SONNET }),
  aiCredits: 0.5 * requests,
  aiCreditsRequests: requests,
})

function reportWith(unpriced: number, fallbackPriced: number) {
  const mystery = modelUsage({ model: 'mystery-1', provider: 'copilot', requests: unpriced, input: 100 })
  return analyseRuns([
    runSummary('wf', '1', [], {
      models: [sonnet(5), mystery],
      pricingSources: { curated: 5 - fallbackPriced, builtin_fallback: fallbackPriced },
      fallbackPricingRequests: fallbackPriced,
    }),
  ])
}

test('one unpriced request "is not included"; two "are"', () => {
  expect(renderMarkdownReport(reportWith(1, 1))).toContain(
    '1 request of 1 model without a known price is not included in any cost',
  )
  expect(renderMarkdownReport(reportWith(2, 1))).toContain(
    '2 requests of 1 model without a known price are not included in any cost',
  )
  expect(renderTableReport(reportWith(1, 1))).toContain('1 request of 1 model without a known price is in no cost')
})

test('one request at fallback prices "was charged"; two "were"', () => {
  const one = renderMarkdownReport(reportWith(1, 1))
  const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`
  expect(one).toContain(`1 request (${share(1, 6)} of all) was charged at the firewall's fallback prices`)
  expect(one).toContain('its recorded credits may be off')
  expect(renderMarkdownReport(reportWith(1, 2))).toContain(
    `2 requests (${share(2, 6)} of all) were charged at the firewall's fallback prices`,
  )
})

test('one fallback request "was served"', () => {
  const finding = {
    id: 'model-fallbacks' as const,
    severity: 'warning' as const,
    workflow: 'wf',
    metric: 'fallbackRate' as const,
    value: 1 / 10,
    threshold: 0.05,
    context: { fallbackRequests: 1, requests: 10 },
  }
  expect(flagMessageOf(finding)).toContain('1 of 10 requests (10.0%) was served by a fallback model')
  expect(flagMessageOf({ ...finding, value: 0.2, context: { fallbackRequests: 2, requests: 10 } })).toContain(
    'were served',
  )
})

test('period tables: AI credits with two decimals and the unit, as elsewhere', () => {
  const usage = { inputTokens: 10, outputTokens: 20, cacheReadTokens: 0, cacheWriteTokens: 0, totalTokens: 30 }
  const aiCredits = 2.3
  const period = {
    period: '2026-W16',
    start: '2026-04-13T00:00:00.000Z',
    end: '2026-04-20T00:00:00.000Z',
    runs: 1,
    requests: 1,
    ...usage,
    costUsd: 0.02,
    aiCredits,
    unpricedRequests: 0,
    models: [],
  } as unknown as PeriodMetrics
  const data = { periods: [period], periodSplit: { by: 'week', timeZone: 'UTC' } } as unknown as ReportData
  const expected = `${aiCredits.toFixed(2)} AIC`
  expect(periodMarkdownSection(data)).toContain(`| ${expected} |`)
  expect(periodMarkdownSection(data)).toContain('| AI credits |')
  expect(periodTerminalSection(data)).toContain(expected)
})
