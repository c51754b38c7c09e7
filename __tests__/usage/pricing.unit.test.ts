import { calcPrice } from '@pydantic/genai-prices'
import fc from 'fast-check'
import { parsePriceOverrides } from '../../src/settings/price-overrides-input.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import type { TokenCounts } from '../../src/usage/run-summary.js'

const tokens = (input: number, output: number, cacheRead = 0, cacheWrite = 0): TokenCounts => ({
  inputTokens: input,
  outputTokens: output,
  cacheReadTokens: cacheRead,
  cacheWriteTokens: cacheWrite,
})

// Published Anthropic list prices, $ per million tokens (input, output, cache read, cache write 5m).
const sonnet45 = { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }
const sonnet45LongContext = { input: 6, output: 22.5, cacheRead: 0.6, cacheWrite: 7.5 }
const haiku45 = { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 }

const usd = (t: TokenCounts, rate: typeof sonnet45): number =>
  (t.inputTokens * rate.input +
    t.outputTokens * rate.output +
    t.cacheReadTokens * rate.cacheRead +
    t.cacheWriteTokens * rate.cacheWrite) /
  1e6

describe('createPriceBook (genai-prices catalog)', () => {
  const book = createPriceBook()

  test('a Sonnet 4.5 request over 200K input tokens is billed entirely at the long-context rate', () => {
    const big = tokens(150_000, 2_000, 60_000, 10_000) // 220,000 input tokens in total
    const priced = book.price('anthropic', 'claude-sonnet-4-5-20250929', big)
    expect(priced?.costUsd).toBeCloseTo(usd(big, sonnet45LongContext), 10)
    expect(priced?.cost.output).toBeCloseTo((2_000 * 22.5) / 1e6, 12)
  })

  test('a Sonnet 4.5 request under 200K input tokens is billed at the base rate', () => {
    const small = tokens(100_000, 2_000, 50_000, 10_000) // 160,000
    expect(book.price('anthropic', 'claude-sonnet-4.5', small)?.costUsd).toBeCloseTo(usd(small, sonnet45), 10)
  })

  test('the tier boundary counts cache tokens: 200,000 exactly is base, 200,001 is premium', () => {
    const at = tokens(100_000, 0, 100_000, 0)
    const over = tokens(100_001, 0, 100_000, 0)
    expect(book.price('anthropic', 'claude-sonnet-4.5', at)?.costUsd).toBeCloseTo(usd(at, sonnet45), 10)
    expect(book.price('anthropic', 'claude-sonnet-4.5', over)?.costUsd).toBeCloseTo(usd(over, sonnet45LongContext), 10)
  })

  test('the dated Haiku id is priced as Haiku 4.5', () => {
    const t = tokens(3_600, 454, 20_000, 1_000)
    const priced = book.price('anthropic', 'claude-haiku-4-5-20251001', t)
    expect(priced?.costUsd).toBeCloseTo(usd(t, haiku45), 12)
    expect(priced?.cost).toEqual({
      input: expect.closeTo((3_600 * 1) / 1e6, 12),
      output: expect.closeTo((454 * 5) / 1e6, 12),
      cacheRead: expect.closeTo((20_000 * 0.1) / 1e6, 12),
      cacheWrite: expect.closeTo((1_000 * 1.25) / 1e6, 12),
    })
  })

  test('Sonnet 4.6 had a long-context tier until 2026-03-13: the request timestamp picks the price', () => {
    const big = tokens(150_000, 2_000, 60_000, 10_000)
    const before = book.price('anthropic', 'claude-sonnet-4-6', big, '2026-03-12T23:59:59Z')
    const after = book.price('anthropic', 'claude-sonnet-4-6', big, '2026-03-13T00:00:00Z')
    expect(before?.costUsd).toBeCloseTo(usd(big, sonnet45LongContext), 10)
    expect(after?.costUsd).toBeCloseTo(usd(big, sonnet45), 10)
    // Offsets are honoured: 01:00+02:00 on the 13th is still the 12th in UTC.
    expect(book.price('anthropic', 'claude-sonnet-4-6', big, '2026-03-13T01:00:00+02:00')?.costUsd).toBeCloseTo(
      usd(big, sonnet45LongContext),
      10,
    )
  })

  test('copilot records of Claude models are priced by model name', () => {
    const t = tokens(25_028, 1_421, 165_313)
    const sonnet46 = { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }
    expect(book.price('copilot', 'claude-sonnet-4.6', t)?.costUsd).toBeCloseTo(usd(t, sonnet46), 10)
    expect(book.price('copilot', 'copilot/claude-sonnet-4.6', t)?.costUsd).toBeCloseTo(usd(t, sonnet46), 10)
  })

  test('an unknown model is unpriced (null), not $0', () => {
    expect(book.price('unknown', 'totally-made-up-model-x', tokens(100, 100))).toBeNull()
    expect(book.pricerFor?.('unknown', 'totally-made-up-model-x')).toBeNull()
  })

  test('the fast path agrees with calcPrice for any token counts (property)', () => {
    const models: [string, string, string][] = [
      ['anthropic', 'claude-sonnet-4-5-20250929', 'anthropic'],
      ['anthropic', 'claude-haiku-4-5-20251001', 'anthropic'],
      ['anthropic', 'claude-opus-4-6', 'anthropic'],
      ['anthropic', 'claude-sonnet-4-6', 'anthropic'], // long-context tier until 2026-03-13, flat after
      ['copilot', 'claude-sonnet-4.6', 'anthropic'],
      ['openai', 'gpt-4o', 'openai'],
      ['gemini', 'gemini-2.5-pro', 'google'],
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.nat(400_000),
        fc.nat(50_000),
        fc.nat(300_000),
        fc.nat(100_000),
        fc.date({ min: new Date('2025-10-01T00:00:00Z'), max: new Date('2026-06-30T00:00:00Z'), noInvalidDate: true }),
        ([provider, model, providerId], input, output, cacheRead, cacheWrite, at) => {
          const t = tokens(input, output, cacheRead, cacheWrite)
          const ours = book.price(provider, model, t, at.toISOString())
          const theirs = calcPrice(
            {
              input_tokens: input + cacheRead + cacheWrite,
              output_tokens: output,
              cache_read_tokens: cacheRead,
              cache_write_tokens: cacheWrite,
            },
            model,
            { providerId, timestamp: at },
          )
          expect(ours).not.toBeNull()
          expect(ours!.costUsd).toBeCloseTo(theirs!.total_price, 9)
        },
      ),
      { seed: 20260426, numRuns: 300 },
    )
  })
})

