// Write spacing: GitHub's one second between writes by default, shrunk by the option or the variable tests set.
import { createOctokit, defaultWriteSpacingMs, WRITE_SPACING_VARIABLE } from '../../src/github/octokit-client.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'

let gh: FakeGitHub

beforeAll(async () => {
  gh = await startFakeGitHub()
})

afterAll(async () => {
  await gh.close()
})

test('the default is 1000 ms; the variable overrides it; a bad value names the variable', () => {
  expect(defaultWriteSpacingMs({})).toBe(1000)
  expect(defaultWriteSpacingMs({ [WRITE_SPACING_VARIABLE]: '' })).toBe(1000)
  expect(defaultWriteSpacingMs({ [WRITE_SPACING_VARIABLE]: '0' })).toBe(0)
  expect(defaultWriteSpacingMs({ [WRITE_SPACING_VARIABLE]: '25' })).toBe(25)
  expect(() => defaultWriteSpacingMs({ [WRITE_SPACING_VARIABLE]: '1s' })).toThrow(
    `${WRITE_SPACING_VARIABLE} must be a whole number of milliseconds, got "1s"`,
  )
})

async function createTwiceThenUpdateTwice(writeSpacingMs: number | undefined) {
  const octokit = createOctokit('t', { baseUrl: gh.url, writeSpacingMs })
  const repo = { owner: gh.owner, repo: gh.repo }
  const creating = Date.now()
  const { data: issue } = await octokit.rest.issues.create({ ...repo, title: 'one' })
  await octokit.rest.issues.create({ ...repo, title: 'two' })
  const updating = Date.now()
  await octokit.rest.issues.update({ ...repo, issue_number: issue.number, title: 'one again' })
  await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed' })
  return { creates: updating - creating, updates: Date.now() - updating }
}

test('writes that notify (new issues) wait three spacings, other writes one', async () => {
  const spacing = 100
  const { creates, updates } = await createTwiceThenUpdateTwice(spacing)
  // Timers may fire a millisecond early.
  expect(creates).toBeGreaterThanOrEqual(3 * spacing - 2)
  expect(updates).toBeGreaterThanOrEqual(spacing - 2)
})

test('without the option, the spacing comes from the variable', async () => {
  const before = process.env[WRITE_SPACING_VARIABLE]
  process.env[WRITE_SPACING_VARIABLE] = '100'
  try {
    const { creates, updates } = await createTwiceThenUpdateTwice(undefined)
    expect(creates).toBeGreaterThanOrEqual(300 - 2)
    expect(updates).toBeGreaterThanOrEqual(100 - 2)
  } finally {
    process.env[WRITE_SPACING_VARIABLE] = before
  }
})
