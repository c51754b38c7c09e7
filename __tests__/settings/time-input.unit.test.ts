import { parseDurationMs, parseTimeInput } from '../../src/settings/time-input.js'

const now = new Date('2026-04-02T17:20:00Z')

test('durations count back from now', () => {
  expect(parseTimeInput('24h', now).toISOString()).toBe('2026-04-01T17:20:00.000Z')
  expect(parseTimeInput('7d', now).toISOString()).toBe('2026-03-26T17:20:00.000Z')
  expect(parseDurationMs('90m')).toBe(90 * 60 * 1000)
})

test('ISO times are taken as they are', () => {
  expect(parseTimeInput('2026-04-01T00:00:00Z', now).toISOString()).toBe('2026-04-01T00:00:00.000Z')
  expect(parseTimeInput('2026-04-01', now).toISOString()).toBe('2026-04-01T00:00:00.000Z')
})

test('anything else is an error that quotes the value', () => {
  expect(() => parseTimeInput('yesterday', now, 'lookback')).toThrow("Invalid lookback 'yesterday'")
  expect(() => parseTimeInput('24', now)).toThrow("'24'")
  expect(parseDurationMs('2026-04-01')).toBeUndefined()
})
