import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readActionSettings } from '../../src/settings/action-settings.js'

interface ActionYaml {
  inputs: Record<string, { default?: string }>
}
const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYaml

/** Inputs as the runner passes them: action.yml defaults, with expressions resolved, then the overrides. */
function inputs(overrides: Record<string, string> = {}) {
  const values: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = spec.default ?? ''
  Object.assign(values, { 'github-token': 'ghs_x', repository: 'octo/repo' }, overrides)
  return (name: string) => {
    if (!(name in action.inputs)) throw new Error(`test read an input missing from action.yml: ${name}`)
    return values[name]
  }
}

test("action.yml's defaults read into the documented settings", () => {
  const settings = readActionSettings(inputs())
  expect(settings).toMatchObject({
    owner: 'octo',
    repo: 'repo',
    lookback: '24h',
    maxLookback: '7d',
    workflows: [],
    conclusions: ['success', 'failure'],
    artifactNames: ['usage', 'agent', 'agent-artifacts', 'firewall-audit-logs'],
    labels: ['token-usage-report'],
    titlePrefix: '📊 Token Usage Report',
    trendThreshold: 0.2,
    history: 14,
    closeOlder: true,
    dryRun: false,
    concurrency: 8,
    maxUnzippedBytes: 2048 * 1024 * 1024,
  })
})

test('lists split on commas and newlines', () => {
  const settings = readActionSettings(inputs({ workflows: 'smoke-claude.lock.yml,\n Security Guard \n' }))
  expect(settings.workflows).toEqual(['smoke-claude.lock.yml', 'Security Guard'])
})

test.each([
  ['repository', 'not-a-repo', "Invalid input 'repository': 'not-a-repo'"],
  ['dry-run', 'maybe', "Invalid input 'dry-run': 'maybe'"],
  ['concurrency', '0', "Invalid input 'concurrency': '0'"],
  ['until', 'tomorrow', "Invalid input 'until': 'tomorrow'"],
  ['lookback', 'yesterday', "Invalid input 'lookback': 'yesterday'"],
  ['max-lookback', '7', "Invalid input 'max-lookback': '7'"],
  ['history', 'ten', "Invalid input 'history': 'ten'"],
  ['history', '0x10', "Invalid input 'history': '0x10'. Expected a non-negative number."],
  ['api-reserve', '', "Invalid input 'api-reserve': ''"],
  ['providers', 'anthropic,claude', "Invalid input 'providers': 'claude'"],
  ['labels', ' , ', "Input 'labels' is empty"],
])('a bad %s quotes the value', (name, value, message) => {
  expect(() => readActionSettings(inputs({ [name]: value }))).toThrow(message)
})

test('until is read as an ISO time; lookback may be an ISO time too', () => {
  const settings = readActionSettings(inputs({ until: '2026-04-02T08:00:00Z', lookback: '2026-04-01' }))
  expect(settings.until?.toISOString()).toBe('2026-04-02T08:00:00.000Z')
  expect(settings.lookback).toBe('2026-04-01')
})
