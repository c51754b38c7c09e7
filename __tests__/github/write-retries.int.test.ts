// Issue writes against the fake server's 429s and secondary rate limits: a 429 means nothing was written, so the
// write is retried (a 5xx after a create is handled by looking for the report first, elsewhere).
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'

let gh: FakeGitHub
let surfaceModule: typeof import('../../src/github/github-surface.js')
let previousApiUrl: string | undefined

beforeAll(async () => {
  gh = await startFakeGitHub()
  previousApiUrl = process.env.GITHUB_API_URL
  process.env.GITHUB_API_URL = gh.url
  surfaceModule = await import('../../src/github/github-surface.js')
})

afterAll(async () => {
  process.env.GITHUB_API_URL = previousApiUrl
  await gh.close()
})

afterEach(() => {
  gh.clearFaults()
  gh.state.issues.splice(0)
})

function surface() {
  return surfaceModule.createGitHubSurface({
    token: 'test-token',
    owner: gh.owner,
    repo: gh.repo,
    baseUrl: gh.url,
    retries: 0,
    retryBaseMs: 1,
    issueWrites: { writeSpacingMs: 0, createRetryMs: 1 },
    log: { info: () => undefined, warning: () => undefined },
  })
}

const request = {
  title: 'Report 2026-04-02',
  body: '<!-- marker -->',
  labels: ['token-usage-report'],
}

const creates = () => gh.requests.filter((r) => r.method === 'POST' && /\/issues$/.test(r.path))

test.each([
  ['a bare 429', { status: 429, message: 'Too Many Requests' }],
  ['a 429 with retry-after', { status: 429, retryAfter: 1, message: 'Too Many Requests' }],
  ['a secondary rate limit 429', { status: 429 }],
  ['a secondary rate limit 403', { status: 403, retryAfter: 1 }],
])('an issue create answered %s once is retried and the report is published once', async (_name, fault) => {
  gh.clearRequests()
  const rule = gh.inject({ method: 'POST', path: '/repos/*/*/issues', ...fault })
  const published = await surface().issues.createIssue(request, async () => undefined)
  expect(rule.hits).toBe(1)
  expect(creates()).toHaveLength(2)
  expect(gh.issues).toHaveLength(1)
  expect(published).toMatchObject({ number: gh.issues[0].number })
})

test('a comment answered 429 once is retried', async () => {
  const issue = gh.addIssue({ title: 'Old report', labels: ['token-usage-report'], body: '<!-- marker -->' })
  const rule = gh.inject({
    method: 'POST',
    path: '/repos/*/*/issues/*/comments',
    status: 429,
    message: 'Too Many Requests',
  })
  await surface().issues.closeIssue(issue.number, { comment: 'Superseded' })
  expect(rule.hits).toBe(1)
  expect(gh.issues.find((i) => i.number === issue.number)?.state).toBe('closed')
  expect(gh.issues.find((i) => i.number === issue.number)?.comments).toHaveLength(1)
})
