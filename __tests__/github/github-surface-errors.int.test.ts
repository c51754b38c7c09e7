// The GitHub surface against the fake server: a failed call names the operation, the repository, GitHub's answer
// and what to check, for the runs client and for the report issues alike.
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'

const TOKEN = 'test-token'
let gh: FakeGitHub
let surfaceModule: typeof import('../../src/github/github-surface.js')
let previousApiUrl: string | undefined

beforeAll(async () => {
  gh = await startFakeGitHub({ token: TOKEN })
  // @actions/artifact's Octokit reads GITHUB_API_URL when first imported; the client checks both agree.
  previousApiUrl = process.env.GITHUB_API_URL
  process.env.GITHUB_API_URL = gh.url
  surfaceModule = await import('../../src/github/github-surface.js')
})

afterAll(async () => {
  process.env.GITHUB_API_URL = previousApiUrl
  await gh.close()
})

afterEach(() => gh.clearFaults())

function surface(overrides: { token?: string; repo?: string } = {}) {
  return surfaceModule.createGitHubSurface({
    token: overrides.token ?? TOKEN,
    owner: gh.owner,
    repo: overrides.repo ?? gh.repo,
    baseUrl: gh.url,
    retries: 0,
    retryBaseMs: 1,
    issueWrites: { writeSpacingMs: 0 },
    log: { info: () => undefined, warning: () => undefined },
  })
}

const window = { since: new Date('2026-04-01T00:00:00Z'), until: new Date('2026-04-02T00:00:00Z') }

test('a rejected token: the operation, repository, 401 and the github-token input', async () => {
  await expect(surface({ token: 'wrong' }).runs.listRuns(window)).rejects.toThrow(
    `Listing workflow runs of ${gh.owner}/${gh.repo} failed: 401 Bad credentials. Check the \`github-token\` input`,
  )
  await expect(surface({ token: 'wrong' }).issues.findReports({ label: 'token-usage-report' })).rejects.toThrow(
    `Listing issues labelled 'token-usage-report' of ${gh.owner}/${gh.repo} failed: 401 Bad credentials.`,
  )
})

test('a missing permission names it: actions: read for runs, issues: write for the report', async () => {
  gh.inject({
    method: 'GET',
    path: '/repos/*/*/actions/artifacts',
    status: 403,
    message: 'Resource not accessible by integration',
  })
  await expect(surface().runs.listArtifacts('usage')).rejects.toThrow(
    /^Listing artifacts named 'usage' of .* failed: 403 Resource not accessible by integration\. The token lacks `actions: read`\. Add `permissions: actions: read` to the job/,
  )
  gh.inject({
    method: 'POST',
    path: '/repos/*/*/issues',
    status: 403,
    message: 'Resource not accessible by integration',
  })
  const publishing = surface().issues.createIssue(
    { title: 'Report 2026-04-02', body: '<!-- marker -->', labels: ['token-usage-report'] },
    async () => undefined,
  )
  await expect(publishing).rejects.toThrow(
    `Publishing the report issue of ${gh.owner}/${gh.repo} failed: 403 Resource not accessible by integration. ` +
      'The token lacks `issues: write`.',
  )
})

test('an unknown repository points at its name; a server error at GitHub status', async () => {
  await expect(surface({ repo: 'no-such-repo' }).runs.listRuns(window)).rejects.toThrow(
    `Listing workflow runs of ${gh.owner}/no-such-repo failed: 404 Not Found. Check the repository name`,
  )
  gh.inject({ method: 'GET', path: '/repos/*/*/actions/runs', status: 502, times: Infinity })
  await expect(surface().runs.listRuns(window)).rejects.toThrow(/failed: 502 .*githubstatus\.com and try again/)
})
