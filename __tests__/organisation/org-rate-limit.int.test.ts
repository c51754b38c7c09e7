// An organisation whose day does not fit the token's budget, against the fake GitHub server's per-token bucket:
// the report stops collecting before the limit (no request is ever refused for it), keeps `api-reserve` to publish,
// names what it did not reach and carries it; the next day, with the budget refilled, counts everything, the runs
// of a repository that failed the first day too. Every seeded run's usage is counted once over the two days.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from '../orchestrator/action-harness.js'
import { PRICES, seedRun, sumsOf, type ReportJson, type SeededRun } from './org-fixtures.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
const seeded: SeededRun[] = []

const DAY1 = '2026-07-02T06:00:00Z'
const DAY2 = '2026-07-03T06:00:00Z'
const RESERVE = 12
const REPOSITORIES = ['acme/r1', 'acme/r2', 'acme/r3', 'acme/r4', 'acme/r5', 'acme/r6']

beforeAll(async () => {
  h = await startCollectorHarness({ owner: 'acme', repo: 'agent-ops' })
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'org-rate-'))
  for (const [i, name] of REPOSITORIES.entries()) {
    const repository = h.gh.addRepository(name)
    for (let run = 0; run < 3; run++) {
      seeded.push(
        await seedRun(repository, 'Agent', `2026-07-01T${String(8 + i).padStart(2, '0')}:0${run}:00Z`, 2, i + 1),
      )
    }
  }
  // Enough for a few repositories and the report, not for all six.
  h.gh.setToken(TOKEN, { installation: true, rateLimit: { limit: 5000, remaining: 45 } })
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function runDay(until: string) {
  const settings = await settingsFor(h, {
    until,
    repositories: REPOSITORIES.join(','),
    prices: PRICES,
    cache: 'false',
    'artifact-names': 'usage',
    'api-reserve': String(RESERVE),
  })
  const recorded = await recordingDeps(h, work, new Date(until))
  await runAction(settings, recorded.deps)
  const json = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8')) as ReportJson
  return { ...recorded, json }
}

test('a token too short for the day stops before the limit, publishes, and the next day counts everything', async () => {
  const fault = h.gh.inject({ path: '/repos/acme/r1/actions/**', status: 502, times: 1000 })
  const day1 = await runDay(DAY1)
  // Never run into the limit: no answer was a 403, and the report was published with what was read.
  expect(h.gh.requests.filter((r) => r.status === 403)).toEqual([])
  expect(h.gh.issues).toHaveLength(1)
  const unread = day1.json.repositories.filter((r) => r.status !== 'collected')
  const notReached = Number(day1.outputs['runs-not-reached'])
  expect(unread.some((r) => r.status === 'not-reached') || notReached > 0).toBe(true)
  expect(day1.json.repositories.find((r) => r.repository === 'acme/r1')?.status).toBe('failed')
  for (const r of unread) expect(h.gh.issues[0]!.body).toContain(`**${r.repository}**`)
  // What it read, it read exactly.
  const read = day1.json.repositories.filter((r) => r.status === 'collected' && r.runsWithData === r.runs)
  for (const row of read) {
    const sums = sumsOf(seeded.filter((s) => s.repository === row.repository))
    expect(row.totalTokens).toBe(sums.tokens)
  }

  // Day 2: the budget refilled, the failing repository answering again.
  fault.times = 0
  h.gh.setToken(TOKEN, { installation: true, rateLimit: { limit: 5000 } })
  const day2 = await runDay(DAY2)
  const all = sumsOf(seeded)
  expect(day1.json.totals.runsWithData + day2.json.totals.runsWithData).toBe(all.runs)
  expect(day1.json.totals.requests + day2.json.totals.requests).toBe(all.requests)
  expect(day1.json.totals.totalTokens + day2.json.totals.totalTokens).toBe(all.tokens)
  expect(day1.json.totals.costUsd + day2.json.totals.costUsd).toBeCloseTo(all.costUsd, 9)
  expect(day2.json.repositories.every((r) => r.status === 'collected')).toBe(true)
  expect(Number(day2.outputs['runs-not-reached'])).toBe(0)
})
