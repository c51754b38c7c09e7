import { canonicalModelName } from '../../src/usage/model-name.js'

describe('canonicalModelName', () => {
  test.each([
    ['claude-sonnet-4-6', 'claude-sonnet-4.6'],
    ['claude-sonnet-4.6', 'claude-sonnet-4.6'],
    ['copilot/claude-sonnet-4.6', 'claude-sonnet-4.6'],
    ['Claude-Sonnet-4-6', 'claude-sonnet-4.6'],
    ['claude-haiku-4-5-20251001', 'claude-haiku-4.5'],
    ['claude-haiku-4.5', 'claude-haiku-4.5'],
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4.5'],
    ['claude-sonnet-4-5@20250929', 'claude-sonnet-4.5'],
    ['claude-opus-4-1-20250805', 'claude-opus-4.1'],
    ['claude-sonnet-4-20250514', 'claude-sonnet-4'],
    ['claude-3-5-sonnet-20241022', 'claude-3.5-sonnet'],
    ['claude-opus-4.6', 'claude-opus-4.6'],
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['gpt-4.1', 'gpt-4.1'],
    ['gpt-5.1-codex', 'gpt-5.1-codex'],
    ['gemini-2.5-pro', 'gemini-2.5-pro'],
    ['llama-3.1-8b', 'llama-3.1-8b'],
    ['gpt-3.5-turbo-0125', 'gpt-3.5-turbo-0125'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalModelName(raw)).toBe(canonical)
  })

  test('every spelling of one model gives one name', () => {
    const names = ['claude-sonnet-4-6', 'claude-sonnet-4.6', 'copilot/claude-sonnet-4.6', 'anthropic/claude-sonnet-4-6']
    expect(new Set(names.map(canonicalModelName))).toEqual(new Set(['claude-sonnet-4.6']))
  })
})
