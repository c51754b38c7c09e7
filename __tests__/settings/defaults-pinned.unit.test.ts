/**
 * A default written twice — in action.yml and in the code that applies it when an input is empty or an option is
 * not given (the CLI, tests) — is the same value in both places.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { DEFAULT_RUN_CREDIT_CAP } from '../../src/analysis/budgets/credit-guardrails.js'
import { baselineSpanText, DEFAULT_BASELINE } from '../../src/analysis/trends/baseline-window.js'
import { defaultArtifactNames } from '../../src/collect/artifact-choice.js'
import { readActionSettings } from '../../src/settings/action-settings.js'
import { defaultApiReserve, defaultConcurrency } from '../../src/settings/collect-defaults.js'

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}
const defaultOf = (name: string): string => {
  const value = action.inputs[name]?.default
  if (value === undefined) throw new Error(`action.yml has no default for '${name}'`)
  return value
}

test("the code's named defaults equal action.yml's", () => {
  expect(String(defaultConcurrency)).toBe(defaultOf('concurrency'))
  expect(String(defaultApiReserve)).toBe(defaultOf('api-reserve'))
  expect(defaultArtifactNames.join(',')).toBe(defaultOf('artifact-names'))
  expect(baselineSpanText(DEFAULT_BASELINE)).toBe(defaultOf('baseline'))
  expect(String(DEFAULT_RUN_CREDIT_CAP)).toBe(defaultOf('run-credit-cap'))
})

/** Inputs whose empty value means "the default": the code's fallback must read as action.yml's default does. */
const EMPTY_MEANS_DEFAULT = [
  'mode',
  'lookback',
  'max-lookback',
  'prices-update',
  'baseline',
  'time-budget',
  'period',
  'fail-on-budget',
  'fail-on-download-errors',
  'run-credit-cap',
]

test.each(EMPTY_MEANS_DEFAULT)("an empty '%s' reads as action.yml's default", async (name) => {
  const now = new Date('2026-05-01T00:00:00Z')
  const inputs = (overrides: Record<string, string>) => (input: string) =>
    overrides[input] ??
    ({ 'github-token': 'ghs_x', repository: 'octo/repo' } as Record<string, string>)[input] ??
    action.inputs[input]?.default ??
    ''
  const withDefault = await readActionSettings(inputs({}), now)
  const withEmpty = await readActionSettings(inputs({ [name]: '' }), now)
  expect(withEmpty).toEqual(withDefault)
})
