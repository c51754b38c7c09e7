// Issues, comments and labels on the fake server, driven by the real Octokit: what the report lifecycle needs.
import {
  MAX_BODY_CHARS,
  MAX_LABEL_DESCRIPTION_CHARS,
  MAX_TITLE_CHARS,
  startFakeGitHub,
  type FakeGitHub,
} from '../support/fake-github/index.js'

type GitHubModule = typeof import('@actions/github')

let gh: FakeGitHub
let github: GitHubModule
const owner = 'octo-org'
const repo = 'agent-repo'
let clock = Date.parse('2026-04-01T06:00:00Z')

beforeAll(async () => {
  gh = await startFakeGitHub({ now: () => new Date(clock) })
  process.env.GITHUB_API_URL = gh.url
  github = await import('@actions/github')
})

afterAll(() => gh.close())

function octokit() {
  return github.getOctokit('fake-token', { baseUrl: gh.url })
}

describe('report lifecycle operations', () => {
  it('creates the label when missing, then an issue with it, then finds it by label', async () => {
    const api = octokit()
    await expect(api.rest.issues.getLabel({ owner, repo, name: 'token-usage-report' })).rejects.toMatchObject({
      status: 404,
    })
    const created = await api.rest.issues.createLabel({
      owner,
      repo,
      name: 'token-usage-report',
      color: '0e8a16',
      description: 'Daily token usage reports',
    })
    expect(created.status).toBe(201)
    const { data: label } = await api.rest.issues.getLabel({ owner, repo, name: 'token-usage-report' })
    expect(label).toMatchObject({
      name: 'token-usage-report',
      color: '0e8a16',
      description: 'Daily token usage reports',
    })
    await expect(
      api.rest.issues.createLabel({ owner, repo, name: 'Token-Usage-Report', color: '000000' }),
    ).rejects.toMatchObject({ status: 422 })

    const { data: issue, status } = await api.rest.issues.create({
      owner,
      repo,
      title: '📊 Token Usage Report 2026-04-01',
      body: '<!-- token-usage-analyzer -->\nday 1',
      labels: ['token-usage-report'],
    })
    expect(status).toBe(201)
    expect(issue).toMatchObject({ number: 1, state: 'open', state_reason: null, comments: 0 })
    expect(issue.labels).toEqual([expect.objectContaining({ name: 'token-usage-report', color: '0e8a16' })])
    expect(issue.user?.login).toBe('github-actions[bot]')
    expect(issue.created_at).toBe('2026-04-01T06:00:00Z')
    expect(gh.issues[0]).toMatchObject({
      number: 1,
      title: '📊 Token Usage Report 2026-04-01',
      labels: ['token-usage-report'],
    })
  })

  it('updates, comments on and closes with state_reason; lists by label and state', async () => {
    const api = octokit()
    clock = Date.parse('2026-04-02T06:00:00Z')
    const { data: second } = await api.rest.issues.create({
      owner,
      repo,
      title: '📊 Token Usage Report 2026-04-02',
      body: 'day 2',
      labels: ['token-usage-report', 'automation'],
    })
    expect(gh.labels.find((l) => l.name === 'automation')).toMatchObject({ color: 'ededed' })
    await api.rest.issues.create({ owner, repo, title: 'Unrelated bug' })

    const open = await api.paginate(api.rest.issues.listForRepo, {
      owner,
      repo,
      labels: 'token-usage-report',
      state: 'open',
      per_page: 1,
    })
    expect(open.map((i) => i.number)).toEqual([2, 1]) // newest first

    const updated = await api.rest.issues.update({ owner, repo, issue_number: 2, body: 'day 2, re-run' })
    expect(updated.data.body).toBe('day 2, re-run')

    const comment = await api.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: `Superseded by #${second.number}`,
    })
    expect(comment.status).toBe(201)
    const closed = await api.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
    })
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', comments: 1 })
    expect(closed.data.closed_at).toBe('2026-04-02T06:00:00Z')

    const first = gh.issues.find((i) => i.number === 1)!
    expect(first.state).toBe('closed')
    expect(first.stateReason).toBe('not_planned')
    expect(first.comments.map((c) => c.body)).toEqual(['Superseded by #2'])

    const comments = await api.rest.issues.listComments({ owner, repo, issue_number: 1 })
    expect(comments.data.map((c) => c.body)).toEqual(['Superseded by #2'])

    const byState = async (state: 'open' | 'closed' | 'all') =>
      (await api.rest.issues.listForRepo({ owner, repo, state, labels: 'token-usage-report' })).data.map(
        (i) => i.number,
      )
    expect(await byState('open')).toEqual([2])
    expect(await byState('closed')).toEqual([1])
    expect(await byState('all')).toEqual([2, 1])
    const ascending = await api.rest.issues.listForRepo({ owner, repo, state: 'all', direction: 'asc' })
    expect(ascending.data.map((i) => i.number)).toEqual([1, 2, 3])

    const reopened = await api.rest.issues.update({ owner, repo, issue_number: 1, state: 'open' })
    expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null })
    await api.rest.issues.update({ owner, repo, issue_number: 1, state: 'closed' })
    expect(gh.issues[0].stateReason).toBe('completed')
  })

  it('adds labels to an issue and filters by creator', async () => {
    const api = octokit()
    const seeded = gh.addIssue({
      title: 'Token usage report (LLM analyzer)',
      body: 'old format',
      labels: ['token-usage-report'],
      user: { login: 'copilot-swe-agent', id: 198982749, type: 'Bot' },
      state: 'closed',
      stateReason: 'completed',
    })
    const added = await api.rest.issues.addLabels({ owner, repo, issue_number: seeded.number, labels: ['legacy'] })
    expect(added.data.map((l) => l.name)).toEqual(['token-usage-report', 'legacy'])
    const mine = await api.rest.issues.listForRepo({ owner, repo, state: 'all', creator: 'copilot-swe-agent' })
    expect(mine.data.map((i) => i.number)).toEqual([seeded.number])
  })

  it('rejects a body over 65,536 characters with 422 and an unknown issue with 404', async () => {
    const api = octokit()
    await expect(
      api.rest.issues.create({ owner, repo, title: 'too long', body: 'x'.repeat(MAX_BODY_CHARS + 1) }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('body is too long') })
    const fits = await api.rest.issues.create({ owner, repo, title: 'fits', body: 'x'.repeat(MAX_BODY_CHARS) })
    expect(fits.status).toBe(201)
    // Characters are counted as code points: 65,536 emoji (131,072 UTF-16 units) still fit.
    const emoji = await api.rest.issues.create({ owner, repo, title: 'emoji', body: '📊'.repeat(MAX_BODY_CHARS) })
    expect(emoji.status).toBe(201)
    await expect(
      api.rest.issues.update({ owner, repo, issue_number: emoji.data.number, body: '📊'.repeat(MAX_BODY_CHARS + 1) }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(api.rest.issues.create({ owner, repo, title: 't'.repeat(MAX_TITLE_CHARS + 1) })).rejects.toMatchObject(
      { status: 422, message: expect.stringContaining('title is too long') },
    )
    await expect(
      api.rest.issues.createLabel({
        owner,
        repo,
        name: 'long',
        description: 'd'.repeat(MAX_LABEL_DESCRIPTION_CHARS + 1),
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('description is too long') })
    await expect(api.rest.issues.get({ owner, repo, issue_number: 999 })).rejects.toMatchObject({ status: 404 })
    await expect(
      api.rest.issues.update({ owner, repo, issue_number: 1, state_reason: 'bogus' as 'completed' }),
    ).rejects.toMatchObject({ status: 422 })
  })

  it('finds issues with search by label, state and marker text', async () => {
    const api = octokit()
    const { data } = await api.rest.search.issuesAndPullRequests({
      q: `repo:${owner}/${repo} is:issue is:open label:"token-usage-report" "token-usage-analyzer"`,
    })
    // Issue 2's body ('day 2, re-run') lacks the marker; only issue 1 (reopened then closed) had it, and it is closed.
    expect(data.total_count).toBe(0)
    const closed = await api.rest.search.issuesAndPullRequests({
      q: `repo:${owner}/${repo} is:issue is:closed label:"token-usage-report" "token-usage-analyzer"`,
    })
    expect(closed.data.items.map((i) => i.number)).toEqual([1])
    const all = await api.rest.search.issuesAndPullRequests({ q: `repo:${owner}/${repo} label:token-usage-report` })
    expect(all.data.items.map((i) => i.number).sort()).toEqual([1, 2, 4])
    expect(all.headers['x-ratelimit-resource']).toBe('search')
  })

  it('answers the repository', async () => {
    const { data } = await octokit().rest.repos.get({ owner, repo })
    expect(data).toMatchObject({ full_name: `${owner}/${repo}`, default_branch: 'main', has_issues: true })
  })
})
