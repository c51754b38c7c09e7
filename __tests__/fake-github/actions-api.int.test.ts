// The fake server's Actions endpoints, driven by the real Octokit and the real @actions/artifact client.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { captureStdout, type CapturedStdout } from '../support/captured-stdout.js'
import { startFakeGitHub, zipFromFiles, type FakeGitHub } from '../support/fake-github/index.js'

type ArtifactModule = typeof import('@actions/artifact')
type GitHubModule = typeof import('@actions/github')

let gh: FakeGitHub
let github: GitHubModule
let artifactClient: InstanceType<ArtifactModule['DefaultArtifactClient']>
let workDir: string
let stdout: CapturedStdout
const token = 'fake-token'

const DAY = 86_400_000
const start = Date.parse('2026-03-01T00:00:00Z')

beforeAll(async () => {
  stdout = captureStdout()
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'agents', token })
  // @actions/github reads GITHUB_API_URL when it is first loaded, and @actions/artifact's findBy download uses that
  // default; so the environment is set before the first (dynamic) import in this test file.
  process.env.GITHUB_API_URL = gh.url
  delete process.env.GITHUB_SERVER_URL
  github = await import('@actions/github')
  const { DefaultArtifactClient } = await import('@actions/artifact')
  artifactClient = new DefaultArtifactClient()
  workDir = await mkdtemp(join(tmpdir(), 'fake-github-'))
})

afterAll(async () => {
  stdout.restore()
  await gh.close()
  await rm(workDir, { recursive: true, force: true })
})

beforeEach(() => {
  gh.clearRequests()
  gh.clearFaults()
})

function octokit() {
  return github.getOctokit(token, { baseUrl: gh.url })
}

describe('workflow runs', () => {
  // 1,050 runs, one every 20 minutes from 2026-03-01T00:00Z: 72 a day, the last on 2026-03-15T13:40Z.
  const runTimes: number[] = []
  beforeAll(() => {
    for (let i = 0; i < 1050; i++) {
      const time = start + i * 20 * 60_000
      runTimes.push(time)
      gh.addRun({ workflow: i % 3 === 0 ? 'Daily Triage' : 'Issue Agent', createdAt: new Date(time) })
    }
  })

  it('pages with Link headers and reports total_count; an unfiltered listing is not capped', async () => {
    const first = await octokit().rest.actions.listWorkflowRunsForRepo({
      owner: 'octo-org',
      repo: 'agents',
      per_page: 100,
    })
    expect(first.data.total_count).toBe(1050)
    expect(first.data.workflow_runs).toHaveLength(100)
    expect(first.headers.link).toContain(
      `<${gh.url}/repos/octo-org/agents/actions/runs?per_page=100&page=2>; rel="next"`,
    )
    expect(first.headers.link).toContain('page=11>; rel="last"')
    // Newest first, as GitHub lists them.
    expect(Date.parse(first.data.workflow_runs[0].created_at)).toBe(Math.max(...runTimes))

    gh.clearRequests()
    const all = await octokit().paginate(octokit().rest.actions.listWorkflowRunsForRepo, {
      owner: 'octo-org',
      repo: 'agents',
      per_page: 100,
    })
    expect(all).toHaveLength(1050)
    expect(new Set(all.map((run) => run.id)).size).toBe(1050)
    expect(gh.apiRequestCount()).toBe(11)
  })

  it('caps any filtered listing at 1,000 results while total_count says more', async () => {
    const created = '>=2026-03-01T00:00:00Z'
    const all = await octokit().paginate(octokit().rest.actions.listWorkflowRunsForRepo, {
      owner: 'octo-org',
      repo: 'agents',
      per_page: 100,
      created,
    })
    expect(all).toHaveLength(1000)
    const page = await octokit().rest.actions.listWorkflowRunsForRepo({
      owner: 'octo-org',
      repo: 'agents',
      per_page: 100,
      page: 11,
      created,
    })
    expect(page.data.total_count).toBe(1050)
    expect(page.data.workflow_runs).toHaveLength(0)
  })

  it.each([
    ['>=2026-03-14T12:00:00Z', (t: number) => t >= Date.parse('2026-03-14T12:00:00Z')],
    ['>2026-03-14T12:00:00Z', (t: number) => t > Date.parse('2026-03-14T12:00:00Z')],
    ['<=2026-03-01T02:00:00Z', (t: number) => t <= Date.parse('2026-03-01T02:00:00Z')],
    ['<2026-03-01T02:00:00Z', (t: number) => t < Date.parse('2026-03-01T02:00:00Z')],
    ['2026-03-02', (t: number) => t >= start + DAY && t < start + 2 * DAY],
    ['2026-03-02..2026-03-03', (t: number) => t >= start + DAY && t < start + 3 * DAY],
    [
      '2026-03-02T06:00:00Z..2026-03-02T07:00:00Z',
      (t: number) => t >= start + DAY + 6 * 3600_000 && t <= start + DAY + 7 * 3600_000,
    ],
    ['2026-03-15T00:00:00+02:00..*', (t: number) => t >= Date.parse('2026-03-14T22:00:00Z')],
  ])('filters created=%s', async (created, expected) => {
    const runs = await octokit().paginate(octokit().rest.actions.listWorkflowRunsForRepo, {
      owner: 'octo-org',
      repo: 'agents',
      per_page: 100,
      created,
    })
    const want = runTimes.filter(expected).length
    expect(want).toBeGreaterThan(0)
    expect(runs).toHaveLength(want)
    expect(runs.every((run) => expected(Date.parse(run.created_at)))).toBe(true)
  })

  it('answers 422 quoting a created value it cannot read', async () => {
    await expect(
      octokit().rest.actions.listWorkflowRunsForRepo({ owner: 'octo-org', repo: 'agents', created: '>=yesterday' }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining("'yesterday'") })
  })

  it('gets one run, 404 for an unknown one and for another repository', async () => {
    const run = gh.runs[5]
    const { data } = await octokit().rest.actions.getWorkflowRun({ owner: 'octo-org', repo: 'agents', run_id: run.id })
    expect(data).toMatchObject({ id: run.id, name: run.name, path: run.path, conclusion: 'success' })
    await expect(
      octokit().rest.actions.getWorkflowRun({ owner: 'octo-org', repo: 'agents', run_id: 1 }),
    ).rejects.toMatchObject({ status: 404 })
    await expect(
      octokit().rest.actions.getWorkflowRun({ owner: 'someone', repo: 'else', run_id: run.id }),
    ).rejects.toMatchObject({ status: 404 })
  })

  it('filters by workflow file and by status/conclusion', async () => {
    const triage = gh.workflows.find((w) => w.name === 'Daily Triage')!
    const file = triage.path.split('/').pop()!
    const runs = await octokit().paginate(octokit().rest.actions.listWorkflowRuns, {
      owner: 'octo-org',
      repo: 'agents',
      workflow_id: file,
      per_page: 100,
    })
    expect(runs).toHaveLength(350) // every third of 1,050
    const failures = await octokit().rest.actions.listWorkflowRunsForRepo({
      owner: 'octo-org',
      repo: 'agents',
      status: 'failure',
    })
    expect(failures.data.total_count).toBe(0)
  })
})

