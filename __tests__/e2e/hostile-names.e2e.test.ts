/**
 * Run, workflow, branch and model names come from whoever can push a branch or a workflow: through the bundled action
 * they must not break the issue body's layout or @-mention anyone.
 */
import { existsSync } from 'node:fs'
import { shapeProblems } from '../series/markdown-shape.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { actionDefaults, DIST_ACTION, runAction } from '../support/run-action.js'

const HOSTILE_WORKFLOW = 'Evil | wf <img src=x onerror=alert(1)> @org/team\n# heading'
const HOSTILE_BRANCH = '@octocat/fix|`code`</details><!--'
const HOSTILE_MODEL = 'gpt-5 | @admins <b>x<b>'

let gh: FakeGitHub

beforeAll(async () => {
  if (!existsSync(DIST_ACTION)) throw new Error(`${DIST_ACTION} is missing: run npm run build`)
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'hostile', token: 'ghs_e2e' })
  const run = gh.addRun({
    workflow: HOSTILE_WORKFLOW,
    createdAt: '2026-04-01T05:00:00Z',
    conclusion: 'success',
    headBranch: HOSTILE_BRANCH,
  })
  const record = (id: string, model: string) =>
    JSON.stringify({
      request_id: id,
      provider: 'anthropic',
      model,
      input_tokens: 10,
      output_tokens: 100,
      cache_read_tokens: 0,
      cache_write_tokens: 0,
      duration_ms: 1000,
    })
  await gh.addArtifact(run.id, 'agent', {
    files: { 'token-usage.jsonl': [record('a', 'claude-sonnet-4-6'), record('b', HOSTILE_MODEL)].join('\n') },
  })
  gh.addRun({
    workflow: HOSTILE_WORKFLOW,
    createdAt: '2026-04-01T06:00:00Z',
    conclusion: 'failure',
    headBranch: HOSTILE_BRANCH,
  })
})

afterAll(async () => {
  await gh?.close()
})

test('hostile names leave the body well formed and mention nobody', async () => {
  const result = await runAction(gh, { ...(await actionDefaults()), until: '2026-04-01T08:00:00Z' })
  expect(result.exitCode).toBe(0)
  const body = gh.issues[0].body ?? ''
  // The names are in the report, escaped.
  expect(body).toContain('Evil')
  expect(body).toContain('octocat')
  expect(body).toContain('admins')
  expect(shapeProblems(body)).toEqual([])
  // No mention GitHub would resolve: every @ is followed by a zero-width joiner.
  expect(body).not.toMatch(/@(?!\u200D)[A-Za-z0-9]/)
  expect(body).not.toMatch(/<img|<b>x|<\/details><!--/)
})
