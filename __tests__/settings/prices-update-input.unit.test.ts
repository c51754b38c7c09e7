// The prices-update input and the CLI's --update-prices.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readReportSettings } from '../../src/cli/report-settings.js'
import { readActionSettings } from '../../src/settings/action-settings.js'

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}

function inputs(overrides: Record<string, string>) {
  const values: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = spec.default ?? ''
  Object.assign(values, { 'github-token': 'ghs_x', repository: 'octo/repo' }, overrides)
  return (name: string) => values[name] ?? ''
}

test('prices-update: auto by default, off, any case; anything else names the input', async () => {
  expect((await readActionSettings(inputs({}))).pricesUpdate).toBe('auto')
  expect((await readActionSettings(inputs({ 'prices-update': '' }))).pricesUpdate).toBe('auto')
  expect((await readActionSettings(inputs({ 'prices-update': 'OFF' }))).pricesUpdate).toBe('off')
  await expect(readActionSettings(inputs({ 'prices-update': 'sometimes' }))).rejects.toThrow(
    /prices-update.*sometimes.*auto, off/,
  )
})

test('--update-prices is off unless given', () => {
  expect(readReportSettings(['.'], {}).updatePrices).toBeUndefined()
  expect(readReportSettings(['.'], { updatePrices: true }).updatePrices).toBe(true)
})
