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

test('writes that notify (new issues) wait three spacings, other writes one', async () => {
  const spacing = 60
  const octokit = createOctokit('t', { baseUrl: gh.url, writeSpacingMs: spacing })
  const repo = { owner: gh.owner, repo: gh.repo }
  // Timers may fire a millisecond early.
  const early = 2

  const creating = Date.now()
  const { data: issue } = await octokit.rest.issues.create({ ...repo, title: 'one' })
  await octokit.rest.issues.create({ ...repo, title: 'two' })
  expect(Date.now() - creating).toBeGreaterThanOrEqual(3 * spacing - early)

  const updating = Date.now()
  await octokit.rest.issues.update({ ...repo, issue_number: issue.number, title: 'one again' })
  await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed' })
  const updates = Date.now() - updating
  expect(updates).toBeGreaterThanOrEqual(spacing - early)
  expect(updates).toBeLessThan(3 * spacing)
})
