// The one meaning of "has data" (hasUsageData): one case each, for every form of a run it is asked about.
import {
  emptyModelUsage,
  hasUsageData,
  summaryHasUsageData,
  summaryWithoutUsage,
  type ModelUsage,
  type RunState,
} from '../../src/usage/run-summary.js'

const meta = { workflow: 'wf', runId: '1' }
function summary(state: RunState, models: ModelUsage[]) {
  return { ...summaryWithoutUsage(meta, state), models }
}
function row(fields: Partial<ModelUsage>): ModelUsage {
  return { ...emptyModelUsage('anthropic', 'claude-sonnet-4-6'), ...fields }
}

test('a run that read requests has data', () => {
  expect(hasUsageData({ state: 'analysed', requests: 3, totalTokens: 900 })).toBe(true)
  expect(summaryHasUsageData(summary('analysed', [row({ requests: 3, inputTokens: 900 })]))).toBe(true)
})

test('a run whose records were all filtered out or all duplicates has none, though its state is analysed', () => {
  expect(hasUsageData({ state: 'analysed', requests: 0, totalTokens: 0 })).toBe(false)
  expect(summaryHasUsageData(summary('analysed', []))).toBe(false)
})

test('a totals-only run with tokens has data, without a request count', () => {
  expect(hasUsageData({ state: 'analysed-totals', requests: 0, totalTokens: 5000, aiCredits: null })).toBe(true)
  expect(summaryHasUsageData(summary('analysed-totals', [row({ inputTokens: 4000, outputTokens: 1000 })]))).toBe(true)
})

test('a totals-only run with AI credits and no tokens has data', () => {
  expect(hasUsageData({ state: 'analysed-totals', requests: 0, totalTokens: 0, aiCredits: 2.5 })).toBe(true)
  expect(summaryHasUsageData(summary('analysed-totals', [row({ aiCredits: 2.5 })]))).toBe(true)
})

test("a totals-only run of gh-aw's explicit zero evidence used nothing: no data", () => {
  expect(hasUsageData({ state: 'analysed-totals', requests: 0, totalTokens: 0, aiCredits: 0 })).toBe(false)
  expect(summaryHasUsageData(summary('analysed-totals', []))).toBe(false)
})

test.each<RunState>([
  'no-artifact',
  'artifact-expired',
  'no-token-file',
  'empty-token-file',
  'download-failed',
  'not-reached',
])('a run in state %s has none', (state) => {
  expect(hasUsageData({ state, requests: 0, totalTokens: 0 })).toBe(false)
  expect(summaryHasUsageData(summaryWithoutUsage(meta, state))).toBe(false)
})
