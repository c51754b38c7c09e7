// The organisation's daily report against the fake GitHub server with several repositories, without dist/: every
// repository of `acme/*` (an App installation's listing; the archived one and the central one left out) in one
// issue of the central repository, exact numbers per repository and per (repository, workflow); a repository
// answering 500 named with its reason while the others stay exact, and counted by the next day's report.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from '../orchestrator/action-harness.js'
import type { FakeRepository } from '../support/fake-github/index.js'
import { PRICES, seedRun, sumsOf, type ReportJson, type SeededRun } from './org-fixtures.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
const seeded: SeededRun[] = []
let web: FakeRepository
let api: FakeRepository
let broken: FakeRepository

const DAY1 = '2026-06-02T06:00:00Z'
const DAY2 = '2026-06-03T06:00:00Z'

beforeAll(async () => {
  h = await startCollectorHarness({ owner: 'acme', repo: 'agent-ops' })
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'org-report-'))
  h.gh.setToken(TOKEN, { installation: true })
  web = h.gh.addRepository('acme/web')
  api = h.gh.addRepository('acme/api')
  broken = h.gh.addRepository('acme/broken')
  const old = h.gh.addRepository('acme/old', { archived: true })
  seeded.push(
    await seedRun(web, 'Code Review Agent', '2026-06-01T10:00:00Z', 3, 1),
    await seedRun(web, 'Code Review Agent', '2026-06-01T12:00:00Z', 2, 2),
    await seedRun(web, 'Nightly Docs', '2026-06-01T20:00:00Z', 1, 3),
    await seedRun(api, 'Code Review Agent', '2026-06-01T11:00:00Z', 4, 1),
    await seedRun(broken, 'Code Review Agent', '2026-06-01T09:00:00Z', 2, 5),
    // The next day's runs.
    await seedRun(api, 'Code Review Agent', '2026-06-02T11:00:00Z', 1, 2),
  )
  // Archived, and not named: never read.
  await seedRun(old, 'Code Review Agent', '2026-06-01T09:30:00Z', 1, 9)
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function runDay(until: string) {
  const settings = await settingsFor(h, {
    until,
    repositories: 'acme/*\n!acme/agent-ops',
    prices: PRICES,
    cache: 'false',
    lookback: '24h',
  })
  const recorded = await recordingDeps(h, work, new Date(until))
  await runAction(settings, recorded.deps)
  const json = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8')) as ReportJson
  return { ...recorded, json }
}

const inWindow = (since: string, until: string) => (r: SeededRun) => r.createdAt > since && r.createdAt <= until

function expectRow(
  row: { runs: number | null; requests: number | null; totalTokens: number | null; costUsd: number | null } | undefined,
  runs: SeededRun[],
) {
  const sums = sumsOf(runs)
  expect(row).toBeDefined()
  expect(row!.runs).toBe(sums.runs)
  expect(row!.requests).toBe(sums.requests)
  expect(row!.totalTokens).toBe(sums.tokens)
  expect(row!.costUsd).toBeCloseTo(sums.costUsd, 9)
}

test('one issue with exact numbers per repository and per (repository, workflow); a failing one named, then counted the next day', async () => {
  const fault = h.gh.inject({ path: '/repos/acme/broken/actions/**', status: 500, times: 1000 })
  const day1 = await runDay(DAY1)
  const window1 = seeded.filter(inWindow('2026-06-01T06:00:00.000Z', new Date(DAY1).toISOString()))
  const okRuns = window1.filter((r) => r.repository !== 'acme/broken')

  // The repository table: the two readable repositories exact, the failing one named with its reason.
  const rows = new Map(day1.json.repositories.map((r) => [r.repository, r]))
  expect([...rows.keys()].sort()).toEqual(['acme/api', 'acme/broken', 'acme/web'])
  expectRow(
    rows.get('acme/web'),
    okRuns.filter((r) => r.repository === 'acme/web'),
  )
  expectRow(
    rows.get('acme/api'),
    okRuns.filter((r) => r.repository === 'acme/api'),
  )
  expect(rows.get('acme/broken')).toMatchObject({ status: 'failed', runs: null, costUsd: null })
  expect(rows.get('acme/broken')!.reason).toMatch(/acme\/broken.*500/)
  expectRow({ ...day1.json.totals }, okRuns)

  // Two repositories' "Code Review Agent" stay two rows.
  for (const repository of ['acme/web', 'acme/api']) {
    const row = day1.json.workflows.find((w) => w.repository === repository && w.name.endsWith('/Code Review Agent'))
    expectRow(
      row,
      okRuns.filter((r) => r.repository === repository && r.workflow === 'Code Review Agent'),
    )
  }
  expect(day1.json.workflows.filter((w) => w.name.endsWith('Code Review Agent'))).toHaveLength(2)

  // One issue, in the central repository, naming the failure; nothing written elsewhere.
  const issues = h.gh.issues
  expect(issues).toHaveLength(1)
  expect(issues[0]!.body).toContain('## Repositories')
  expect(issues[0]!.body).toMatch(/\*\*acme\/broken\*\* failed: .*500/)
  for (const repository of [web, api, broken]) expect(repository.state.issues).toHaveLength(0)
  expect(h.gh.requests.some((r) => r.path.includes('acme/old'))).toBe(false)

  // Day 2: the failing repository answers again; its day-1 run is counted now, with day 2's own runs.
  fault.times = 0
  const day2 = await runDay(DAY2)
  const window2 = seeded.filter(inWindow(new Date(DAY1).toISOString(), new Date(DAY2).toISOString()))
  const brokenDay1 = window1.filter((r) => r.repository === 'acme/broken')
  const rows2 = new Map(day2.json.repositories.map((r) => [r.repository, r]))
  expectRow(rows2.get('acme/broken'), brokenDay1)
  expectRow(
    rows2.get('acme/api'),
    window2.filter((r) => r.repository === 'acme/api'),
  )
  expectRow(day2.json.totals, [...window2, ...brokenDay1])
  // Every seeded run of a selected repository was counted exactly once over the two days.
  expect(day1.json.totals.runs + day2.json.totals.runs).toBe(seeded.length)
  expect(h.gh.issues.filter((i) => i.state === 'open')).toHaveLength(1)
})