describe('artifacts', () => {
  const files = {
    'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl': '{"request_id":"r1","model":"claude-sonnet-4-6"}\n',
    'agent_usage.json': '{"total":1}',
  }
  let runId: number
  let zip: Buffer

  beforeAll(async () => {
    runId = gh.addRun({ workflow: 'Artifact Run', createdAt: '2026-04-01T10:00:00Z' }).id
    zip = await zipFromFiles(files)
    await gh.addArtifact(runId, 'agent', { zip })
    await gh.addArtifact(runId, 'usage', { files: { 'agent/token_usage.jsonl': '{}\n' } })
    const old = gh.addRun({ workflow: 'Artifact Run', createdAt: '2026-01-01T10:00:00Z' }).id
    await gh.addArtifact(old, 'agent', { zip }, { expired: true })
  })

  it('lists artifacts repository-wide by name with workflow_run, digest and expiry', async () => {
    const artifacts = await octokit().paginate(octokit().rest.actions.listArtifactsForRepo, {
      owner: 'octo-org',
      repo: 'agents',
      name: 'agent',
      per_page: 1,
    })
    expect(artifacts).toHaveLength(2)
    expect(gh.apiRequestCount()).toBe(2)
    const live = artifacts.find((a) => !a.expired)!
    expect(live.workflow_run?.id).toBe(runId)
    expect(live.size_in_bytes).toBe(zip.length)
    expect(live.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    // Newest first by creation time: the expired one was seeded later (higher id) but belongs to an older run.
    expect(artifacts.map((a) => a.expired)).toEqual([false, true])
    expect(artifacts[1].id).toBeGreaterThan(artifacts[0].id)
  })

  it("lists one run's artifacts, filtered by name the way @actions/artifact's getArtifact asks", async () => {
    const { data } = await octokit().rest.actions.listWorkflowRunArtifacts({
      owner: 'octo-org',
      repo: 'agents',
      run_id: runId,
    })
    expect(data.artifacts.map((a) => a.name).sort()).toEqual(['agent', 'usage'])
    const found = await artifactClient.getArtifact('usage', {
      findBy: { token, workflowRunId: runId, repositoryOwner: 'octo-org', repositoryName: 'agents' },
    })
    expect(found.artifact.name).toBe('usage')
    const listed = await artifactClient.listArtifacts({
      findBy: { token, workflowRunId: runId, repositoryOwner: 'octo-org', repositoryName: 'agents' },
    })
    expect(listed.artifacts.map((a) => a.name).sort()).toEqual(['agent', 'usage'])
    expect(found.artifact.digest).toBe(gh.artifacts.find((a) => a.runId === runId && a.name === 'usage')!.digest)
  })

  it('redirects /zip with a 302 to an unauthenticated blob URL that @actions/artifact downloads and unzips', async () => {
    const artifact = gh.artifacts.find((a) => a.runId === runId && a.name === 'agent')!
    const path = join(workDir, 'unzipped')
    const result = await artifactClient.downloadArtifact(artifact.id, {
      path,
      expectedHash: artifact.digest!,
      findBy: { token, workflowRunId: runId, repositoryOwner: 'octo-org', repositoryName: 'agents' },
    })
    expect(result.digestMismatch).toBe(false)
    for (const [name, content] of Object.entries(files)) {
      expect(await readFile(join(path, name), 'utf8')).toBe(content)
    }
    const log = gh.requests.map((r) => [r.method, r.path, r.status, r.isApi])
    expect(log).toEqual([
      ['GET', `/repos/octo-org/agents/actions/artifacts/${artifact.id}/zip`, 302, true],
      ['GET', `/_blob/${artifact.id}/agent`, 200, false],
    ])
    expect(gh.apiRequestCount()).toBe(1)
  })

  it('keeps the zip as one file with skipDecompress', async () => {
    const artifact = gh.artifacts.find((a) => a.runId === runId && a.name === 'agent')!
    const path = join(workDir, 'raw')
    const result = await artifactClient.downloadArtifact(artifact.id, {
      path,
      skipDecompress: true,
      expectedHash: artifact.digest!,
      findBy: { token, workflowRunId: runId, repositoryOwner: 'octo-org', repositoryName: 'agents' },
    })
    expect(result.digestMismatch).toBe(false)
    expect(await readdir(path)).toEqual(['agent.zip'])
    expect((await readFile(join(path, 'agent.zip'))).equals(zip)).toBe(true)
  })

  it('reports a digest mismatch without throwing', async () => {
    const artifact = await gh.addArtifact(runId, 'tampered', { files }, { digestOverride: `sha256:${'0'.repeat(64)}` })
    const result = await artifactClient.downloadArtifact(artifact.id, {
      path: join(workDir, 'tampered'),
      expectedHash: artifact.digest!,
      findBy: { token, workflowRunId: runId, repositoryOwner: 'octo-org', repositoryName: 'agents' },
    })
    expect(result.digestMismatch).toBe(true)
  })

  it('answers 410 "Artifact has expired" for an expired artifact', async () => {
    const expired = gh.artifacts.find((a) => a.expired)!
    await expect(
      artifactClient.downloadArtifact(expired.id, {
        path: join(workDir, 'expired'),
        findBy: { token, workflowRunId: expired.runId, repositoryOwner: 'octo-org', repositoryName: 'agents' },
      }),
    ).rejects.toThrow(/Artifact has expired/)
    expect(gh.requests.map((r) => r.status)).toEqual([410])
  })

  it('serves the blob only with its signature, and without any token', async () => {
    const artifact = gh.artifacts.find((a) => a.runId === runId && a.name === 'usage')!
    const redirect = await fetch(`${gh.url}/repos/octo-org/agents/actions/artifacts/${artifact.id}/zip`, {
      redirect: 'manual',
      headers: { authorization: `token ${token}` },
    })
    expect(redirect.status).toBe(302)
    const location = redirect.headers.get('location')!
    const blob = await fetch(location)
    expect(blob.status).toBe(200)
    expect(blob.headers.get('content-type')).toBe('application/zip')
    expect(Buffer.from(await blob.arrayBuffer()).length).toBe(artifact.sizeInBytes)
    const unsigned = await fetch(location.replace(/\?.*$/, ''))
    expect(unsigned.status).toBe(403)
    const anonymousApi = await fetch(`${gh.url}/repos/octo-org/agents/actions/artifacts/${artifact.id}`)
    expect(anonymousApi.status).toBe(401)
  })
})
