// A federated organisation report against the fake GitHub server, without dist/: each repository publishes its own
// daily report (its own token and budget), then the organisation's report with `source: reports` reads those
// reports' data blocks: the same numbers as the seeded runs, no run listed and no artifact downloaded; a repository
// without a report of its own is named.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from '../orchestrator/action-harness.js'
import { PRICES, seedRun, sumsOf, type ReportJson, type SeededRun } from './org-fixtures.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
let createGitHubSurface: typeof import('../../src/github/github-surface.js').createGitHubSurface
const seeded: SeededRun[] = []

const UNTIL = '2026-09-02T06:00:00Z'
const ORG_UNTIL = '2026-09-02T07:00:00Z'

beforeAll(async () => {
  h = await startCollectorHarness({ owner: 'acme', repo: 'agent-ops' })
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  ;({ createGitHubSurface } = await import('../../src/github/github-surface.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'org-federated-'))
  for (const [i, name] of ['acme/web', 'acme/api'].entries()) {
    const repository = h.gh.addRepository(name)
    seeded.push(await seedRun(repository, 'Code Review Agent', `2026-09-01T1${i}:00:00Z`, 2 + i, 1))
    seeded.push(await seedRun(repository, 'Nightly', `2026-09-01T2${i}:00:00Z`, 1, 3))
  }
  const silent = h.gh.addRepository('acme/silent')
  await seedRun(silent, 'Code Review Agent', '2026-09-01T12:00:00Z', 1, 1)
  // A person's issue with the label and the marker beside the real report: not counted.
  h.gh.addRepository('acme/web').addIssue({
    title: 'Token usage report 2026-09-01',
    body: '<!-- token-usage-analyzer:report -->\nnot a report',
    createdAt: '2026-09-02T06:30:00Z',
    labels: ['token-usage-report'],
    user: { login: 'mallory', id: 666, type: 'User' },
  })
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

/** A repository's own daily report, published by the action in that repository. */
async function ownReport(repository: string): Promise<void> {
  const [owner, repo] = repository.split('/') as [string, string]
  const settings = await settingsFor(h, { until: UNTIL, repository, prices: PRICES, cache: 'false' })
  const recorded = await recordingDeps(h, work, new Date(UNTIL))
  recorded.deps.github = createGitHubSurface({
    token: TOKEN,
    owner,
    repo,
    baseUrl: h.gh.url,
    retryBaseMs: 5,
    issueWrites: { writeSpacingMs: 0, createRetryMs: 5 },
  })
  await runAction(settings, recorded.deps)
}

test('source: reports gives the numbers of the runs from the repositories own reports, without a download', async () => {
  // Issues are created at the time of the report, as on GitHub (a data block's window is trusted only then).
  h.gh.setNow(() => new Date(UNTIL))
  await ownReport('acme/web')
  await ownReport('acme/api')
  h.gh.setNow(() => new Date(ORG_UNTIL))
  h.gh.clearRequests()
  const settings = await settingsFor(h, {
    until: ORG_UNTIL,
    repositories: 'acme/web, acme/api, acme/silent',
    source: 'reports',
    prices: PRICES,
    cache: 'false',
  })
  const recorded = await recordingDeps(h, work, new Date(ORG_UNTIL))
  await runAction(settings, recorded.deps)
  const json = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8')) as ReportJson

  for (const repository of ['acme/web', 'acme/api']) {
    const row = json.repositories.find((r) => r.repository === repository)!
    const sums = sumsOf(seeded.filter((r) => r.repository === repository))
    expect([row.status, row.runs, row.requests, row.totalTokens]).toEqual([
      'collected',
      sums.runs,
      sums.requests,
      sums.tokens,
    ])
    expect(row.costUsd).toBeCloseTo(sums.costUsd, 5)
    const review = json.workflows.find((w) => w.name === `${repository}/Code Review Agent`)!
    expect(review.totalTokens).toBe(
      sumsOf(seeded.filter((r) => r.repository === repository && r.workflow === 'Code Review Agent')).tokens,
    )
  }
  const silent = json.repositories.find((r) => r.repository === 'acme/silent')!
  expect(silent.status).toBe('failed')
  expect(silent.reason).toMatch(/no daily report of its own/)
  // No run listed, no artifact downloaded: only issue listings (and the report's own issue operations).
  expect(h.gh.requests.filter((r) => /\/actions\/|\/_blob\//.test(r.path))).toEqual([])
  expect(h.gh.issues).toHaveLength(1)
})
