// Issue 9 end to end through the orchestrator against the fake GitHub server: artifacts in today's gh-aw layout
// (hash-prefixed names, the firewall's audit path, routing calls, fallbacks, reasoning tokens, AI credits, an
// aggregate-only run, an artifact without records, a per-run total that disagrees with its records). Every number
// the report gives for them is checked against sums computed here from the records written.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonl, startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor, type RecordedDeps } from './action-harness.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction

const NOW = new Date('2026-11-26T06:00:00Z')
const hour = 3_600_000
const AT = '2026-11-26T01:00:00Z'
const V_NEW = 'token-usage/v0.28.20'
const V_OLD = 'token-usage/v0.27.7'

interface NewRecord {
  _schema?: string
  request_id: string
  timestamp: string
  provider: string
  model: string
  input_tokens: number
  output_tokens: number
  cache_read_tokens: number
  cache_write_tokens: number
  duration_ms: number
  reasoning_tokens?: number
  ai_credits_this_response?: number
  ai_credits_pricing_source?: string
  ai_credits_fallback_pricing_used?: boolean
  purpose?: string
  x_initiator?: string
  model_fallback?: { requested_model: string; reason: string }
}

let nextId = 1
function record(fields: Partial<NewRecord> & { model: string }): NewRecord {
  const n = nextId++
  return {
    _schema: V_NEW,
    request_id: `r9-${n}`,
    timestamp: AT,
    provider: 'copilot',
    input_tokens: 2000 + 17 * n,
    output_tokens: 300 + 7 * n,
    cache_read_tokens: 800 + 3 * n,
    cache_write_tokens: 0,
    duration_ms: 400,
    ...fields,
  }
}

// Run 1 (Smart Router, artifact `3f9a1c2b-agent`, the audit path): 20 agent requests, 2 of them fallbacks, 1 user
// initiated, credits on 18 of them (two without), 1 priced with the firewall's fallback pricing; 3 routing calls.
const run1Agent: NewRecord[] = Array.from({ length: 20 }, (_, i) =>
  record({
    model: 'claude-sonnet-4.6',
    reasoning_tokens: 50 + i,
    x_initiator: i === 0 ? 'user' : 'agent',
    ...(i < 18
      ? {
          ai_credits_this_response: 0.25 + i / 100,
          ai_credits_pricing_source: i === 17 ? 'builtin_fallback' : 'curated',
          ...(i === 17 ? { ai_credits_fallback_pricing_used: true } : {}),
        }
      : {}),
    ...(i >= 18 ? { model_fallback: { requested_model: 'claude-opus-4.6', reason: 'upstream_5xx' } } : {}),
  }),
)
const run1Routing: NewRecord[] = Array.from({ length: 3 }, () =>
  record({
    model: 'gpt-5-mini',
    purpose: 'routing_classification',
    input_tokens: 600,
    output_tokens: 20,
    cache_read_tokens: 0,
    ai_credits_this_response: 0.02,
    ai_credits_pricing_source: 'curated',
  }),
)
// Run 2 (Smart Router, artifact `abc123-firewall-audit-logs`, an older schema): 10 requests without credits, 1 fallback.
const run2Agent: NewRecord[] = Array.from({ length: 10 }, (_, i) =>
  record({
    _schema: V_OLD,
    model: 'claude-sonnet-4.6',
    reasoning_tokens: 10,
    x_initiator: 'agent',
    ...(i === 0 ? { model_fallback: { requested_model: 'claude-opus-4.6', reason: 'upstream_timeout' } } : {}),
  }),
)
// Run 3 (Nightly Docs, `usage`): per-request records and an agent_usage.json whose output is 50% off (cross-check).
const run3Agent: NewRecord[] = Array.from({ length: 4 }, () =>
  record({ model: 'claude-haiku-4.5', provider: 'anthropic', ai_credits_this_response: 0.1 }),
)
// Run 4 (Nightly Docs, `usage`): no per-request file, only gh-aw's per-run totals.
const run4Aggregate = {
  input_tokens: 12_000,
  output_tokens: 900,
  cache_read_tokens: 3000,
  cache_write_tokens: 0,
  ai_credits: 4.5,
  primary_model: 'claude-haiku-4.5',
  provider: 'anthropic',
}

