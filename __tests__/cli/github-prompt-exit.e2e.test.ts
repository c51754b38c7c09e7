// The CLI's `github` command ends like the action once its report is printed: a blob download that failed must not
// keep the bundled CLI (dist/cli/index.js, or CLI_BUNDLE) alive on a socket the artifact library left open. The fake
// server keeps idle connections for two minutes, as blob storage does; the command must exit long before that.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'

const repo = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..')
const bundle = process.env.CLI_BUNDLE ?? join(repo, 'dist/cli/index.js')
const KEEP_ALIVE_MS = 120_000
const TOKEN = 'ghs_cli_e2e'

let gh: FakeGitHub

beforeAll(async () => {
  if (!existsSync(bundle)) throw new Error(`CLI bundle '${bundle}' missing: run 'npm run build' first`)
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'agent-repo', token: TOKEN, keepAliveTimeoutMs: KEEP_ALIVE_MS })
})

afterAll(async () => {
  await gh?.close()
})

test('a blob that answered 500 does not keep `github` alive after the report is printed', async () => {
  const run = gh.addRun({
    workflow: 'Smoke Claude',
    createdAt: new Date(Date.now() - 3_600_000),
    conclusion: 'success',
  })
  const line = JSON.stringify({
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    input_tokens: 10,
    output_tokens: 20,
    cache_read_tokens: 30,
    cache_write_tokens: 40,
  })
  await gh.addArtifact(run.id, 'agent', { files: { 'logs/token-usage.jsonl': `${line}\n` } })
  // The first blob answer is a 500: @actions/artifact retries and succeeds, leaving the failed answer's socket open.
  const blob500 = gh.inject({ path: '/_blob/**', status: 500 })
  const started = Date.now()
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      'node',
      [bundle, 'github', '--repo', 'octo-org/agent-repo', '--since', '7d', '--format', 'json'],
      { env: { ...process.env, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url }, timeout: 170_000 },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    )
  })
  const elapsed = Date.now() - started

  expect(blob500.hits).toBe(1)
  expect(result.code).toBe(0)
  // Everything printed before the exit: the whole JSON report.
  const report = JSON.parse(result.stdout)
  expect(report.totals).toMatchObject({ runsWithData: 1, requests: 1, totalTokens: 10 + 20 + 30 + 40 })
  // Ended by itself, not by the server dropping the idle connection.
  expect(elapsed).toBeLessThan(KEEP_ALIVE_MS / 2)
}, 180_000)
