// Issue 11, "singular/plural right": a trend flag against a baseline of one report and one run says so in the
// singular; more say it in the plural.
import { describe, expect, test } from '@jest/globals'
import { flagMessageOf } from '../../../src/analysis/flags/flag-wording.js'
import type { FlagFinding } from '../../../src/analysis/report-data.js'

const trendFlag = (baselineReports: number, baselineRuns: number): FlagFinding => ({
  id: 'increasing-trend',
  severity: 'warning',
  workflow: 'smoke',
  metric: 'costPerRunUsd',
  value: 0.5,
  threshold: 0.2,
  context: {
    rises: [{ metric: 'costPerRunUsd', previous: 0.2, current: 0.3, change: 0.5 }],
    baselineReports,
    baselineRuns,
    pValue: 0.002,
    changeSince: '2026-04-18',
  },
})

describe('trend flag wording', () => {
  test('one report and one run in the singular', () => {
    const message = flagMessageOf(trendFlag(1, 1))
    expect(message).toContain('against the baseline of 1 report (1 run): significant')
    expect(message).not.toMatch(/\b1 runs\b|\b1 reports\b/)
    // Dates in one format: the full date.
    expect(message).toContain(', since 2026-04-18 (')
  })

  test('more in the plural, counts with thousands separators', () => {
    expect(flagMessageOf(trendFlag(7, 1234))).toContain('against the baseline of 7 reports (1,234 runs): significant')
  })
})