const sum = (list: readonly NewRecord[], pick: (r: NewRecord) => number | undefined): number =>
  list.reduce((n, r) => n + (pick(r) ?? 0), 0)
/** Copilot's input includes its cache reads (inclusive semantics): the fresh input is the difference. */
const freshInput = (r: NewRecord): number =>
  r.provider === 'copilot' ? r.input_tokens - r.cache_read_tokens : r.input_tokens
const totalTokens = (list: readonly NewRecord[]): number =>
  sum(list, (r) => freshInput(r) + r.output_tokens + r.cache_read_tokens + r.cache_write_tokens)

let recorded: RecordedDeps
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let report: any
let markdown: string
let run3Id: number
let run4Id: number
let emptyRunId: number

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'newer-schema-'))
  const runAt = (hoursAgo: number): Date => new Date(NOW.getTime() - hoursAgo * hour)

  const run1 = h.gh.addRun({ workflow: 'Smart Router', createdAt: runAt(6) })
  await h.gh.addArtifact(run1.id, '3f9a1c2b-agent', {
    files: {
      'sandbox/firewall/audit/api-proxy-logs/token-usage.jsonl': jsonl([...run1Agent, ...run1Routing] as never),
      'sandbox/agent/logs/agent-stdio.log': 'started\n',
    },
  })
  const run2 = h.gh.addRun({ workflow: 'Smart Router', createdAt: runAt(5) })
  await h.gh.addArtifact(run2.id, 'abc123-firewall-audit-logs', {
    files: { 'api-proxy-logs/token-usage.jsonl': jsonl(run2Agent as never) },
  })
  const run3 = h.gh.addRun({ workflow: 'Nightly Docs', createdAt: runAt(4) })
  run3Id = run3.id
  const run3Output = sum(run3Agent, (r) => r.output_tokens)
  await h.gh.addArtifact(run3.id, 'usage', {
    files: {
      'agent/token_usage.jsonl': jsonl(run3Agent as never),
      'agent_usage.json': JSON.stringify({
        input_tokens: sum(run3Agent, (r) => r.input_tokens),
        output_tokens: Math.round(run3Output * 1.5),
        cache_read_tokens: sum(run3Agent, (r) => r.cache_read_tokens),
        cache_write_tokens: 0,
        ai_credits: sum(run3Agent, (r) => r.ai_credits_this_response),
      }),
    },
  })
  const run4 = h.gh.addRun({ workflow: 'Nightly Docs', createdAt: runAt(3) })
  run4Id = run4.id
  await h.gh.addArtifact(run4.id, 'usage', { files: { 'agent_usage.json': JSON.stringify(run4Aggregate) } })
  // An artifact that is there but holds no token file: a layout nobody expected.
  const empty = h.gh.addRun({ workflow: 'Nightly Docs', createdAt: runAt(2) })
  emptyRunId = empty.id
  await h.gh.addArtifact(empty.id, 'agent', { files: { 'sandbox/agent/logs/agent-stdio.log': 'no proxy\n' } })

  recorded = await recordingDeps(h, work, NOW)
  await runAction(
    await settingsFor(h, { until: NOW.toISOString(), cache: 'false', 'prices-update': 'off' }),
    recorded.deps,
  )
  report = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8'))
  markdown = recorded.summaries[0] ?? ''
}, 60_000)

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

const workflow = (name: string) => report.workflows.find((w: { name: string }) => w.name === name)

