// The collector against the fake GitHub server with a repository of every kind of run: each run's final state and
// the per-workflow totals are checked against expectations computed here from the fixture records.
import { jest } from '@jest/globals'
import type { RunSummary } from '../../src/usage/run-summary.js'
import {
  flatPriceBook,
  jsonl,
  records,
  startCollectorHarness,
  type CollectorHarness,
  type TestRecord,
} from './collector-harness.js'

jest.setTimeout(60_000)

const HOUR = 3_600_000
const OWN_RUN_ID = 31_000_000_001
const agentPath = 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl'

let h: CollectorHarness
/** Run id → expected state, and for analysed runs the records that must be counted (once each). */
const expected = new Map<number, { workflow: string; state: string; counted: TestRecord[]; invalidLines?: number }>()

function ago(hours: number): string {
  return new Date(Date.now() - hours * HOUR).toISOString()
}

beforeAll(async () => {
  h = await startCollectorHarness()
  const { gh } = h
  const planner = 'Daily Planner'
  const triage = 'Copilot Triage'
  const add = (workflow: string, hours: number, state: string, counted: TestRecord[] = [], extra = {}) => {
    const run = gh.addRun({ workflow, createdAt: ago(hours) })
    expected.set(run.id, { workflow, state, counted, ...extra })
    return run
  }

  // usage artifact: agent usage plus threat detection (kept apart, so not in the agent totals)
  const p1 = records('anthropic', 'claude-sonnet-4-6', 3)
  const r1 = add(planner, 20, 'analysed', p1)
  await gh.addArtifact(r1.id, 'usage', {
    files: {
      'agent/token_usage.jsonl': jsonl(p1),
      'detection/token_usage.jsonl': jsonl(records('anthropic', 'claude-haiku-4-5', 1)),
    },
  })
  // only the older `agent` artifact, among other logs
  const p2 = records('anthropic', 'claude-sonnet-4.6', 4)
  const r2 = add(planner, 18, 'analysed', p2)
  await gh.addArtifact(r2.id, 'agent', {
    files: { [agentPath]: jsonl(p2), 'sandbox/agent/logs/agent.log': 'x'.repeat(20_000) },
  })
  // the same records in `agent` and `usage`: counted once
  const p3 = records('anthropic', 'claude-opus-4-5', 2)
  const r3 = add(planner, 16, 'analysed', p3)
  await gh.addArtifact(r3.id, 'agent', { files: { [agentPath]: jsonl(p3) } })
  await gh.addArtifact(r3.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(p3) } })
  // copilot: input includes cache reads
  const t1 = records('copilot', 'claude-sonnet-4.6', 5)
  const r4 = add(triage, 15, 'analysed', t1)
  await gh.addArtifact(r4.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(t1) } })
  // no artifact at all
  add(triage, 14, 'no-artifact')
  // expired
  const r6 = add(triage, 13, 'artifact-expired')
  await gh.addArtifact(
    r6.id,
    'usage',
    { files: { 'agent/token_usage.jsonl': jsonl(records('copilot', 'gpt-5', 2)) } },
    { expired: true },
  )
  // empty token file
  const r7 = add(planner, 12, 'empty-token-file')
  await gh.addArtifact(r7.id, 'usage', { files: { 'agent/token_usage.jsonl': '' } })
  // a truncated last line: the complete records count, the cut one is an invalid line
  const p5 = records('anthropic', 'claude-sonnet-4-6', 3)
  const r8 = add(planner, 11, 'analysed', p5, { invalidLines: 1 })
  const cut = JSON.stringify(records('anthropic', 'claude-sonnet-4-6', 1)[0]).slice(0, 40)
  await gh.addArtifact(r8.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(p5) + cut } })
  // an artifact without any token file
  const r9 = add(planner, 10, 'no-token-file')
  await gh.addArtifact(r9.id, 'agent', { files: { 'sandbox/agent/logs/agent.log': 'hello\n' } })
  // digest mismatch
  const r10 = add(triage, 9, 'integrity-failed')
  await gh.addArtifact(
    r10.id,
    'usage',
    { files: { 'agent/token_usage.jsonl': jsonl(records('copilot', 'gpt-5', 2)) } },
    {
      digestOverride: `sha256:${'0'.repeat(64)}`,
    },
  )
  // a corrupt (truncated) zip
  const r11 = add(planner, 8, 'download-failed')
  await gh.addArtifact(
    r11.id,
    'usage',
    { files: { 'agent/token_usage.jsonl': jsonl(records('anthropic', 'claude-sonnet-4-6', 50)) } },
    {
      truncate: true,
    },
  )
  // analysed through transient faults (see the test)
  const t2 = records('copilot', 'gpt-5', 3)
  const r12 = add(triage, 7, 'analysed', t2)
  await gh.addArtifact(r12.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(t2) } })

  // Left out: cancelled, in progress, the action's own run, and a run before the window.
  gh.addRun({ workflow: planner, createdAt: ago(6), conclusion: 'cancelled' })
  gh.addRun({ workflow: planner, createdAt: ago(5), conclusion: null })
  gh.addRun({ id: OWN_RUN_ID, workflow: 'Token usage report', createdAt: ago(0.1) })
  const old = gh.addRun({ workflow: planner, createdAt: ago(30) })
  await gh.addArtifact(old.id, 'usage', {
    files: { 'agent/token_usage.jsonl': jsonl(records('anthropic', 'claude-sonnet-4-6', 1)) },
  })
})

