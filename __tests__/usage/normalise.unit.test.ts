import {
  defaultNormalisationRules,
  freshInputOf,
  tokenSemanticsFor,
  type NormalisationRules,
} from '../../src/usage/normalise.js'
import { parseNormalisationRules } from '../../src/settings/token-semantics-input.js'

const fields = (input: number, cacheRead: number, cacheWrite = 0, output = 10) => ({
  input_tokens: input,
  output_tokens: output,
  cache_read_tokens: cacheRead,
  cache_write_tokens: cacheWrite,
})

/** One record's token counts as summariseRun normalises them: only an inclusive provider's input changes. */
function normaliseTokens(
  provider: string,
  f: ReturnType<typeof fields>,
  rules: NormalisationRules = defaultNormalisationRules,
) {
  const inclusive = tokenSemanticsFor(provider, rules) === 'inclusive'
  return {
    inputTokens: freshInputOf(f.input_tokens, f.cache_read_tokens, inclusive),
    outputTokens: f.output_tokens,
    cacheReadTokens: f.cache_read_tokens,
    cacheWriteTokens: f.cache_write_tokens,
  }
}

describe('token semantics per provider', () => {
  test('openai: input includes cache read, so fresh input is the difference', () => {
    expect(normaliseTokens('openai', fields(43_977, 43_894))).toEqual({
      inputTokens: 83,
      outputTokens: 10,
      cacheReadTokens: 43_894,
      cacheWriteTokens: 0,
    })
  })

  test('anthropic: input is already fresh, cache tokens are additional', () => {
    expect(normaliseTokens('anthropic', fields(31, 772_360, 232_010))).toEqual({
      inputTokens: 31,
      outputTokens: 10,
      cacheReadTokens: 772_360,
      cacheWriteTokens: 232_010,
    })
  })

  test('copilot (flattened, inclusive by default): 190,341 total with 165,313 cached is 25,028 fresh', () => {
    expect(normaliseTokens('copilot', fields(190_341, 165_313)).inputTokens).toBe(190_341 - 165_313)
  })

  test('gemini is inclusive; opencode, unknown and unlisted providers are additive', () => {
    expect(normaliseTokens('gemini', fields(1000, 400)).inputTokens).toBe(600)
    expect(normaliseTokens('opencode', fields(1000, 400)).inputTokens).toBe(1000)
    expect(normaliseTokens('unknown', fields(1000, 400)).inputTokens).toBe(1000)
    expect(normaliseTokens('some-new-provider', fields(1000, 400)).inputTokens).toBe(1000)
  })

  test('inclusive fresh input never goes below zero', () => {
    expect(normaliseTokens('openai', fields(100, 250)).inputTokens).toBe(0)
  })

  test('a user rule overrides the default for that provider only', () => {
    const rules = parseNormalisationRules('copilot=additive')
    expect(normaliseTokens('copilot', fields(1000, 400), rules).inputTokens).toBe(1000)
    expect(normaliseTokens('openai', fields(1000, 400), rules).inputTokens).toBe(600)
  })
})

describe('parseNormalisationRules', () => {
  test('merges pairs over the defaults, tolerating spaces, case and newlines', () => {
    expect(parseNormalisationRules(' Copilot = additive ,\nunknown=inclusive\n')).toEqual({
      ...defaultNormalisationRules,
      copilot: 'additive',
      unknown: 'inclusive',
    })
    expect(parseNormalisationRules('')).toEqual(defaultNormalisationRules)
  })

  test('errors quote the bad value', () => {
    expect(() => parseNormalisationRules('openai=inclusiv')).toThrow("'inclusiv'")
    expect(() => parseNormalisationRules('copilot')).toThrow("'copilot'")
    expect(() => parseNormalisationRules('=additive')).toThrow("'=additive'")
  })
})
