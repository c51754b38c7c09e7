// Errors that say what happened (issue 19), against the fake server: a runs listing answered 200 with malformed
// JSON or without `workflow_runs`, a download refused for want of `actions: read`, an issue listing refused to a
// read-only token, and a network that cannot be reached. Each names the operation and the repository, and none
// blames GitHub for what was not GitHub's.
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'

let gh: FakeGitHub
let surfaceModule: typeof import('../../src/github/github-surface.js')
let previousApiUrl: string | undefined
let work: string

beforeAll(async () => {
  gh = await startFakeGitHub()
  previousApiUrl = process.env.GITHUB_API_URL
  process.env.GITHUB_API_URL = gh.url
  surfaceModule = await import('../../src/github/github-surface.js')
  work = await mkdtemp(path.join(os.tmpdir(), 'error-wording-'))
})

afterAll(async () => {
  process.env.GITHUB_API_URL = previousApiUrl
  await gh.close()
  await rm(work, { recursive: true, force: true })
})

afterEach(() => gh.clearFaults())

function surface(overrides: Partial<Parameters<typeof surfaceModule.createGitHubSurface>[0]> = {}) {
  return surfaceModule.createGitHubSurface({
    token: 'test-token',
    owner: gh.owner,
    repo: gh.repo,
    baseUrl: gh.url,
    retries: 0,
    retryBaseMs: 1,
    issueWrites: { writeSpacingMs: 0 },
    log: { info: () => undefined, warning: () => undefined },
    ...overrides,
  })
}

const window = { since: new Date('2026-04-01T00:00:00Z'), until: new Date('2026-04-02T00:00:00Z') }
const repository = () => `${gh.owner}/${gh.repo}`

test.each([
  [
    'malformed JSON',
    '{"total_count": 3, "workflow_runs": [',
    /without a `workflow_runs` list .* text that is not JSON/,
  ],
  [
    'no workflow_runs',
    '{"total_count": 3, "runs": []}',
    /without a `workflow_runs` list .* an object with total_count, runs/,
  ],
])(
  'a runs listing answered 200 with %s names the operation, the repository and what was wrong',
  async (_n, body, what) => {
    gh.inject({ method: 'GET', path: '/repos/*/*/actions/runs', body })
    const listing = surface().runs.listRuns(window)
    await expect(listing).rejects.toThrow(
      new RegExp(`^Listing workflow runs of ${repository()} failed: GitHub answered`),
    )
    await expect(surface().runs.listRuns(window)).resolves.toEqual([])
    gh.inject({ method: 'GET', path: '/repos/*/*/actions/runs', body })
    await expect(surface().runs.listRuns(window)).rejects.toThrow(what)
    gh.inject({ method: 'GET', path: '/repos/*/*/actions/runs', body })
    await expect(surface().runs.listRuns(window)).rejects.not.toThrow(/is not iterable/)
  },
)

test('a download refused for want of actions: read says the token lacks it, without the runs listing link', async () => {
  const run = gh.addRun({ workflow: 'Daily Planner', createdAt: '2026-04-01T06:00:00Z' })
  const stored = await gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': '{}\n' } })
  gh.inject({
    method: 'GET',
    path: `/repos/*/*/actions/artifacts/${stored.id}/zip`,
    status: 403,
    message: 'Resource not accessible by integration',
  })
  const artifact = { id: stored.id, name: 'usage', runId: run.id, expired: false, sizeInBytes: stored.sizeInBytes }
  const download = surface().runs.downloadArtifact(artifact, await mkdtemp(path.join(work, 'zip-')))
  await expect(download).rejects.toThrow(
    /^Artifact 'usage' \(id \d+\): 403 Resource not accessible by integration\. The token lacks `actions: read`\./,
  )
  gh.inject({
    method: 'GET',
    path: `/repos/*/*/actions/artifacts/${stored.id}/zip`,
    status: 403,
    message: 'Resource not accessible by integration',
  })
  await expect(surface().runs.downloadArtifact(artifact, await mkdtemp(path.join(work, 'zip-')))).rejects.not.toThrow(
    /docs\.github\.com/,
  )
})

test('an issue listing refused to the token says it lacks issues: read (all a dry run needs), not issues: write', async () => {
  gh.inject({
    method: 'GET',
    path: '/repos/*/*/issues',
    status: 403,
    message: 'Resource not accessible by integration',
  })
  await expect(surface().issues.findReports({ label: 'token-usage-report' })).rejects.toThrow(
    `Listing issues labelled 'token-usage-report' of ${repository()} failed: 403 Resource not accessible by integration. ` +
      'The token lacks `issues: read`.',
  )
})

test('an unreachable network is said to be one, at once: no retries, no GitHub server error', async () => {
  let attempts = 0
  const refused: typeof fetch = async () => {
    attempts++
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    })
  }
  const offline = surface({ fetch: refused, retries: 3 })
  const listing = offline.runs.listRuns(window)
  await expect(listing).rejects.toThrow(
    new RegExp(
      `^Listing workflow runs of ${repository()} failed: The network is unreachable: no connection to http://127\\.0\\.0\\.1:\\d+ \\(ECONNREFUSED\\)`,
    ),
  )
  await expect(offline.runs.listRuns(window)).rejects.not.toThrow(/githubstatus|500/)
  // Two listings, one attempt each.
  expect(attempts).toBe(2)
})

test("the github command offline says the network is unreachable, and does not blame GitHub's servers", async () => {
  const { Command } = await import('commander')
  const { githubCommand } = await import('../../src/cli/github-command.js')
  const { runProgram } = await import('../../src/cli/run-program.js')
  let err = ''
  const io = { out: () => undefined, err: (text: string) => void (err += text) }
  // A port that was free a moment ago: nothing listens, the connection is refused at once, as with no network.
  const { createServer } = await import('node:net')
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const port = (probe.address() as { port: number }).port
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  const program = new Command('token-usage-analyzer').addCommand(
    githubCommand(io, { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: `http://127.0.0.1:${port}` }),
  )
  const status = await runProgram(program, ['github', '--repo', repository()], io)
  expect(status).not.toBe(0)
  expect(err).toContain(`The network is unreachable: no connection to http://127.0.0.1:${port} (ECONNREFUSED)`)
  expect(err).not.toMatch(/githubstatus|\b500\b/)
})
