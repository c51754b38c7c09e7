import fc from 'fast-check'
import { isPlainValidRecord, usageRecordSchema } from '../../src/usage/record-schema.js'
import { record } from './records.js'

const accepts = (value: unknown): boolean => usageRecordSchema.safeParse(value).success

describe('usageRecordSchema', () => {
  test('accepts a current record, an early one without _schema/event and one with newer extra fields', () => {
    const current = record()
    const { _schema, event, ...early } = current
    void _schema
    void event
    const newer = {
      ...current,
      x_initiator: 'agent',
      billing: { quota_chat: { ent: '-1' } },
      effective_tokens_this_response: 12.5,
      model_multiplier: 1,
      ai_credits_total: 3.2,
    }
    for (const value of [current, early, newer]) {
      expect(accepts(value)).toBe(true)
      expect(isPlainValidRecord(value)).toBe(true)
    }
    expect(usageRecordSchema.parse(newer)).toMatchObject({ x_initiator: 'agent' })
  })

  test('accepts a record of an unknown newer version, with new purposes, initiators and fallback reasons', () => {
    const future = {
      ...record(),
      _schema: 'token-usage/v3.0.0-beta',
      purpose: 'summarisation',
      x_initiator: 'system',
      reasoning_tokens: 12,
      ai_credits_this_response: 0.75,
      ai_credits_pricing_source: 'some_new_source',
      model_fallback: { requested_model: 'gpt-6', reason: 'quota_exhausted', failures: [{ any: 'thing' }] },
      brand_new: { deeply: ['nested'] },
    }
    expect(accepts(future)).toBe(true)
    expect(isPlainValidRecord(future)).toBe(true)
  })

  test.each([
    ['a negative token count', { input_tokens: -1 }],
    ['a fractional token count', { output_tokens: 1.5 }],
    ['a string for a number', { cache_read_tokens: '40000' }],
    ['a missing model', { model: undefined }],
    ['a missing token field', { cache_write_tokens: undefined }],
    ['an empty provider', { provider: '' }],
    ['null for a number', { input_tokens: null }],
  ])('rejects %s', (_label, change) => {
    const value: Record<string, unknown> = { ...record(), ...change }
    for (const [k, v] of Object.entries(change)) if (v === undefined) delete value[k]
    expect(accepts(value)).toBe(false)
    expect(isPlainValidRecord(value)).toBe(false)
  })

  test('the fast pre-check never accepts what zod rejects (property)', () => {
    const anyValue = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    )
    const recordLike = fc.record(
      {
        provider: fc.oneof(fc.constantFrom('anthropic', 'openai', ''), anyValue),
        model: fc.oneof(fc.constantFrom('claude-sonnet-4-6', ''), anyValue),
        input_tokens: fc.oneof(fc.nat(), anyValue),
        output_tokens: fc.oneof(fc.nat(), anyValue),
        cache_read_tokens: fc.oneof(fc.nat(), anyValue),
        cache_write_tokens: fc.oneof(fc.nat(), anyValue),
        duration_ms: anyValue,
        timestamp: anyValue,
        request_id: anyValue,
        status: anyValue,
        streaming: anyValue,
        reasoning_tokens: fc.oneof(fc.nat(), anyValue),
        input_tokens_include_cache: anyValue,
        ai_credits_this_response: fc.oneof(fc.double({ min: 0, max: 100 }), anyValue),
        ai_credits_pricing_source: anyValue,
        ai_credits_fallback_pricing_used: anyValue,
        purpose: fc.oneof(fc.constant('routing_classification'), anyValue),
        x_initiator: anyValue,
        model_fallback: fc.oneof(
          fc.record({ requested_model: anyValue, reason: anyValue }, { requiredKeys: [] }),
          fc.array(anyValue),
          anyValue,
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(fc.oneof(recordLike, anyValue), (value) => {
        if (isPlainValidRecord(value)) expect(accepts(value)).toBe(true)
      }),
      { seed: 7, numRuns: 500 },
    )
  })
})
