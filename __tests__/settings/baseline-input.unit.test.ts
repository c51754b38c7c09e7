// The `baseline` input: parsed once into a typed span; errors name the input and quote the value.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readActionSettings } from '../../src/settings/action-settings.js'

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}

function inputs(overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = spec.default ?? ''
  Object.assign(values, { 'github-token': 'ghs_x', repository: 'octo/repo' }, overrides)
  return (name: string) => values[name] ?? ''
}

test.each([
  [undefined, { kind: 'days', days: 7 }],
  ['14d', { kind: 'days', days: 14 }],
  [' 3D ', { kind: 'days', days: 3 }],
  ['previous', { kind: 'previous' }],
])('baseline %p reads as %p', async (value, span) => {
  const settings = await readActionSettings(inputs(value === undefined ? {} : { baseline: value }))
  expect(settings.baseline).toEqual(span)
})

test.each([
  ['7', "Invalid input 'baseline': '7'. Expected a number of days such as '7d' or '14d', or 'previous'."],
  ['0d', "Invalid input 'baseline': '0d'. Expected 1d to 90d, got 0d."],
  ['365d', "Invalid input 'baseline': '365d'. Expected 1d to 90d, got 365d."],
  ['last week', "Invalid input 'baseline': 'last week'."],
])('a bad baseline %p names the input and quotes the value', async (value, message) => {
  await expect(readActionSettings(inputs({ baseline: value }))).rejects.toThrow(message)
})
