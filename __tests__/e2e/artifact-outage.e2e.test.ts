/**
 * An artifact outage through the bundled action: a good report, then a re-run of the same day whose every download
 * answers 502 (the report keeps its numbers, the step warns and fails), then the next day, which counts every run
 * of its own window once and nothing of the day before again.
 */
import { existsSync } from 'node:fs'
import { readDailyDataBlock } from '../../src/series/daily-data-block.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { actionDefaults, DIST_ACTION, runAction, type ActionRun } from '../support/run-action.js'

const PRICES = `claude-sonnet-4.6: {input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75}`
const AGENT_FILE = 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl'

let gh: FakeGitHub
let defaults: Record<string, string>
const runDay = (until: string): Promise<ActionRun> => runAction(gh, { ...defaults, until, prices: PRICES })

/** A run with `calls` requests of known tokens; returns its total tokens. */
async function addRun(createdAt: string, calls: number): Promise<number> {
  const run = gh.addRun({ workflow: 'Smoke Claude', createdAt, conclusion: 'success' })
  const lines = Array.from({ length: calls }, (_, i) =>
    JSON.stringify({
      request_id: `${run.id}-${i}`,
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      input_tokens: 10 + i,
      output_tokens: 100,
      cache_read_tokens: 1000,
      cache_write_tokens: 50,
    }),
  )
  await gh.addArtifact(run.id, 'agent', { files: { [AGENT_FILE]: lines.join('\n') } })
  return Array.from({ length: calls }, (_, i) => 10 + i + 100 + 1000 + 50).reduce((a, b) => a + b, 0)
}

beforeAll(async () => {
  if (!existsSync(DIST_ACTION)) throw new Error(`${DIST_ACTION} is missing: run npm run build`)
  defaults = await actionDefaults()
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'agent-repo', token: 'ghs_e2e' })
})

afterAll(async () => {
  await gh?.close()
})

const dataOf = (issueNumber: string) => {
  const reading = readDailyDataBlock(gh.issues.find((issue) => String(issue.number) === issueNumber)?.body ?? '')
  if (reading.status !== 'ok') throw new Error(`issue #${issueNumber}: data block ${reading.status}`)
  return reading.block
}

test('a re-run during an artifact outage keeps the report, warns and fails; the next day counts each run once', async () => {
  const day1Tokens = (await addRun('2026-05-01T02:00:00Z', 3)) + (await addRun('2026-05-01T03:00:00Z', 2))
  const good = await runDay('2026-05-01T08:00:00Z')
  expect(good.exitCode).toBe(0)
  expect(good.outputs).toMatchObject({ 'runs-with-data': '2', 'total-tokens': String(day1Tokens) })

  gh.inject({ path: '/repos/*/*/actions/artifacts/*/zip', status: 502, times: Infinity })
  const rerun = await runDay('2026-05-01T09:00:00Z')
  gh.clearFaults()
  expect(rerun.exitCode).toBe(1)
  expect(rerun.stdout).toMatch(/::warning::2 runs could not be downloaded: .*502/)
  expect(rerun.stdout).toMatch(/::error::2 of 2 runs with artifacts could not be downloaded/)
  expect(rerun.outputs).toMatchObject({
    'issue-number': good.outputs['issue-number'],
    'runs-with-data': '2',
    'total-tokens': String(day1Tokens),
    'total-cost-usd': good.outputs['total-cost-usd'],
  })
  const kept = dataOf(good.outputs['issue-number'])
  expect(kept.workflows.map((w) => [w.runsWithData, w.requests])).toEqual([[2, 5]])
  expect(kept.unfinished).toBeUndefined()

  const day2Tokens = await addRun('2026-05-01T20:00:00Z', 4)
  const next = await runDay('2026-05-02T08:00:00Z')
  expect(next.exitCode).toBe(0)
  expect(next.outputs).toMatchObject({
    'runs-in-window': '1',
    'runs-with-data': '1',
    'total-tokens': String(day2Tokens),
  })
  expect(gh.issues.filter((issue) => issue.state === 'open').map((issue) => String(issue.number))).toEqual([
    next.outputs['issue-number'],
  ])
}, 120_000)
