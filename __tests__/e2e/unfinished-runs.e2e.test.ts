/**
 * A run still in progress when a report is made is in no window's finished runs; the report carries it in its data
 * block and the next report collects it once it has finished, so it is counted exactly once.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { actionDefaults, DIST_ACTION, runAction } from '../support/run-action.js'

const DAY1 = '2026-04-01T08:00:00Z'
const DAY2 = '2026-04-02T08:00:00Z'
const AGENT_FILE = 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl'
const record = (id: string, output: number) =>
  JSON.stringify({
    request_id: id,
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    input_tokens: 10,
    output_tokens: output,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
    duration_ms: 1000,
  })

let gh: FakeGitHub
let defaults: Record<string, string>

beforeAll(async () => {
  if (!existsSync(DIST_ACTION)) throw new Error(`${DIST_ACTION} is missing: run npm run build`)
  defaults = await actionDefaults()
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'long-runs', token: 'ghs_e2e' })
})

afterAll(async () => {
  await gh?.close()
})

const runIdsOf = async (reportJson: string): Promise<string[]> => {
  const json = JSON.parse(await readFile(reportJson, 'utf8'))
  return json.workflows.flatMap((w: { runDetails: { runId: string }[] }) => w.runDetails.map((r) => r.runId)).sort()
}

test('a run in progress at report time is collected by the next report', async () => {
  const done = gh.addRun({ workflow: 'Smoke Claude', createdAt: '2026-04-01T05:00:00Z', conclusion: 'success' })
  await gh.addArtifact(done.id, 'agent', { files: { [AGENT_FILE]: record('a', 100) } })
  const running = gh.addRun({ workflow: 'Smoke Claude', createdAt: '2026-04-01T07:30:00Z', conclusion: null })

  const day1 = await runAction(gh, { ...defaults, until: DAY1 })
  expect(day1.exitCode).toBe(0)
  expect(await runIdsOf(day1.outputs['report-json'])).toEqual([String(done.id)])

  // The long run finishes after day 1's report and uploads its usage.
  running.status = 'completed'
  running.conclusion = 'success'
  await gh.addArtifact(running.id, 'agent', { files: { [AGENT_FILE]: record('b', 200) } })
  const later = gh.addRun({ workflow: 'Smoke Claude', createdAt: '2026-04-01T20:00:00Z', conclusion: 'success' })
  await gh.addArtifact(later.id, 'agent', { files: { [AGENT_FILE]: record('c', 300) } })

  const day2 = await runAction(gh, { ...defaults, until: DAY2 })
  expect(day2.exitCode).toBe(0)
  expect(await runIdsOf(day2.outputs['report-json'])).toEqual([String(running.id), String(later.id)].sort())
  expect(day2.outputs['runs-analyzed']).toBe('2')
})
