// Finish before the job's timeout: with blob hosts that stall and a short time budget, the daily report is still
// published with what was read, the stalled runs are named and carried to the next report, and the step ends. Every
// request is bounded: a hung API request and a download whose blob host goes silent are ended by their timeouts
// (injected short here) and tried again. The fake server's `stall` knob holds the requests open; nothing asserts on time.
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  jsonl,
  records,
  startCollectorHarness,
  type CollectorHarness,
  type TestRecord,
} from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from './action-harness.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
let readDailyDataBlock: typeof import('../../src/series/daily-data-block.js').readDailyDataBlock
let TimeBudget: typeof import('../../src/github/time-budget.js').TimeBudget

const hour = 3_600_000

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  ;({ readDailyDataBlock } = await import('../../src/series/daily-data-block.js'))
  ;({ TimeBudget } = await import('../../src/github/time-budget.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'time-budget-'))
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

afterEach(() => h.gh.clearFaults())

const tokensOf = (list: TestRecord[]): number =>
  list.reduce((sum, r) => sum + r.input_tokens + r.output_tokens + r.cache_read_tokens + r.cache_write_tokens, 0)

interface SeededRun {
  runId: number
  artifactId: number
  records: TestRecord[]
}

async function seedRuns(workflow: string, end: Date, count: number): Promise<SeededRun[]> {
  const seeded: SeededRun[] = []
  for (let i = 0; i < count; i++) {
    const run = h.gh.addRun({ workflow, createdAt: new Date(end.getTime() - (count - i) * hour) })
    const list = records('anthropic', 'claude-sonnet-4.6', 2 + i)
    const artifact = await h.gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(list) } })
    seeded.push({ runId: run.id, artifactId: artifact.id, records: list })
  }
  return seeded
}

async function runDay(
  label: string,
  until: Date,
  github: Parameters<typeof recordingDeps>[3] = {},
  inputs: Record<string, string> = {},
) {
  const recorded = await recordingDeps(h, work, until, github)
  const settings = await settingsFor(h, { labels: label, until: until.toISOString(), cache: 'false', ...inputs })
  const error = await runAction(settings, recorded.deps).then(
    () => null,
    (failure: Error) => failure,
  )
  return { ...recorded, error }
}

const reportsOf = (label: string) => h.gh.issues.filter((issue) => issue.labels.includes(label))

test('stalled blob hosts and a short time budget: the report is published with what was read, the stalled runs carried', async () => {
  const day1 = new Date('2026-03-10T06:00:00Z')
  const day2 = new Date('2026-03-11T06:00:00Z')
  const seeded = await seedRuns('Stall Planner', day1, 4)
  const [stalledA, stalledB] = [seeded[2], seeded[3]]
  // These blob hosts send half the zip and then nothing, for as long as anyone waits.
  const stalls = [stalledA, stalledB].map((run) =>
    h.gh.inject({ path: `/_blob/${run.artifactId}/*`, stall: 'mid-body', times: Infinity }),
  )
  const read = seeded.slice(0, 2)

  // The budget runs short while a download hangs on a stalled host (one download at a time, oldest run first): the
  // moment is chosen by the test instead of waited for, and the download's own bound (its default, 3 min) never trips.
  const collectionOver = new AbortController()
  const watch = setInterval(() => {
    if (stalls.some((rule) => rule.hits > 0)) collectionOver.abort()
  }, 10)
  const budget = new TimeBudget('10m', 600_000, { collection: collectionOver.signal })
  const short = await runDay('stall-series', day1, { timeBudget: budget }, { concurrency: '1' }).finally(() =>
    clearInterval(watch),
  )
  expect(stalls.reduce((hits, rule) => hits + rule.hits, 0)).toBe(1)
  expect(short.error).toBeNull()
  expect(short.outputs).toMatchObject({ 'runs-in-window': 4, 'runs-with-data': 2, 'runs-not-reached': 2 })
  expect(short.outputs['total-tokens']).toBe(tokensOf(read.flatMap((run) => run.records)))
  expect(short.lines).toContainEqual(expect.stringMatching(/^warning: 2 runs not reached: Time budget ran short/))
  // Published, naming the stalled runs, and carrying them in its data block.
  const [report] = reportsOf('stall-series')
  expect(short.outputs['issue-number']).toBe(report.number)
  for (const run of [stalledA, stalledB]) expect(report.body).toContain(String(run.runId))
  const block = readDailyDataBlock(report.body ?? '')
  expect(block.status === 'ok' && block.block.unfinished?.map((run) => run.id).sort()).toEqual(
    [stalledA, stalledB].map((run) => String(run.runId)).sort(),
  )

  // The next day the blob hosts answer: the carried runs are read, so the two reports count every run once.
  h.gh.clearFaults()
  const next = await runDay('stall-series', day2)
  expect(next.error).toBeNull()
  expect(next.outputs).toMatchObject({ 'runs-with-data': 2, 'runs-not-reached': 0 })
  expect(Number(short.outputs['total-tokens']) + Number(next.outputs['total-tokens'])).toBe(
    tokensOf(seeded.flatMap((run) => run.records)),
  )
})

test('a hung API request and a silent blob host are ended by their timeouts and tried again', async () => {
  const day = new Date('2026-03-20T06:00:00Z')
  const seeded = await seedRuns('Hang Planner', day, 2)
  const hungListing = h.gh.inject({ method: 'GET', path: '/repos/*/*/actions/runs', stall: true })
  const silentBlob = h.gh.inject({ path: `/_blob/${seeded[0].artifactId}/*`, stall: 'mid-body' })
  const run = await runDay('hang-series', day, { requestTimeoutMs: 500, downloadTimeoutMs: 500 })
  expect(run.error).toBeNull()
  expect([hungListing.hits, silentBlob.hits]).toEqual([1, 1])
  expect(run.outputs).toMatchObject({ 'runs-in-window': 2, 'runs-with-data': 2, 'runs-not-reached': 0 })
  expect(run.outputs['total-tokens']).toBe(tokensOf(seeded.flatMap((r) => r.records)))
})