test('AI credits: recorded sums, coverage and our repricing, per scope', () => {
  const agentRecords = [...run1Agent, ...run2Agent, ...run3Agent]
  const recordedCredits = sum(agentRecords, (r) => r.ai_credits_this_response) + run4Aggregate.ai_credits
  const carried = agentRecords.filter((r) => r.ai_credits_this_response !== undefined).length
  expect(report.totals.aiCredits).toBeCloseTo(recordedCredits, 9)
  expect(report.totals.aiCreditsCoverage).toBeCloseTo(carried / agentRecords.length, 9)
  // Repriced over the same requests as recorded: each run's model rows whose requests all carried credits. Run 1's
  // Sonnet (18 of 20) is left out and named, run 2 carried none; Nightly Docs' runs 3 and 4 carried credits on all.
  const nightly = workflow('Nightly Docs')
  expect(report.totals.repricedAiCredits).toBeCloseTo(nightly.costUsd * 100, 9)
  expect(report.totals.repricedAiCreditsRecorded).toBeCloseTo(
    sum(run3Agent, (r) => r.ai_credits_this_response) + run4Aggregate.ai_credits,
    9,
  )
  expect(report.totals.repricedAiCreditsLeftOut).toEqual(['claude-sonnet-4.6'])
  expect(nightly.repricedAiCredits).toBeCloseTo(nightly.costUsd * 100, 9)
  expect(workflow('Smart Router').repricedAiCredits).toBeNull()

  const router = workflow('Smart Router')
  expect(router.aiCredits).toBeCloseTo(
    sum(run1Agent, (r) => r.ai_credits_this_response),
    9,
  )
  expect(router.aiCreditsCoverage).toBeCloseTo(18 / 30, 9)
  const sonnet = router.models.find((m: { model: string }) => m.model === 'claude-sonnet-4.6')
  expect(sonnet.aiCreditsRequests).toBe(18)
  expect(sonnet.repricedAiCredits).toBeCloseTo(sonnet.costUsd * 100, 9)
  const run2Row = router.runDetails.find((r: { requests: number }) => r.requests === 10)
  expect(run2Row.aiCredits).toBeNull()
  expect(run2Row.aiCreditsCoverage).toBe(0)

  const docs = workflow('Nightly Docs')
  expect(docs.aiCredits).toBeCloseTo(sum(run3Agent, (r) => r.ai_credits_this_response) + run4Aggregate.ai_credits, 9)
  // The pricing sources of the agent's requests, and the one priced with fallback pricing.
  expect(report.aiCreditsPricing).toEqual({ sources: { curated: 17, builtin_fallback: 1 }, fallbackPricingRequests: 1 })
})

test('routing calls: apart from the totals and the workflow numbers, in their own JSON and section', () => {
  const agentRecords = [...run1Agent, ...run2Agent, ...run3Agent]
  expect(report.totals.requests).toBe(agentRecords.length)
  const aggregateTokens = run4Aggregate.input_tokens + run4Aggregate.output_tokens + run4Aggregate.cache_read_tokens
  expect(report.totals.totalTokens).toBe(totalTokens(agentRecords) + aggregateTokens)
  expect(report.routing).toMatchObject({
    requests: run1Routing.length,
    totalTokens: totalTokens(run1Routing),
  })
  expect(report.routing.aiCredits).toBeCloseTo(
    sum(run1Routing, (r) => r.ai_credits_this_response),
    9,
  )
  const router = workflow('Smart Router')
  expect(router.requests).toBe(run1Agent.length + run2Agent.length)
  expect(router.routing).toMatchObject({ requests: 3, totalTokens: totalTokens(run1Routing) })
  expect(router.models.map((m: { model: string }) => m.model)).not.toContain('gpt-5-mini')
  expect(router.flags.every((f: { model?: string }) => f.model !== 'gpt-5-mini')).toBe(true)
  expect(workflow('Nightly Docs').routing.requests).toBe(0)
  expect(markdown).toContain('### Firewall Routing Calls')
  expect(markdown).toMatch(/\| Smart Router \| gpt-5-mini \| 3 \|/)
})