afterAll(async () => {
  await h?.close()
})

function normalisedInput(record: TestRecord): number {
  return record.provider === 'copilot'
    ? Math.max(0, record.input_tokens - record.cache_read_tokens)
    : record.input_tokens
}

test('every run in the window ends in its one expected state, and per-workflow totals match the records', async () => {
  const { gh } = h
  // Transient trouble: a 500 on one download, a secondary-rate-limit 429 on the runs listing, a 502 on a listing.
  const zip500 = gh.inject({ path: '/repos/*/*/actions/artifacts/*/zip', status: 500 })
  const runs429 = gh.inject({ path: '/repos/*/*/actions/runs', status: 429, retryAfter: 1 })
  const list502 = gh.inject({ path: '/repos/*/*/actions/artifacts', status: 502 })
  const zip429 = gh.inject({ path: '/repos/*/*/actions/artifacts/*/zip', status: 429, retryAfter: 1 })

  const result = await h.collect.collectRuns(
    h.client(),
    new (await import('../../src/collect/summary-cache.js')).NullSummaryCache(),
    {
      since: '24h',
      excludeRunId: String(OWN_RUN_ID),
      summarise: { priceBook: flatPriceBook },
      logger: h.logger,
      concurrency: 4,
    },
  )
  expect([zip500.hits, runs429.hits, list502.hits, zip429.hits]).toEqual([1, 1, 1, 1])

  const byId = new Map(result.runs.map((summary) => [Number(summary.runId), summary]))
  expect([...byId.keys()].sort()).toEqual([...expected.keys()].sort())
  for (const [runId, want] of expected) {
    const got = byId.get(runId) as RunSummary
    expect({ runId, workflow: got.workflow, state: got.state }).toEqual({
      runId,
      workflow: want.workflow,
      state: want.state,
    })
    expect(got.skipped.invalidLines).toBe(want.invalidLines ?? 0)
  }
  expect(byId.get([...expected].find(([, w]) => w.state === 'integrity-failed')![0])!.stateDetail).toMatch(/digest/)
  expect(byId.get([...expected].find(([, w]) => w.state === 'download-failed')![0])!.stateDetail).toMatch(/Archive/)
  expect(byId.get([...expected].find(([, w]) => w.state === 'artifact-expired')![0])!.stateDetail).toMatch(/usage/)

  // Per-workflow totals, from the fixture records.
  for (const workflow of ['Daily Planner', 'Copilot Triage']) {
    const counted = [...expected.values()].filter((w) => w.workflow === workflow).flatMap((w) => w.counted)
    const want = {
      requests: counted.length,
      inputTokens: counted.reduce((sum, r) => sum + normalisedInput(r), 0),
      outputTokens: counted.reduce((sum, r) => sum + r.output_tokens, 0),
      cacheReadTokens: counted.reduce((sum, r) => sum + r.cache_read_tokens, 0),
      cacheWriteTokens: counted.reduce((sum, r) => sum + r.cache_write_tokens, 0),
      cost: counted.reduce(
        (sum, r) =>
          sum +
          normalisedInput(r) * 3e-6 +
          r.output_tokens * 15e-6 +
          r.cache_read_tokens * 0.3e-6 +
          r.cache_write_tokens * 3.75e-6,
        0,
      ),
    }
    const models = result.runs.filter((s) => s.workflow === workflow).flatMap((s) => s.models)
    const got = {
      requests: models.reduce((sum, m) => sum + m.requests, 0),
      inputTokens: models.reduce((sum, m) => sum + m.inputTokens, 0),
      outputTokens: models.reduce((sum, m) => sum + m.outputTokens, 0),
      cacheReadTokens: models.reduce((sum, m) => sum + m.cacheReadTokens, 0),
      cacheWriteTokens: models.reduce((sum, m) => sum + m.cacheWriteTokens, 0),
      cost: models.reduce((sum, m) => sum + m.costUsd, 0),
    }
    expect({ ...got, cost: Number(got.cost.toFixed(9)) }).toEqual({ ...want, cost: Number(want.cost.toFixed(9)) })
  }
  // Threat detection stays out of the agent's models.
  const first = result.runs.find((s) => s.runId === String([...expected.keys()][0]))!
  expect(first.detection.map((m) => m.requests)).toEqual([1])
  expect(first.artifact).toBe('usage')

  // The same-records run used `usage` (first in the default order), and no duplicates leaked in.
  expect(result.stateCounts).toMatchObject({
    analysed: 6,
    'no-artifact': 1,
    'artifact-expired': 1,
    'empty-token-file': 1,
    'no-token-file': 1,
    'integrity-failed': 1,
    'download-failed': 1,
    'not-reached': 0,
  })
  expect(h.logger.lines.some((line) => /^Downloaded 10\/10 runs, 4 without data, \d+ s$/.test(line))).toBe(true)
})
