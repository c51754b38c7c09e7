// A re-run of a day keeps what the day's report read of a run it cannot read itself, and nothing else changes.
import { keepEarlierReadings, type EarlierReading } from '../../src/collect/collection-plan.js'
import { emptyModelUsage, summaryWithoutUsage, type RunSummary } from '../../src/usage/run-summary.js'

const model = { ...emptyModelUsage('anthropic', 'claude-sonnet-4.6'), requests: 3, inputTokens: 300, costUsd: 0.9 }
const earlier: EarlierReading = { state: 'analysed', models: [model] }
const run = (id: string, state: RunSummary['state'], detail?: string): RunSummary =>
  summaryWithoutUsage({ workflow: 'Daily Planner', runId: id, createdAt: '2026-04-02T01:00:00Z' }, state, detail)

test('a run not read this time keeps the earlier reading, whatever kept it from being read', () => {
  const runs = [run('1', 'download-failed', '502 Server Error'), run('2', 'not-reached'), run('3', 'no-artifact')]
  const readings = new Map(['1', '2', '3'].map((id) => [id, earlier]))
  const merged = keepEarlierReadings(runs, readings)
  expect(merged.kept).toBe(3)
  for (const summary of merged.runs) {
    expect(summary).toMatchObject({ state: 'analysed', models: [model], createdAt: '2026-04-02T01:00:00Z' })
    expect(summary.stateDetail).toBeUndefined()
  }
})

test('a run read this time keeps its new reading; a run without an earlier reading stays as it is', () => {
  const fresh = { ...run('1', 'analysed'), models: [{ ...model, requests: 4 }] }
  const failed = run('2', 'download-failed', '502 Server Error')
  const merged = keepEarlierReadings([fresh, failed], new Map([['1', earlier]]))
  expect(merged.kept).toBe(0)
  expect(merged.runs).toEqual([fresh, failed])
})
