import type { PeriodMetrics } from '../../src/analysis/rollups/period-metrics.js'
import type { ReportData } from '../../src/analysis/report-data.js'
import { periodMarkdownSection, periodTerminalSection } from '../../src/report/period-tables.js'

const usage = { inputTokens: 10, outputTokens: 20, cacheReadTokens: 900, cacheWriteTokens: 70, totalTokens: 1000 }
const period: PeriodMetrics = {
  period: '2026-W16',
  start: '2026-04-13T00:00:00.000Z',
  end: '2026-04-20T00:00:00.000Z',
  runs: 2,
  requests: 3,
  ...usage,
  costUsd: 1.5,
  aiCredits: 150,
  unpricedRequests: 0,
  models: [
    {
      provider: 'anthropic',
      model: 'claude|sonnet',
      runs: 2,
      requests: 3,
      ...usage,
      costUsd: 1.5,
      aiCredits: 150,
      unpricedRequests: 0,
    },
  ],
}
const data = { periods: [period], periodSplit: { by: 'week', timeZone: 'Europe/Berlin' } } as unknown as ReportData

test('terminal table: a row per period, model rows with breakdown, the AIC column when credits were recorded', () => {
  const text = periodTerminalSection(data)!
  expect(text.split('\n')[0]).toBe('Usage by ISO week (Europe/Berlin)')
  expect(text).toMatch(/│ 2026-W16 +│ +2 │ +3 │/)
  expect(text).toContain('AIC')
  expect(text).not.toContain('claude')
  expect(periodTerminalSection(data, { breakdown: true })).toContain('anthropic/claude|sonnet')
})

test('markdown: a name from a run is escaped in its cell; no section without periods', () => {
  expect(periodMarkdownSection(data, { breakdown: true })).toContain('claude\\|sonnet')
  expect(periodMarkdownSection({} as ReportData)).toBeNull()
  expect(periodTerminalSection({} as ReportData)).toBeNull()
})
