// Issue 11: no −0.0% (or −0.0 pts) in the compare report: a change that rounds to nothing as shown has no sign, and
// the relative change is written by the one signed-change format of the reports.
import { describe, expect, test } from '@jest/globals'
import {
  COMPARED_METRICS,
  type ComparedMetric,
  type MetricComparison,
  type SideComparison,
} from '../../src/analysis/compare/side-comparison.js'
import { renderCompareMarkdown } from '../../src/report/compare-report.js'

const side = (label: string, value: (m: ComparedMetric) => number, runsFound: number, unpricedRequests = 0) => ({
  label,
  runsFound,
  values: Object.fromEntries(COMPARED_METRICS.map((m) => [m, value(m)])) as Record<ComparedMetric, number>,
  unpricedRequests,
  models: [],
})

function comparisonOf(a: (m: ComparedMetric) => number, b: (m: ComparedMetric) => number): SideComparison {
  const metrics: MetricComparison[] = COMPARED_METRICS.map((metric) => {
    const change = b(metric) - a(metric)
    return { metric, a: a(metric), b: b(metric), change, relative: change / a(metric), significance: null }
  })
  return { a: side('./a', a, 10, 1), b: side('./b', b, 10, 2), metrics, drivers: null }
}

const rowOf = (markdown: string, label: string): string[] =>
  markdown
    .split('\n')
    .find((l) => l.startsWith(`| ${label} |`))!
    .split('|')
    .map((c) => c.trim())
    .slice(1, -1)

describe('compare report signs', () => {
  // A: 10,000 of everything (rates 0.5); B a hair lower: −1 token of 10,000 is −0.01%, shown to one decimal as 0.0%.
  const a = (m: ComparedMetric) => (m === 'cacheHitRate' || m === 'cacheWriteRate' ? 0.5 : 10_000)
  const tiny = (m: ComparedMetric) => (m === 'cacheHitRate' || m === 'cacheWriteRate' ? 0.5 - 1e-5 : 10_000 - 1)

  test('a fall that rounds to nothing reads 0.0%, never −0.0%', () => {
    const markdown = renderCompareMarkdown(comparisonOf(a, tiny))
    expect(markdown).not.toMatch(/−0\.0%|−0\.0 pts|-0\.0/)
    const expected = `${(0).toFixed(1)}%` // |−1 / 10,000| × 100 = 0.01, to one decimal: 0.0
    expect(rowOf(markdown, 'Total tokens')[3]).toBe(`−1 (${expected})`)
    // The hit rate moved by 0.001 points: 0.0 pts, no sign.
    expect(rowOf(markdown, 'Cache hit rate')[3]).toBe('0.0 pts')
  })

  test('a real fall keeps its minus: −10.0%', () => {
    const markdown = renderCompareMarkdown(comparisonOf(a, (m) => 0.9 * a(m)))
    const percent = ((0.9 - 1) * -100).toFixed(1)
    expect(rowOf(markdown, 'Requests')[3]).toBe(`−1,000 (−${percent}%)`)
  })

  test('counted nouns agree with their number', () => {
    const markdown = renderCompareMarkdown(comparisonOf(a, tiny))
    expect(markdown).toContain('A has 1 request without a known price')
    expect(markdown).toContain('B has 2 requests without a known price')
  })
})
