// The trend table shows AI credits per run beside the cost per run once a workflow recorded credits on both sides,
// and keeps its older columns otherwise.
import type { MetricChange, ReportTrends } from '../../src/analysis/report-data.js'
import { trendSectionOf } from '../../src/report/trend-markdown.js'

function change(metric: MetricChange['metric'], baseline: number, current: number): MetricChange {
  return {
    metric,
    direction: current > baseline ? 'up' : 'down',
    baseline,
    current,
    relative: (current - baseline) / baseline,
    significant: false,
    pValue: 0.4,
    runs: { baseline: 6, current: 6 },
    verdict: 'not-significant',
    since: null,
    drivers: [],
  }
}

function trends(changes: MetricChange[]): ReportTrends {
  return {
    previous: null,
    threshold: 0.2,
    baseline: { span: '7d', reports: 3, runs: 6, since: null, until: null },
    note: null,
    workflows: [
      {
        name: 'Smart Router',
        status: 'compared',
        tokensPerRun: { previous: null, current: null, change: null },
        costPerRunUsd: { previous: null, current: null, change: null },
        cacheHitRate: { previous: null, current: null, change: null },
        requestsPerRun: { previous: null, current: null, change: null },
        caching: null,
        changes,
      },
    ],
    history: [],
  }
}

test('an AIC/run column beside Cost/run when credits were compared', () => {
  const text = trendSectionOf(trends([change('costPerRunUsd', 0.5, 0.6), change('aiCreditsPerRun', 40, 52)]))
  expect(text).toContain('| Workflow | Cost/run by day | Cost/run | AIC/run | Tokens/run |')
  expect(text).toContain('| $0.50 → $0.60 (+20%) | 40 → 52 (+30%) |')
})

test('no AIC/run column without credits', () => {
  expect(trendSectionOf(trends([change('costPerRunUsd', 0.5, 0.6)]))).not.toContain('AIC')
})
