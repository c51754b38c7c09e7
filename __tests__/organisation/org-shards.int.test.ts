// The organisation report sharded on the matrix against the fake GitHub server, without dist/: plan → one shard
// job per matrix entry (each writing its partial summary) → merge gives the numbers of the seeded runs, per
// repository and per (repository, workflow), in one issue. A day whose shard is missing (and whose partials
// directory holds a foreign partial of another day) names the repositories it could not count and carries them;
// the next day counts their runs.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from '../orchestrator/action-harness.js'
import { PRICES, seedRun, sumsOf, type ReportJson, type SeededRun } from './org-fixtures.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
const seeded: SeededRun[] = []

const REPOSITORIES = ['acme/a', 'acme/b', 'acme/c', 'acme/d']
const DAYS = ['2026-08-02T06:00:00Z', '2026-08-03T06:00:00Z', '2026-08-04T06:00:00Z']

beforeAll(async () => {
  h = await startCollectorHarness({ owner: 'acme', repo: 'agent-ops' })
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'org-shards-'))
  h.gh.setToken(TOKEN, { installation: true })
  for (const [i, name] of REPOSITORIES.entries()) {
    const repository = h.gh.addRepository(name)
    for (const day of ['2026-08-01', '2026-08-02', '2026-08-03']) {
      // Every repository has a "Code Review Agent"; the first two have more runs (and weigh more in the plan).
      seeded.push(await seedRun(repository, 'Code Review Agent', `${day}T1${i}:00:00Z`, 1 + i, 1))
      if (i < 2) seeded.push(await seedRun(repository, 'Nightly', `${day}T2${i}:00:00Z`, 2, 2))
    }
  }
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function step(mode: string, until: string | undefined, inputs: Record<string, string>, now: string) {
  const settings = await settingsFor(h, {
    mode,
    ...(until ? { until } : {}),
    repositories: 'acme/*,!acme/agent-ops',
    prices: PRICES,
    cache: 'false',
    ...inputs,
  })
  const recorded = await recordingDeps(h, work, new Date(now))
  await runAction(settings, recorded.deps)
  return recorded.outputs
}

/** plan → the shard jobs (all, or those `keep` says) → their partials copied into one directory → merge. */
async function shardedDay(day: string, keep: (shard: number) => boolean, extra: string[] = []) {
  const planned = await step('plan', undefined, { shards: '2' }, day)
  const matrix = JSON.parse(String(planned.matrix)) as {
    include: { shard: number; repositories: string; until: string }[]
  }
  const dir = path.join(work, `partials-${day.slice(0, 10)}`)
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const entry of matrix.include) {
    if (!keep(entry.shard)) continue
    const out = await step('shard', entry.until, { repositories: entry.repositories }, day)
    const target = path.join(dir, `shard-${entry.shard}.json`)
    await copyFile(String(out['partial-path']), target)
    written.push(target)
  }
  for (const [i, file] of extra.entries()) await copyFile(file, path.join(dir, `foreign-${i}.json`))
  const merged = await step('merge', undefined, { partials: dir }, day)
  const json = JSON.parse(await readFile(String(merged['report-json']), 'utf8')) as ReportJson
  return { matrix, json, written, merged }
}

const between = (since: string, until: string) =>
  seeded.filter((r) => r.createdAt > new Date(since).toISOString() && r.createdAt <= new Date(until).toISOString())

test('plan → shards → merge: the numbers of one job, one issue; a missing shard carried to the next day', async () => {
  // Day 1: every shard; the merge's numbers are the seeded runs of the window, per repository and workflow.
  const day1 = await shardedDay(DAYS[0]!, () => true)
  expect(day1.matrix.include).toHaveLength(2)
  const covered = day1.matrix.include.flatMap((e) => e.repositories.split(',')).sort()
  expect(covered).toEqual(REPOSITORIES)
  const window1 = between('2026-08-01T06:00:00Z', DAYS[0]!)
  for (const repository of REPOSITORIES) {
    const row = day1.json.repositories.find((r) => r.repository === repository)!
    const sums = sumsOf(window1.filter((r) => r.repository === repository))
    expect([row.status, row.runs, row.requests, row.totalTokens]).toEqual([
      'collected',
      sums.runs,
      sums.requests,
      sums.tokens,
    ])
    expect(row.costUsd).toBeCloseTo(sums.costUsd, 9)
    const review = day1.json.workflows.find((w) => w.name === `${repository}/Code Review Agent`)!
    const reviewSums = sumsOf(window1.filter((r) => r.repository === repository && r.workflow === 'Code Review Agent'))
    expect([review.repository, review.runs, review.totalTokens]).toEqual([
      repository,
      reviewSums.runs,
      reviewSums.tokens,
    ])
  }
  expect(day1.json.totals.totalTokens).toBe(sumsOf(window1).tokens)
  expect(h.gh.issues).toHaveLength(1)

  // Day 2: shard 2 never ran, and the directory holds day 1's partial (another window): both named, not counted.
  const day2 = await shardedDay(DAYS[1]!, (shard) => shard === 1, [day1.written[1]!])
  const missing = day2.matrix.include.find((e) => e.shard === 2)!.repositories.split(',')
  for (const repository of missing) {
    const row = day2.json.repositories.find((r) => r.repository === repository)!
    expect(row.status).toBe('failed')
    expect(row.reason).toMatch(/no partial summary.*foreign-0\.json: another window/)
  }
  expect(h.gh.issues.filter((i) => i.state === 'open')).toHaveLength(1)
  expect(h.gh.issues).toHaveLength(2)

  // Day 3: every shard again; the missing repositories' day-2 runs are counted now. Over days 2 and 3, every run
  // of the two days is counted once.
  const day3 = await shardedDay(DAYS[2]!, () => true)
  const window23 = between(DAYS[0]!, DAYS[2]!)
  expect(day2.json.totals.totalTokens + day3.json.totals.totalTokens).toBe(sumsOf(window23).tokens)
  expect(day2.json.totals.runs + day3.json.totals.runs).toBe(window23.length)
  expect(day3.json.repositories.every((r) => r.status === 'collected')).toBe(true)
})
