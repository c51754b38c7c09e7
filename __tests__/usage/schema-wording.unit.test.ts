import { describeSchemaFailure, usageRecordSchema } from '../../src/usage/record-schema.js'

const valid = {
  provider: 'anthropic',
  model: 'claude-sonnet-4-6',
  input_tokens: 1,
  output_tokens: 2,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
}

function reasonFor(record: unknown): string {
  const parsed = usageRecordSchema.safeParse(record)
  if (parsed.success) throw new Error('expected the record to fail')
  return describeSchemaFailure(parsed.error)
}

// No zod phrase ("Too small: expected number to be >=0", "Invalid input: expected …") reaches a report.
test.each([
  [{ ...valid, input_tokens: -1 }, 'input_tokens must be 0 or more'],
  [{ ...valid, output_tokens: 1.5 }, 'output_tokens must be a whole number, not a fraction'],
  [{ ...valid, output_tokens: '12' }, 'output_tokens must be a number, not a string'],
  [{ ...valid, cache_read_tokens: undefined }, 'cache_read_tokens is missing'],
  [{ ...valid, provider: '' }, 'provider is empty'],
  [{ ...valid, streaming: 'yes' }, 'streaming must be true or false, not a string'],
  [{ ...valid, model_fallback: { reason: 3 } }, 'model_fallback.reason must be a string, not a number'],
  [{ ...valid, input_tokens: 2 ** 60 }, 'input_tokens must be 2^53−1 or less'],
  [[1, 2], 'the record must be an object, not a list'],
])('%j → %s', (record, reason) => {
  expect(reasonFor(record)).toBe(reason)
  expect(reason).not.toMatch(/Too small|Too big|Invalid input|expected \w+, received/)
})
