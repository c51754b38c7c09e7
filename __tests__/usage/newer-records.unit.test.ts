// Records in the firewall's newer schema (AI credits, routing calls, fallbacks, reasoning tokens, initiators): every
// RunSummary number is checked against sums computed here from the same records.
import { Readable } from 'node:stream'
import { canonicalModelName } from '../../src/usage/model-name.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import type { ModelUsage } from '../../src/usage/run-summary.js'
import { summariseRun, type UsageSource } from '../../src/usage/summarise-run.js'
import { jsonl, newerRecord, record } from './records.js'

const meta = { workflow: 'Smoke Copilot', runId: '26001' }
const priceBook = createPriceBook()

function source(name: string, text: string, kind: UsageSource['kind'] = 'agent'): UsageSource {
  return { name, kind, open: async () => Readable.from([Buffer.from(text, 'utf8')]) }
}

type Fields = Record<string, unknown>

const newer = newerRecord

/** The records of one run: agent calls of two models, routing calls, fallbacks, a newer schema version. */
function runRecords(): Fields[] {
  const records: Fields[] = []
  const reasons = ['upstream_5xx', 'upstream_timeout', 'model_not_supported']
  const sources = ['curated', 'models.dev', 'configured_default', 'builtin_fallback']
  for (let i = 0; i < 40; i++) {
    const sonnet = i % 3 !== 0
    const extra: Fields = {
      provider: 'copilot',
      model: sonnet ? 'claude-sonnet-4.6' : 'gpt-5',
      input_tokens: 10_000 + i * 137,
      output_tokens: 500 + i * 11,
      cache_read_tokens: 8_000 + i * 53,
      cache_write_tokens: 0,
      reasoning_tokens: i % 4 === 0 ? 0 : 100 + i,
      x_initiator: i % 5 === 0 ? 'user' : 'agent',
    }
    // AIC on most records, not all: coverage is counted.
    if (i % 7 !== 0) {
      extra.ai_credits_this_response = 0.25 + i / 100
      extra.ai_credits_pricing_source = sources[i % sources.length]
      extra.ai_credits_fallback_pricing_used = i % sources.length === 3
    }
    if (i % 6 === 1) {
      extra.model_fallback = {
        requested_model: 'claude-opus-4-6',
        requested_provider: 'copilot',
        model: extra.model,
        provider: 'copilot',
        from_model: 'claude-opus-4-6',
        failures: [{ provider: 'copilot', model: 'claude-opus-4-6', reason: reasons[i % 3], status: 503 }],
        attempt: 2,
        reason: reasons[i % 3],
      }
    }
    records.push(newer(i, extra))
  }
  for (let i = 40; i < 46; i++) {
    records.push(
      newer(i, {
        purpose: 'routing_classification',
        provider: 'copilot',
        model: 'gpt-5-mini',
        input_tokens: 1_200 + i,
        output_tokens: 20,
        cache_read_tokens: 0,
        cache_write_tokens: 0,
        reasoning_tokens: 8,
        ai_credits_this_response: 0.01,
        ai_credits_pricing_source: 'curated',
        x_initiator: 'agent',
      }),
    )
  }
  // A version this reader has never seen, with a field it does not know: read, not refused.
  records.push(
    newer(46, {
      _schema: 'token-usage/v9.1.0',
      provider: 'copilot',
      model: 'claude-sonnet-4.6',
      input_tokens: 5_000,
      output_tokens: 300,
      cache_read_tokens: 4_000,
      cache_write_tokens: 0,
      ai_credits_this_response: 0.5,
      ai_credits_pricing_source: 'a_future_source',
      some_future_field: { nested: [1, 2, 3] },
    }),
  )
  return records
}

function sum(records: Fields[], field: string): number {
  return records.reduce((n, r) => n + ((r[field] as number | undefined) ?? 0), 0)
}

function countBy(records: Fields[], key: (r: Fields) => string | undefined): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of records) {
    const k = key(r)
    if (k !== undefined) counts[k] = (counts[k] ?? 0) + 1
  }
  return counts
}

