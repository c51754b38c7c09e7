import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { DEFAULT_FLAG_THRESHOLDS } from '../../src/analysis/flags/flags.js'
import { readActionSettings } from '../../src/settings/action-settings.js'
import { defaultNormalisationRules } from '../../src/usage/normalise.js'

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

test("action.yml's defaults read into the documented settings", async () => {
  const settings = await readActionSettings(inputs())
  expect(settings).toMatchObject({
    mode: 'daily',
    owner: 'octo',
    repo: 'repo',
    lookback: { text: '24h', ms: 24 * 3_600_000 },
    maxLookback: { text: '7d', ms: 7 * 86_400_000 },
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
    archiveLimits: { maxUnzippedBytes: 2048 * 1024 * 1024 },
    tokenSemantics: defaultNormalisationRules,
    thresholds: DEFAULT_FLAG_THRESHOLDS,
    priceOverrides: {},
    period: 'week',
    budgets: [],
    failOnBudget: 'never',
    runCreditCap: 1000,
  })
})

test('lists split on commas and newlines', async () => {
  const settings = await readActionSettings(inputs({ workflows: 'smoke-claude.lock.yml,\n Security Guard \n' }))
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
  ['history', '0x10', "Invalid input 'history': '0x10'. Expected a whole number of at least 1."],
  ['api-reserve', '', "Invalid input 'api-reserve': ''"],
  ['time-budget', 'soon', "Invalid input 'time-budget': 'soon'. Expected a duration from 10s to 6h, such as 10m"],
  ['time-budget', '7h', "Invalid input 'time-budget': '7h'. Expected a duration from 10s to 6h"],
  ['time-budget', '5s', "Invalid input 'time-budget': '5s'. Expected a duration from 10s to 6h"],
  ['providers', 'anthropic,claude', "Invalid input 'providers': 'claude'"],
  ['labels', ' , ', "Input 'labels' is empty"],
  [
    'mode',
    'weekly',
    "Invalid input 'mode': 'weekly'. Expected one of: daily, rollup, pull-request, plan, shard, merge.",
  ],
  ['period', 'year', "Invalid input 'period': 'year'. Expected one of: week, month."],
  ['budgets', 'total=$5', "Invalid input 'budgets': 'total=$5'. Budget 'total=$5' names no period"],
  ['fail-on-budget', 'warning', "Invalid input 'fail-on-budget': 'warning'. Expected one of: never, exceeded."],
  ['run-credit-cap', '0', "Invalid input 'run-credit-cap': '0'. Expected a number above 0."],
  ['token-semantics', 'copilot', "Invalid input 'token-semantics': 'copilot'."],
  [
    'token-semantics',
    'copilot=both',
    "Invalid input 'token-semantics': 'copilot=both'. Invalid token semantics 'both'",
  ],
  ['thresholds', 'nope=1', "Invalid input 'thresholds': 'nope=1'. Unknown threshold 'nope'"],
  ['pricing-file', 'no-such-prices.yml', "Invalid input 'pricing-file': 'no-such-prices.yml'. Cannot read"],
  ['prices', 'm: {input: one}', "Invalid price overrides in input 'prices': model 'm' field 'input': must be a number"],
  ['prices', 'm: {input: -1, output: 2}', "input 'prices': model 'm' field 'input': must be 0 or more (got -1)"],
  // Range errors say what is wanted in words, not in a schema library's terms.
  ['concurrency', '65', "Invalid input 'concurrency': '65'. Expected a whole number from 1 to 64."],
  ['history', '1.5', "Invalid input 'history': '1.5'. Expected a whole number of at least 1."],
  ['max-artifact-mb', '0', "Invalid input 'max-artifact-mb': '0'. Expected a number above 0."],
  // A multi-line value is not repeated; the engine's message quotes the bad part.
  [
    'thresholds',
    'io-ratio=3\nlow-cache-hit-rate=lots',
    "Invalid input 'thresholds': Invalid threshold value 'lots' in 'low-cache-hit-rate=lots'",
  ],
])('a bad %s quotes the value', async (name, value, message) => {
  await expect(readActionSettings(inputs({ [name]: value }))).rejects.toThrow(message)
})

test('until is read as an ISO time; lookback may be an ISO time too', async () => {
  const settings = await readActionSettings(inputs({ until: '2026-04-02T08:00:00Z', lookback: '2026-04-01' }))
  expect(settings.until?.toISOString()).toBe('2026-04-02T08:00:00.000Z')
  expect(settings.lookback).toEqual({ text: '2026-04-01', at: new Date('2026-04-01T00:00:00Z') })
})

test('engine formats are parsed here, once: token semantics, thresholds, prices (the inline ones win)', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'settings-'))
  const file = path.join(dir, 'prices.yml')
  await writeFile(file, 'model-a: {input: 1, output: 2}\nmodel-b: {input: 3, output: 4}\n')
  const settings = await readActionSettings(
    inputs({
      'token-semantics': 'copilot=additive',
      thresholds: 'low-cache-hit-rate=40%',
      'pricing-file': file,
      prices: 'model-b: {input: 5, output: 6}',
      mode: ' Daily ',
    }),
  )
  expect(settings.mode).toBe('daily')
  expect(settings.tokenSemantics).toEqual({ ...defaultNormalisationRules, copilot: 'additive' })
  expect(settings.thresholds.lowCacheHitRate).toBeCloseTo(0.4, 12)
  expect(settings.priceOverrides).toEqual({ 'model-a': { input: 1, output: 2 }, 'model-b': { input: 5, output: 6 } })
  await rm(dir, { recursive: true, force: true })
})

test("time-budget: a duration, 10m by default (inside the README's timeout-minutes: 15)", async () => {
  expect((await readActionSettings(inputs({}))).timeBudget).toEqual({ text: '10m', ms: 10 * 60_000 })
  expect((await readActionSettings(inputs({ 'time-budget': '90s' }))).timeBudget).toEqual({ text: '90s', ms: 90_000 })
})