describe('price overrides', () => {
  const json = JSON.stringify({
    'claude-sonnet-4-6': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
    'claude-haiku-4-5-20251001': { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 },
  })
  const yaml = [
    '# the LLM analyzer table',
    'claude-sonnet-4.6: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }',
    'claude-haiku-4.5:',
    '  input: 0.8',
    '  output: 4',
    '  cache_read: 0.08',
    '  cache_write: 1',
    'in-house-model: { input: 2, output: 8 }',
  ].join('\n')

  test('JSON and YAML files give the same canonical keys and prices', () => {
    const fromJson = parsePriceOverrides(json, 'prices.json')
    const fromYaml = parsePriceOverrides(yaml, 'prices.yml')
    expect(fromJson).toEqual({
      'claude-sonnet-4.6': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
      'claude-haiku-4.5': { input: 0.8, output: 4, cacheRead: 0.08, cacheWrite: 1 },
    })
    expect(fromYaml['claude-haiku-4.5']).toEqual(fromJson['claude-haiku-4.5'])
    expect(fromYaml['in-house-model']).toEqual({ input: 2, output: 8 })
  })

  test('an override replaces the catalog price for every spelling, and adds unknown models', () => {
    const book = createPriceBook(parsePriceOverrides(yaml, 'prices.yml'))
    const t = tokens(3_600, 454, 10_000, 2_000)
    const expected = (3_600 * 0.8 + 454 * 4 + 10_000 * 0.08 + 2_000 * 1) / 1e6
    expect(book.price('anthropic', 'claude-haiku-4-5-20251001', t)?.costUsd).toBeCloseTo(expected, 12)
    expect(book.price('copilot', 'claude-haiku-4.5', t)?.costUsd).toBeCloseTo(expected, 12)
    // Cache rates default to the input rate when the file leaves them out.
    expect(book.price('unknown', 'in-house-model', tokens(1000, 1000, 1000, 1000))?.costUsd).toBeCloseTo(
      (3000 * 2 + 1000 * 8) / 1e6,
      12,
    )
  })

  test('errors name the source, the model and the bad value', () => {
    expect(() => parsePriceOverrides('{"m": {"input": "3", "output": 15}}', 'prices.json')).toThrow(
      /prices\.json.*'m'.*'input'.*"3"/,
    )
    expect(() => parsePriceOverrides('m: { input: -1, output: 15 }', 'inline')).toThrow(/inline.*'m'.*-1/)
    expect(() => parsePriceOverrides('m: { input: 1, output: 2, cached: 3 }', 'p.yml')).toThrow(/p\.yml.*cached/)
    expect(() => parsePriceOverrides('m: [1, 2', 'broken.yml')).toThrow(/broken\.yml/)
    expect(() =>
      parsePriceOverrides(
        'claude-sonnet-4-6: {input: 3, output: 15}\nclaude-sonnet-4.6: {input: 1, output: 1}',
        'p.yml',
      ),
    ).toThrow(/'claude-sonnet-4-6' and 'claude-sonnet-4.6' are the same model/)
  })
})