test('fallbacks per workflow, requested → served and why, and the model-fallbacks flag above 5%', () => {
  const router = workflow('Smart Router')
  expect(router.fallbacks).toEqual({
    requests: 3,
    byReason: { upstream_5xx: 2, upstream_timeout: 1 },
    models: [{ requested: 'claude-opus-4.6', served: 'claude-sonnet-4.6', requests: 3 }],
  })
  expect(report.fallbacks.requests).toBe(3)
  // 3 of 30 requests = 10% > 5%.
  const flag = router.flags.find((f: { id: string }) => f.id === 'model-fallbacks')
  expect(flag).toMatchObject({ value: 3 / 30, threshold: 0.05 })
  expect(workflow('Nightly Docs').flags.map((f: { id: string }) => f.id)).not.toContain('model-fallbacks')
  expect(markdown).toContain('### Model Fallbacks')
  expect(markdown).toContain('| Smart Router | claude-opus-4.6 | claude-sonnet-4.6 | 3 (10.0% of the workflow')
})

test('reasoning tokens, Copilot initiators and schema versions', () => {
  expect(workflow('Smart Router').reasoningTokens).toBe(sum([...run1Agent, ...run2Agent], (r) => r.reasoning_tokens))
  expect(report.totals.reasoningTokens).toBe(sum([...run1Agent, ...run2Agent], (r) => r.reasoning_tokens))
  expect(workflow('Smart Router').initiators).toEqual({ user: 1, agent: 29 })
  expect(markdown).toContain('**Copilot initiators**: 1 user request (premium) · 29 agent requests')
  expect(report.schemaVersions).toEqual({
    [V_NEW]: run1Agent.length + run1Routing.length + run3Agent.length,
    [V_OLD]: run2Agent.length,
  })
})

test('the aggregate-only run is analysed (totals only) and counted with data; the cross-check mismatch is reported', () => {
  const docs = workflow('Nightly Docs')
  expect(docs.runsWithData).toBe(2)
  expect(report.totals.runsWithData).toBe(4)
  expect(report.totals.runsTotalsOnly).toBe(1)
  const run4 = docs.runDetails.find((r: { runId: string }) => r.runId === String(run4Id))
  expect(run4).toMatchObject({ state: 'analysed-totals', aiCredits: run4Aggregate.ai_credits })
  expect(markdown).toContain('analysed (totals only)')
  const mismatch = report.aggregateMismatches.find((m: { runId: string }) => m.runId === String(run3Id))
  expect(mismatch.mismatches.map((m: { field: string }) => m.field)).toContain('outputTokens')
  expect(markdown).toContain('**Cross-check**: 1 run whose per-run totals')
  expect(recorded.lines.some((l) => l.startsWith('warning: 1 run whose agent_usage.json differs'))).toBe(true)
})

test('an artifact without records: loud in the summary and the job log, naming it and the paths inspected', () => {
  const row = report.noRecords.find((r: { runId: string }) => r.runId === String(emptyRunId))
  expect(row).toMatchObject({ workflow: 'Nightly Docs', artifact: 'agent', files: [] })
  // Once, under the runs without data, with what was read.
  expect(markdown).toContain('1 run had an artifact with **no token records**; what was read:')
  expect(markdown.split('no token records').length).toBe(2)
  expect(markdown).toContain('artifact `agent`')
  const warning = recorded.lines.find((l) => l.startsWith(`warning: Artifact 'agent' of run ${emptyRunId}`))
  expect(warning).toBeDefined()
  expect(warning).toContain('sandbox/agent/logs/agent-stdio.log')
})

test('AIC beside USD in the tables and the log, and the price catalogue named', () => {
  expect(markdown).toMatch(/\| Workflow \| Runs \| With Data \| Cost \| AIC \| Cost\/Run \|/)
  expect(markdown).toContain('### AI Credits')
  expect(markdown).toContain('fallback prices')
  expect(recorded.lines.some((l) => /^Totals: .*\$\d+\.\d\d · [\d.,]+ AIC/.test(l))).toBe(true)
  expect(report.prices).toMatchObject({ source: 'bundled', fetchedAt: null })
  expect(report.prices.version).toMatch(/genai-prices/)
  expect(markdown).toContain('Prices: the bundled catalogue')
})
