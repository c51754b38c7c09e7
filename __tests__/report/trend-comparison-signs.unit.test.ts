// Issue 11: no −0.0% in the trend section's comparison with a previous report that has no per-run data (the LLM
// analyzer's): a change that rounds to nothing has no sign, a real one keeps it, the hit rate in points.
import { expect, test } from '@jest/globals'
import type { ReportTrends, TrendValue } from '../../src/analysis/report-data.js'
import { trendSectionOf } from '../../src/report/trend-markdown.js'

const value = (previous: number, current: number, change = (current - previous) / previous): TrendValue => ({
  previous,
  current,
  change,
})

test('changes that round to nothing read 0.0% and 0.0 pp; real ones keep their sign', () => {
  const trends: ReportTrends = {
    previous: {
      number: 7,
      url: 'https://github.com/o/r/issues/7',
      source: 'llm-analyzer',
      window: { since: null, until: '2026-04-17T06:00:00Z' },
    },
    threshold: 0.2,
    baseline: { span: '7d', reports: 0, runs: 0, since: null, until: null },
    note: null,
    workflows: [
      {
        name: 'smoke',
        status: 'compared',
        tokensPerRun: value(100_000, 99_999), // −0.001%
        costPerRunUsd: value(0.2, 0.15), // −25%
        cacheHitRate: value(0.5, 0.49999, 0.49999 - 0.5), // −0.001 points
        requestsPerRun: value(4, 5), // +25%
        caching: null,
        changes: [],
      },
    ],
    history: [],
  }
  const section = trendSectionOf(trends)
  const row = section.split('\n').find((l) => l.startsWith('| smoke |'))!
  expect(row).not.toContain('−0.0')
  const cells = row.split('|').map((c) => c.trim())
  expect(cells[2]).toMatch(/\(0\.0%\)$/)
  expect(cells[3]).toMatch(new RegExp(`\\(−${((0.05 / 0.2) * 100).toFixed(1)}%\\)$`))
  expect(cells[4]).toMatch(/\(0\.0 pp\)$/)
  expect(cells[5]).toMatch(new RegExp(`\\(\\+${((1 / 4) * 100).toFixed(1)}%\\)$`))
})
