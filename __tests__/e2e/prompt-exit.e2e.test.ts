// After the report is published the process ends: a blob download that failed must not keep the bundled action
// alive on a socket the artifact library left open. The fake server keeps idle connections for two minutes, as blob
// storage does; the action must exit long before that, with every output written.
import { existsSync } from 'node:fs'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { actionDefaults, DIST_ACTION, runAction } from '../support/run-action.js'

const KEEP_ALIVE_MS = 120_000

let gh: FakeGitHub

beforeAll(async () => {
  if (!existsSync(DIST_ACTION)) throw new Error(`${DIST_ACTION} is missing: run npm run build`)
  gh = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'agent-repo',
    token: 'ghs_e2e',
    keepAliveTimeoutMs: KEEP_ALIVE_MS,
  })
})

afterAll(async () => {
  await gh?.close()
})

test('a blob that answered 500 does not keep the step alive after the report is published', async () => {
  const run = gh.addRun({ workflow: 'Smoke Claude', createdAt: '2026-04-01T02:00:00Z', conclusion: 'success' })
  const line = JSON.stringify({
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    input_tokens: 10,
    output_tokens: 20,
    cache_read_tokens: 30,
    cache_write_tokens: 40,
  })
  await gh.addArtifact(run.id, 'agent', { files: { 'logs/token-usage.jsonl': `${line}\n` } })
  // The first blob answer is a 500: @actions/artifact retries (after 5 s) and succeeds, leaving the socket of the
  // failed answer open.
  const blob500 = gh.inject({ path: '/_blob/**', status: 500 })
  const started = Date.now()
  const result = await runAction(gh, { ...(await actionDefaults()), until: '2026-04-01T08:00:00Z' })
  const elapsed = Date.now() - started

  expect(blob500.hits).toBe(1)
  expect(result.exitCode).toBe(0)
  expect(result.outputs).toMatchObject({ 'runs-with-data': '1', 'issue-number': '1' })
  expect(result.summary).toContain('Smoke Claude')
  expect(result.stdout).toContain('API requests in all:')
  // Ended by itself, not by the server dropping the idle connection.
  expect(elapsed).toBeLessThan(KEEP_ALIVE_MS / 2)
}, 180_000)
