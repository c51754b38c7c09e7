import fc from 'fast-check'
import { Readable } from 'node:stream'
import { createPriceBook, type PriceBook } from '../../src/usage/pricing.js'
import { summariseRun, type UsageSource } from '../../src/usage/summarise-run.js'
import { line, record } from './records.js'

const meta = { workflow: 'Smoke Claude', runId: '24673276337' }
const priceBook = createPriceBook()

function source(name: string, text: string, kind: UsageSource['kind'] = 'agent', chunk = 1 << 20): UsageSource {
  return {
    name,
    kind,
    open: async () => {
      const bytes = Buffer.from(text, 'utf8')
      const chunks: Buffer[] = []
      for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk))
      return Readable.from(chunks)
    },
  }
}

const lines = (...items: string[]): string => items.map((l) => `${l}\n`).join('')

describe('summariseRun', () => {
  test('no sources: no-token-file; only empty or bad files: empty-token-file', async () => {
    expect((await summariseRun(meta, [], { priceBook })).state).toBe('no-token-file')
    const empty = await summariseRun(meta, [source('a.jsonl', '')], { priceBook })
    expect(empty.state).toBe('empty-token-file')
    const bad = await summariseRun(meta, [source('a.jsonl', 'oops\n{}\n')], { priceBook })
    expect(bad.state).toBe('empty-token-file')
    expect(bad.skipped.invalidLines).toBe(2)
  })

  test('the same file in two artifacts counts once; duplicates are counted', async () => {
    const text = lines(
      line({ request_id: 'r1', input_tokens: 10, output_tokens: 100, cache_read_tokens: 1000, cache_write_tokens: 50 }),
      line({ request_id: 'r2', input_tokens: 20, output_tokens: 200, cache_read_tokens: 2000, cache_write_tokens: 60 }),
    )
    const run = await summariseRun(
      meta,
      [source('agent.zip!/sandbox/token-usage.jsonl', text), source('usage.zip!/agent/token_usage.jsonl', text)],
      { priceBook },
    )
    expect(run.state).toBe('analysed')
    expect(run.skipped.duplicateRecords).toBe(2)
    expect(run.models).toHaveLength(1)
    expect(run.models[0]).toMatchObject({
      provider: 'anthropic',
      model: 'claude-sonnet-4.6',
      requests: 2,
      inputTokens: 30,
      outputTokens: 300,
      cacheReadTokens: 3000,
      cacheWriteTokens: 110,
      durationMsTotal: 2 * 5200,
    })
    // Sonnet 4.6 list prices: 3 / 15 / 0.30 / 3.75 $ per million.
    expect(run.models[0]!.costUsd).toBeCloseTo((30 * 3 + 300 * 15 + 3000 * 0.3 + 110 * 3.75) / 1e6, 12)
    expect(run.durationsMs).toEqual([5200, 5200])
  })

  test('every skip reason is counted, with file:line examples (at most 5)', async () => {
    const long = JSON.stringify({ ...record({ request_id: 'long' }), padding: 'x'.repeat(2000) })
    const text =
      lines(
        line({ request_id: 'ok' }),
        '{not json',
        JSON.stringify({ ...record({ request_id: 'neg' }), input_tokens: -5 }),
        JSON.stringify({ ...record({ request_id: 'frac' }), output_tokens: 1.5 }),
        JSON.stringify({ ...record({ request_id: 'str' }), cache_read_tokens: '12' }),
        JSON.stringify({ ...record({ request_id: 'nomodel' }), model: undefined }),
        long,
        '',
        '[1,2,3]',
      ) + '{"request_id":"cut","provi'
    const run = await summariseRun(meta, [source('logs/token-usage.jsonl', text)], { priceBook, maxLineBytes: 1000 })
    expect(run.skipped.byReason).toEqual({ 'invalid-json': 2, schema: 5, 'line-too-long': 1 })
    expect(run.skipped.invalidLines).toBe(8)
    expect(run.skipped.examples).toHaveLength(5)
    expect(run.skipped.examples.map((e) => [e.file, e.line, e.reason])).toEqual([
      ['logs/token-usage.jsonl', 2, 'invalid-json'],
      ['logs/token-usage.jsonl', 3, 'schema'],
      ['logs/token-usage.jsonl', 4, 'schema'],
      ['logs/token-usage.jsonl', 5, 'schema'],
      ['logs/token-usage.jsonl', 6, 'schema'],
    ])
    expect(run.skipped.examples[1]!.detail).toContain('input_tokens')
    expect(run.models[0]!.requests).toBe(1)

    const tail = await summariseRun(meta, [source('t.jsonl', lines(long) + '{"cut')], { priceBook, maxLineBytes: 1000 })
    expect(tail.skipped.examples).toEqual([
      { file: 't.jsonl', line: 1, reason: 'line-too-long', detail: expect.stringContaining(`${long.length} bytes`) },
      { file: 't.jsonl', line: 2, reason: 'invalid-json', detail: expect.stringContaining('truncated') },
    ])
  })

  test('lines after one that needs the schema keep their file order while the schema loads', async () => {
    const long = JSON.stringify({ ...record({ request_id: 'long' }), padding: 'x'.repeat(2000) })
    const text = lines(
      JSON.stringify({ ...record({ request_id: 'neg' }), input_tokens: -5 }),
      long,
      '{not json',
      line({ request_id: 'r1', input_tokens: 7 }),
      line({ request_id: 'r1', input_tokens: 7 }),
      JSON.stringify({ ...record({ request_id: 'str' }), model: 42 }),
      line({ request_id: 'r2', input_tokens: 11 }),
    )
    // Small chunks: the stream yields between lines, so some are read before the schema has loaded, some after.
    const sources = [source('a.jsonl', text, 'agent', 64), source('b.jsonl', lines('[]', line({ request_id: 'r3' })))]
    const run = await summariseRun(meta, sources, { priceBook, maxLineBytes: 1000 })
    expect(run.skipped.examples.map((e) => [e.file, e.line, e.reason])).toEqual([
      ['a.jsonl', 1, 'schema'],
      ['a.jsonl', 2, 'line-too-long'],
      ['a.jsonl', 3, 'invalid-json'],
      ['a.jsonl', 6, 'schema'],
      ['b.jsonl', 1, 'schema'],
    ])
    expect(run.skipped.examples[0]!.detail).toContain('input_tokens')
    expect(run.skipped.duplicateRecords).toBe(1)
    expect(run.models[0]).toMatchObject({ requests: 3, inputTokens: 7 + 11 + (record().input_tokens as number) })
  })

  test('providers, since and until filter records and count them', async () => {
    const text = lines(
      line({ request_id: 'a', provider: 'anthropic', timestamp: '2026-04-01T10:00:00Z' }),
      line({ request_id: 'b', provider: 'openai', model: 'gpt-4o', timestamp: '2026-04-02T10:00:00Z' }),
      line({ request_id: 'c', provider: 'anthropic', timestamp: '2026-04-03T10:00:00Z' }),
      line({ request_id: 'd', provider: 'anthropic', timestamp: '2026-04-05T10:00:00Z' }),
    )
    const run = await summariseRun(meta, [source('f', text)], {
      priceBook,
      providers: ['anthropic'],
      since: new Date('2026-04-01T12:00:00Z'),
      until: new Date('2026-04-04T00:00:00Z'),
    })
    expect(run.skipped.filteredRecords).toBe(3)
    expect(run.models.map((m) => [m.provider, m.requests])).toEqual([['anthropic', 1]])
    expect(run.firstRecordAt).toBe('2026-04-03T10:00:00Z')
    expect(run.lastRecordAt).toBe('2026-04-03T10:00:00Z')
  })

  test('a filtered record found in two files is filtered once; the copy is a duplicate', async () => {
    const text = lines(line({ request_id: 'a', provider: 'openai', model: 'gpt-4o' }), line({ request_id: 'b' }))
    const run = await summariseRun(meta, [source('agent', text), source('usage', text)], {
      priceBook,
      providers: ['anthropic'],
    })
    expect(run.skipped.filteredRecords).toBe(1)
    expect(run.skipped.duplicateRecords).toBe(2)
    expect(run.models.map((m) => [m.provider, m.requests])).toEqual([['anthropic', 1]])
  })

  test('threat-detection usage is kept apart from the agent’s', async () => {
    const run = await summariseRun(
      meta,
      [
        source('usage/agent/token_usage.jsonl', lines(line({ request_id: 'a1', output_tokens: 7 }))),
        source(
          'usage/detection/token_usage.jsonl',
          lines(line({ request_id: 'd1', model: 'claude-haiku-4-5-20251001', output_tokens: 11, duration_ms: 900 })),
          'detection',
        ),
      ],
      { priceBook },
    )
    expect(run.models.map((m) => [m.model, m.outputTokens])).toEqual([['claude-sonnet-4.6', 7]])
    expect(run.detection.map((m) => [m.model, m.outputTokens])).toEqual([['claude-haiku-4.5', 11]])
    expect(run.durationsMs).toEqual([5200])
  })

  test('spellings of one model group together; each request is priced on its own (long-context tier)', async () => {
    const text = lines(
      // 220,000 input tokens: premium rate for the whole request.
      line({
        request_id: 'big',
        model: 'claude-sonnet-4-5-20250929',
        input_tokens: 150_000,
        output_tokens: 2_000,
        cache_read_tokens: 60_000,
        cache_write_tokens: 10_000,
      }),
      // 160,000: base rate. Together they exceed 200K, which must not make this one premium.
      line({
        request_id: 'small',
        model: 'claude-sonnet-4.5',
        input_tokens: 100_000,
        output_tokens: 2_000,
        cache_read_tokens: 50_000,
        cache_write_tokens: 10_000,
      }),
    )
    const run = await summariseRun(meta, [source('f', text)], { priceBook })
    const premium = (150_000 * 6 + 2_000 * 22.5 + 60_000 * 0.6 + 10_000 * 7.5) / 1e6
    const base = (100_000 * 3 + 2_000 * 15 + 50_000 * 0.3 + 10_000 * 3.75) / 1e6
    expect(run.models).toHaveLength(1)
    expect(run.models[0]!.model).toBe('claude-sonnet-4.5')
    expect(run.models[0]!.costUsd).toBeCloseTo(premium + base, 10)
  })

  test('openai and copilot records are normalised before summing', async () => {
    const text = lines(
      line({
        request_id: 'o',
        provider: 'openai',
        model: 'gpt-4o',
        input_tokens: 43_977,
        cache_read_tokens: 43_894,
        cache_write_tokens: 0,
      }),
      line({
        request_id: 'c',
        provider: 'copilot',
        model: 'claude-sonnet-4.6',
        input_tokens: 190_341,
        cache_read_tokens: 165_313,
        cache_write_tokens: 0,
      }),
    )
    const run = await summariseRun(meta, [source('f', text)], { priceBook })
    expect(run.models.map((m) => [m.provider, m.inputTokens, m.cacheReadTokens])).toEqual([
      ['copilot', 25_028, 165_313],
      ['openai', 83, 43_894],
    ])
  })

  test('an unpriced model is counted as unpriced, its cost not silently added', async () => {
    const text = lines(
      line({ request_id: 'x', provider: 'unknown', model: 'mystery-model-9' }),
      line({ request_id: 'y' }),
    )
    const run = await summariseRun(meta, [source('f', text)], { priceBook })
    const mystery = run.models.find((m) => m.model === 'mystery-model-9')!
    expect(mystery).toMatchObject({ requests: 1, unpricedRequests: 1, costUsd: 0 })
    expect(run.models.find((m) => m.model === 'claude-sonnet-4.6')!.unpricedRequests).toBe(0)
  })

  test('a PriceBook without the fast path (a fake) is used through price()', async () => {
    const fake: PriceBook = {
      price: (_p, model, t) =>
        model === 'priced'
          ? { costUsd: t.outputTokens, cost: { input: 0, output: t.outputTokens, cacheRead: 0, cacheWrite: 0 } }
          : null,
    }
    const text = lines(
      line({ request_id: '1', model: 'priced', output_tokens: 4 }),
      line({ request_id: '2', model: 'other' }),
    )
    const run = await summariseRun(meta, [source('f', text)], { priceBook: fake })
    expect(run.models.map((m) => [m.model, m.costUsd, m.unpricedRequests])).toEqual([
      ['other', 0, 1],
      ['priced', 4, 0],
    ])
  })

  test('beyond 50,000 durations a uniform sample is kept, and says from how many', async () => {
    const n = 60_000
    const text = Array.from({ length: n }, (_, i) => `${line({ request_id: `r${i}`, duration_ms: i })}\n`).join('')
    const run = await summariseRun(meta, [source('f', text)], { priceBook })
    expect(run.models[0]!.requests).toBe(n)
    expect(run.models[0]!.durationMsTotal).toBe((n * (n - 1)) / 2)
    expect(run.durationsSampledFrom).toBe(n)
    expect(run.durationsMs).toHaveLength(50_000)
    expect(new Set(run.durationsMs).size).toBe(50_000)
    // A uniform sample of 0..59,999: its median is near 30,000 (the first 50,000 alone would give 25,000).
    const sorted = [...run.durationsMs].sort((a, b) => a - b)
    expect(Math.abs(sorted[25_000]! - 30_000)).toBeLessThan(1_000)
  })

  test('for any mix of records, garbage and blank lines it never throws and accounts for every line (property)', async () => {
    const item = fc.oneof(
      fc.nat(1_000).map((n) => ({ kind: 'record' as const, text: line({ request_id: `r${n}` }), id: `r${n}` })),
      fc
        .string({ maxLength: 60 })
        .map((text) => ({ kind: 'other' as const, text: text.replace(/[\r\n]/g, ' '), id: '' })),
      fc.constantFrom('', '   ', '\t').map((text) => ({ kind: 'other' as const, text, id: '' })),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 30 }), fc.integer({ min: 1, max: 97 }), async (items, chunk) => {
        const text = items.map((i) => `${i.text}\n`).join('')
        const run = await summariseRun(meta, [source('f', text, 'agent', chunk)], { priceBook })
        const blank = items.filter((i) => i.text.trim() === '').length
        const requests = run.models.reduce((s, m) => s + m.requests, 0)
        expect(requests + run.skipped.duplicateRecords + run.skipped.invalidLines + blank).toBe(items.length)
        expect(requests).toBe(new Set(items.filter((i) => i.kind === 'record').map((i) => i.id)).size)
      }),
      { seed: 99, numRuns: 150 },
    )
  })

  test('for any valid records in any chunking the totals equal the sums of the records (property)', async () => {
    const rec = fc.record({
      provider: fc.constantFrom('anthropic', 'openai', 'copilot'),
      input_tokens: fc.nat(300_000),
      output_tokens: fc.nat(20_000),
      cache_read_tokens: fc.nat(300_000),
      cache_write_tokens: fc.nat(50_000),
      duration_ms: fc.nat(60_000),
      crlf: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(rec, { maxLength: 40 }), fc.integer({ min: 1, max: 300 }), async (recs, chunk) => {
        const text = recs
          .map((r, i) => line({ ...r, request_id: `id-${i}`, model: 'claude-haiku-4-5' }) + (r.crlf ? '\r\n' : '\n'))
          .join('')
        const run = await summariseRun(meta, [source('f', text, 'agent', chunk)], { priceBook })
        const sum = (f: (r: (typeof recs)[number]) => number) => recs.reduce((s, r) => s + f(r), 0)
        const fresh = (r: (typeof recs)[number]) =>
          r.provider === 'anthropic' ? r.input_tokens : Math.max(0, r.input_tokens - r.cache_read_tokens)
        const total = (key: 'inputTokens' | 'outputTokens' | 'cacheReadTokens' | 'cacheWriteTokens' | 'requests') =>
          run.models.reduce((s, m) => s + m[key], 0)
        expect(run.state).toBe(recs.length > 0 ? 'analysed' : 'empty-token-file')
        expect(total('requests')).toBe(recs.length)
        expect(total('inputTokens')).toBe(sum(fresh))
        expect(total('outputTokens')).toBe(sum((r) => r.output_tokens))
        expect(total('cacheReadTokens')).toBe(sum((r) => r.cache_read_tokens))
        expect(total('cacheWriteTokens')).toBe(sum((r) => r.cache_write_tokens))
        expect(run.durationsMs.reduce((s, d) => s + d, 0)).toBe(sum((r) => r.duration_ms))
        expect(run.skipped.invalidLines).toBe(0)
      }),
      { seed: 1234, numRuns: 100 },
    )
  })
})