/** What one model row must hold, from its records (copilot is inclusive: fresh input = input − cache read). */
function expectedRow(records: Fields[]): Partial<ModelUsage> {
  const withCredits = records.filter((r) => r.ai_credits_this_response !== undefined)
  return {
    requests: records.length,
    inputTokens: records.reduce(
      (n, r) => n + Math.max(0, (r.input_tokens as number) - (r.cache_read_tokens as number)),
      0,
    ),
    outputTokens: sum(records, 'output_tokens'),
    cacheReadTokens: sum(records, 'cache_read_tokens'),
    cacheWriteTokens: sum(records, 'cache_write_tokens'),
    reasoningTokens: sum(records, 'reasoning_tokens'),
    aiCreditsRequests: withCredits.length,
  }
}

describe('summariseRun on newer records', () => {
  const records = runRecords()
  const routingRecords = records.filter((r) => r.purpose === 'routing_classification')
  const agentRecords = records.filter((r) => r.purpose === undefined)

  test('routing calls are kept apart; per-model sums, AIC and its coverage, reasoning tokens', async () => {
    const run = await summariseRun(meta, [source('agent.zip!/token-usage.jsonl', jsonl(records))], { priceBook })
    expect(run.state).toBe('analysed')
    expect(run.skipped.invalidLines).toBe(0)

    // Agent models: every record without a purpose, grouped by canonical model.
    const byModel = new Map<string, Fields[]>()
    for (const r of agentRecords) {
      const model = canonicalModelName(r.model as string)
      byModel.set(model, [...(byModel.get(model) ?? []), r])
    }
    expect(run.models.map((m) => m.model).sort()).toEqual([...byModel.keys()].sort())
    for (const m of run.models) {
      const own = byModel.get(m.model)!
      expect(m).toMatchObject(expectedRow(own))
      expect(m.aiCredits).toBeCloseTo(sum(own, 'ai_credits_this_response'), 9)
      // Reasoning is a part of output, never on top of it.
      expect(m.outputTokens).toBe(sum(own, 'output_tokens'))
    }
    expect(run.models.reduce((n, m) => n + m.requests, 0)).toBe(agentRecords.length)

    // Routing: its own rows, not in the agent's.
    expect(run.routing).toHaveLength(1)
    expect(run.routing[0]).toMatchObject({ provider: 'copilot', model: 'gpt-5-mini', ...expectedRow(routingRecords) })
    expect(run.routing[0]!.aiCredits).toBeCloseTo(sum(routingRecords, 'ai_credits_this_response'), 9)
    expect(run.models.some((m) => m.model === 'gpt-5-mini')).toBe(false)
    // Latency is the agent's: routing calls add no duration to the sample.
    expect(run.durationsMs).toHaveLength(agentRecords.length)
  })

  test('fallbacks, pricing sources, initiators and schema versions are counted', async () => {
    const run = await summariseRun(meta, [source('f', jsonl(records))], { priceBook })
    const fellBack = agentRecords.filter((r) => r.model_fallback !== undefined)
    expect(fellBack.length).toBeGreaterThan(0)
    expect(run.fallbacks.requests).toBe(fellBack.length)
    expect(run.fallbacks.byReason).toEqual(countBy(fellBack, (r) => (r.model_fallback as Fields).reason as string))
    const pairs = countBy(fellBack, (r) => `claude-opus-4.6 → ${canonicalModelName(r.model as string)}`)
    expect(Object.fromEntries(run.fallbacks.pairs.map((p) => [`${p.requested} → ${p.served}`, p.requests]))).toEqual(
      pairs,
    )
    // Sorted by requests, most first.
    const counts = run.fallbacks.pairs.map((p) => p.requests)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))

    expect(run.pricingSources).toEqual(countBy(agentRecords, (r) => r.ai_credits_pricing_source as string | undefined))
    expect(run.fallbackPricingRequests).toBe(agentRecords.filter((r) => r.ai_credits_fallback_pricing_used).length)
    expect(run.initiators).toEqual({
      user: agentRecords.filter((r) => r.x_initiator === 'user').length,
      agent: agentRecords.filter((r) => r.x_initiator === 'agent').length,
    })
    expect(run.schemaVersions).toEqual(countBy(records, (r) => r._schema as string))
    expect(run.schemaVersions['token-usage/v9.1.0']).toBe(1)
  })

  test('a fallback request is priced on the model that served it', async () => {
    const served = newer(1, {
      provider: 'anthropic',
      model: 'claude-haiku-4-5',
      input_tokens: 1_000_000,
      output_tokens: 0,
      cache_read_tokens: 0,
      cache_write_tokens: 0,
      model_fallback: { requested_model: 'claude-opus-4-6', reason: 'upstream_5xx', attempt: 2, failures: [] },
    })
    const run = await summariseRun(meta, [source('f', jsonl([served]))], { priceBook })
    expect(run.models).toHaveLength(1)
    expect(run.models[0]!.model).toBe('claude-haiku-4.5')
    // Haiku 4.5 input: $1 per million (Opus 4.6 would be $5).
    expect(run.models[0]!.costUsd).toBeCloseTo(1, 9)
    expect(run.fallbacks.pairs).toEqual([{ requested: 'claude-opus-4.6', served: 'claude-haiku-4.5', requests: 1 }])
  })

  test('reasoning is a part of output: added only for Gemini, whose output_tokens leave it out', async () => {
    const records = [
      newer(1, { provider: 'openai', model: 'gpt-5', input_tokens: 1_000, output_tokens: 500, reasoning_tokens: 400 }),
      newer(2, {
        provider: 'gemini',
        model: 'gemini-2.5-pro',
        input_tokens: 1_000,
        output_tokens: 100,
        cache_read_tokens: 0,
        cache_write_tokens: 0,
        reasoning_tokens: 400,
      }),
    ]
    const run = await summariseRun(meta, [source('f', jsonl(records))], { priceBook })
    const openai = run.models.find((m) => m.provider === 'openai')!
    const gemini = run.models.find((m) => m.provider === 'gemini')!
    expect([openai.outputTokens, openai.reasoningTokens]).toEqual([500, 400])
    expect([gemini.outputTokens, gemini.reasoningTokens]).toEqual([500, 400])
    // Gemini 2.5 Pro up to 200K input: $1.25 in, $10 out per million; thinking billed as output.
    expect(gemini.costUsd).toBeCloseTo((1_000 * 1.25 + 500 * 10) / 1e6, 12)
  })

  test("input_tokens_include_cache, where a record carries it, overrides the provider's rule", async () => {
    const base = { provider: 'copilot', model: 'claude-sonnet-4.6', input_tokens: 5_000, cache_read_tokens: 4_000 }
    const records = [
      newer(1, base),
      newer(2, { ...base, input_tokens_include_cache: true }),
      newer(3, { ...base, input_tokens_include_cache: false }),
    ]
    const run = await summariseRun(meta, [source('f', jsonl(records))], { priceBook })
    // Copilot is inclusive by default (1,000 fresh each); the third record says it is additive (5,000 fresh).
    expect(run.models[0]!.inputTokens).toBe(1_000 + 1_000 + 5_000)
  })

  test('old records: no AIC is null, not 0; nothing counted that is not there', async () => {
    const old = [record({ request_id: 'a' }), { ...record({ request_id: 'b' }), _schema: undefined }]
    const run = await summariseRun(meta, [source('f', jsonl(old))], { priceBook })
    expect(run.models[0]).toMatchObject({ aiCredits: null, aiCreditsRequests: 0, reasoningTokens: 0 })
    expect(run.routing).toEqual([])
    expect(run.fallbacks).toEqual({ requests: 0, byReason: {}, pairs: [] })
    expect(run.pricingSources).toEqual({})
    expect(run.initiators).toEqual({ user: 0, agent: 0 })
    expect(run.schemaVersions).toEqual({ 'token-usage/v0.28.4': 1, unversioned: 1 })
  })

  test('a newer field with a value that cannot be summed is skipped as schema, with its field named', async () => {
    const bad = [
      newer(1, { reasoning_tokens: -3 }),
      newer(2, { ai_credits_this_response: '0.5' }),
      newer(3, { model_fallback: 'claude-opus-4-6' }),
      newer(4, {}),
    ]
    const run = await summariseRun(meta, [source('f', jsonl(bad))], { priceBook })
    expect(run.skipped.byReason).toEqual({ schema: 3 })
    expect(run.skipped.examples.map((e) => e.detail.split(' ')[0])).toEqual([
      'reasoning_tokens',
      'ai_credits_this_response',
      'model_fallback',
    ])
    expect(run.models[0]!.requests).toBe(1)
  })
})
