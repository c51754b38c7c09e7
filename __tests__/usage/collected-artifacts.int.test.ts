// Today's artifacts through the collector and the fake GitHub server: a usage artifact holding only
// agent_usage.json, an agent artifact without any usage file, and a workflow_call run's hash-prefixed artifact
// (GitHub's name filter is exact, so only the unfiltered listing finds it).
import { jest } from '@jest/globals'
import { NullSummaryCache } from '../../src/collect/summary-cache.js'
import type { RunSummary } from '../../src/usage/run-summary.js'
import { flatPriceBook, startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'

jest.setTimeout(60_000)

let h: CollectorHarness
let byId: Map<number, RunSummary>
const ids: Record<'totals' | 'empty' | 'prefixed', number> = { totals: 0, empty: 0, prefixed: 0 }
const prefixedRecord = {
  timestamp: new Date(Date.now() - 3_500_000).toISOString(),
  request_id: 'req-prefixed-1',
  provider: 'anthropic',
  model: 'claude-sonnet-4.6',
  input_tokens: 1_200,
  output_tokens: 300,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
}
const totals = {
  input_tokens: 50_000,
  output_tokens: 2_000,
  cache_read_tokens: 30_000,
  cache_write_tokens: 0,
  ai_credits: 4.5,
}

beforeAll(async () => {
  h = await startCollectorHarness()
  const { gh } = h
  const createdAt = new Date(Date.now() - 3_600_000).toISOString()
  const totalsRun = gh.addRun({ workflow: 'Daily Planner', createdAt })
  ids.totals = totalsRun.id
  await gh.addArtifact(totalsRun.id, 'usage', {
    files: { 'agent_usage.json': JSON.stringify({ ...totals, primary_model: 'claude-sonnet-4.6' }) },
  })
  const emptyRun = gh.addRun({ workflow: 'Daily Planner', createdAt })
  ids.empty = emptyRun.id
  await gh.addArtifact(emptyRun.id, 'agent', {
    files: { 'aw_info.json': '{}', 'sandbox/agent/logs/agent.log': 'hello\n' },
  })
  const prefixedRun = gh.addRun({ workflow: 'Reusable Agent', createdAt })
  ids.prefixed = prefixedRun.id
  await gh.addArtifact(prefixedRun.id, '3f9a1c2b-agent', {
    files: { 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl': `${JSON.stringify(prefixedRecord)}\n` },
  })
  const result = await h.collect.collectRuns(h.client(), new NullSummaryCache(), {
    since: '24h',
    summarise: { priceBook: flatPriceBook },
    logger: h.logger,
  })
  byId = new Map(result.runs.map((summary) => [Number(summary.runId), summary]))
})

afterAll(async () => {
  await h?.close()
})

test('a run with only agent_usage.json is analysed from its totals', () => {
  const run = byId.get(ids.totals)!
  expect(run.state).toBe('analysed-totals')
  expect(run.models[0]).toMatchObject({
    model: 'claude-sonnet-4.6',
    requests: 0,
    inputTokens: totals.input_tokens,
    outputTokens: totals.output_tokens,
    cacheReadTokens: totals.cache_read_tokens,
    aiCredits: totals.ai_credits,
  })
  expect(run.aggregate).toMatchObject({ use: 'totals', file: 'usage.zip!/agent_usage.json' })
})

test('an artifact without usage names itself and the paths it held', () => {
  const run = byId.get(ids.empty)!
  expect(run.state).toBe('no-token-file')
  expect(run.noRecords).toEqual({
    artifact: 'agent',
    files: [],
    archiveEntries: 2,
    archivePaths: expect.arrayContaining(['aw_info.json', 'sandbox/agent/logs/agent.log']),
  })
})

test("a workflow_call run's hash-prefixed artifact is found and read", () => {
  const run = byId.get(ids.prefixed)!
  expect(run.state).toBe('analysed')
  expect(run.artifact).toBe('3f9a1c2b-agent')
  expect(run.models[0]).toMatchObject({
    model: 'claude-sonnet-4.6',
    requests: 1,
    inputTokens: prefixedRecord.input_tokens,
    outputTokens: prefixedRecord.output_tokens,
  })
  // One unfiltered listing, made because some run had none of the names exactly.
  const listings = h.gh.requests.filter((entry) => entry.route === '/repos/:owner/:repo/actions/artifacts')
  expect(listings.filter((entry) => entry.query.name === undefined)).toHaveLength(1)
  expect(listings.filter((entry) => entry.query.name !== undefined).length).toBeGreaterThan(0)
})
