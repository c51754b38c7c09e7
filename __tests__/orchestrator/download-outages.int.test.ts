// No run is lost: runs whose download failed for a reason that may pass, or that the API budget did not reach,
// are carried in the report's data block and collected by the next report, so the reports together count every run
// exactly once; the step warns of every failed download and fails by the `fail-on-download-errors` policy.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
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

const hour = 3_600_000

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  ;({ readDailyDataBlock } = await import('../../src/series/daily-data-block.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'download-outages-'))
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

afterEach(() => h.gh.clearFaults())

/** Every token of some anthropic records (input is fresh input for anthropic, so nothing is normalised away). */
const tokensOf = (list: TestRecord[]): number =>
  list.reduce((sum, r) => sum + r.input_tokens + r.output_tokens + r.cache_read_tokens + r.cache_write_tokens, 0)

/** `count` runs of one workflow with usage, an hour apart before `end`; their records and artifact ids. */
async function seedRuns(workflow: string, end: Date, count: number): Promise<TestRecord[] & { artifacts: number[] }> {
  const all = Object.assign([] as TestRecord[], { artifacts: [] as number[] })
  for (let i = 0; i < count; i++) {
    const run = h.gh.addRun({ workflow, createdAt: new Date(end.getTime() - (5 - i) * hour) })
    const list = records('anthropic', 'claude-sonnet-4.6', 2 + i)
    const artifact = await h.gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(list) } })
    all.push(...list)
    all.artifacts.push(artifact.id)
  }
  return all
}

/** Every download of these artifacts answers 502. */
const failDownloads = (artifacts: number[]) =>
  artifacts.forEach((id) =>
    h.gh.inject({ path: `/repos/*/*/actions/artifacts/${id}/zip`, status: 502, times: Infinity }),
  )

async function runDay(label: string, until: Date, inputs: Record<string, string> = {}) {
  const recorded = await recordingDeps(h, work, until)
  const settings = await settingsFor(h, { labels: label, until: until.toISOString(), cache: 'false', ...inputs })
  const outcome = await runAction(settings, recorded.deps).then(
    () => null,
    (error: Error) => error,
  )
  return { ...recorded, error: outcome }
}

const reportsOf = (label: string) => h.gh.issues.filter((issue) => issue.labels.includes(label))

test('a day whose downloads all fail, then a good day: the two reports together count every run exactly once', async () => {
  const day1 = new Date('2026-06-10T06:00:00Z')
  const day2 = new Date('2026-06-11T06:00:00Z')
  const first = await seedRuns('Outage Planner', day1, 3)
  const second = await seedRuns('Outage Planner', day2, 2)

  h.gh.inject({ path: '/repos/*/*/actions/artifacts/*/zip', status: 502, times: Infinity })
  const outage = await runDay('outage-series', day1, { 'fail-on-download-errors': 'never' })
  h.gh.clearFaults()
  expect(outage.error).toBeNull()
  expect(outage.outputs).toMatchObject({ 'runs-in-window': 3, 'runs-with-data': 0, 'total-tokens': 0 })
  expect(outage.lines).toContainEqual(expect.stringMatching(/^warning: 3 runs could not be downloaded: .*502/))
  const carried = readDailyDataBlock(reportsOf('outage-series')[0].body ?? '')
  expect(carried.status).toBe('ok')
  if (carried.status !== 'ok') return
  expect(carried.block.unfinished).toHaveLength(3)

  const good = await runDay('outage-series', day2)
  expect(good.error).toBeNull()
  // Day 1's three runs are collected by day 2's report beside its own two, and no run is in both with data.
  expect(good.outputs).toMatchObject({ 'runs-in-window': 5, 'runs-with-data': 5 })
  expect(Number(outage.outputs['runs-with-data']) + Number(good.outputs['runs-with-data'])).toBe(5)
  expect(Number(outage.outputs['total-tokens']) + Number(good.outputs['total-tokens'])).toBe(
    tokensOf(first) + tokensOf(second),
  )
  const after = readDailyDataBlock(reportsOf('outage-series').at(-1)!.body ?? '')
  expect(after.status === 'ok' && after.block.unfinished).toBeFalsy()
})

test('a day whose API budget runs out, then a good day: the runs not reached are counted by the next report', async () => {
  const day1 = new Date('2026-07-10T06:00:00Z')
  const day2 = new Date('2026-07-11T06:00:00Z')
  const first = await seedRuns('Budget Planner', day1, 3)
  const second = await seedRuns('Budget Planner', day2, 1)

  // A reserve above what is left: no download starts.
  const short = await runDay('budget-series', day1, { 'api-reserve': '100000' })
  expect(short.error).toBeNull()
  expect(short.outputs).toMatchObject({ 'runs-in-window': 3, 'runs-with-data': 0, 'runs-not-reached': 3 })

  const good = await runDay('budget-series', day2)
  expect(good.error).toBeNull()
  expect(good.outputs).toMatchObject({ 'runs-in-window': 4, 'runs-with-data': 4, 'runs-not-reached': 0 })
  expect(Number(short.outputs['total-tokens']) + Number(good.outputs['total-tokens'])).toBe(
    tokensOf(first) + tokensOf(second),
  )
})

test('fail-on-download-errors: half fails the step after the report, the job summary and the outputs are written', async () => {
  const day = new Date('2026-08-10T06:00:00Z')
  const seeded = await seedRuns('Policy Planner', day, 3)
  failDownloads(seeded.artifacts.slice(0, 2))
  const half = await runDay('policy-series', day)
  expect(half.error?.message).toMatch(
    /^2 of 3 runs with artifacts could not be downloaded \(fail-on-download-errors: half\): .*502/,
  )
  expect(reportsOf('policy-series')).toHaveLength(1)
  expect(half.summaries).toHaveLength(1)
  expect(half.outputs).toMatchObject({ 'runs-in-window': 3, 'runs-with-data': 1 })
  expect(half.outputs['issue-number']).toBe(reportsOf('policy-series')[0].number)
})

test('fail-on-download-errors: one failure of three warns under half, fails under any, never fails under never', async () => {
  const day = new Date('2026-09-10T06:00:00Z')
  const seeded = await seedRuns('Policy Triage', day, 3)
  const outcomes: Record<string, Error | null> = {}
  for (const policy of ['half', 'any', 'never']) {
    failDownloads(seeded.artifacts.slice(0, 1))
    const run = await runDay(`policy-${policy}`, day, { 'fail-on-download-errors': policy })
    h.gh.clearFaults()
    expect(run.lines).toContainEqual(expect.stringMatching(/^warning: 1 run could not be downloaded: /))
    outcomes[policy] = run.error
  }
  expect(outcomes.half).toBeNull()
  expect(outcomes.any?.message).toMatch(
    /^1 of 3 runs with artifacts could not be downloaded \(fail-on-download-errors: any\)/,
  )
  expect(outcomes.never).toBeNull()
})

test('fail-on-download-errors: a value outside half, any, never is an error naming the input', async () => {
  await expect(settingsFor(h, { 'fail-on-download-errors': 'sometimes' })).rejects.toThrow(
    "Invalid input 'fail-on-download-errors': 'sometimes'. Expected one of: half, any, never.",
  )
})

test("a good report, then a re-run of the same day whose every download answers 502: the report's numbers stay", async () => {
  const day = new Date('2026-10-10T06:00:00Z')
  const seeded = await seedRuns('Merge Planner', day, 3)
  const good = await runDay('merge-series', day)
  expect(good.error).toBeNull()
  expect(good.outputs).toMatchObject({ 'runs-with-data': 3, 'total-tokens': tokensOf(seeded) })
  const before = readDailyDataBlock(reportsOf('merge-series')[0].body ?? '')

  h.gh.inject({ path: '/repos/*/*/actions/artifacts/*/zip', status: 502, times: Infinity })
  const rerun = await runDay('merge-series', new Date(day.getTime() + 2 * hour))
  // The step says what happened: every download failed, so it fails under the default policy.
  expect(rerun.lines).toContainEqual(expect.stringMatching(/^warning: 3 runs could not be downloaded: 502 /))
  expect(rerun.error?.message).toMatch(/^3 of 3 runs with artifacts could not be downloaded/)
  // ...and the report it updated still holds every number it held.
  expect(reportsOf('merge-series')).toHaveLength(1)
  expect(rerun.outputs).toMatchObject({
    'issue-number': good.outputs['issue-number'],
    'runs-with-data': 3,
    'total-tokens': good.outputs['total-tokens'],
    'total-cost-usd': good.outputs['total-cost-usd'],
  })
  const after = readDailyDataBlock(reportsOf('merge-series')[0].body ?? '')
  expect(before.status === 'ok' && after.status === 'ok').toBe(true)
  if (before.status !== 'ok' || after.status !== 'ok') return
  const numbers = (snapshot: typeof before.block) =>
    snapshot.workflows.map(({ name, runs, runsWithData, requests, inputTokens, outputTokens, costUsd }) => ({
      name,
      runs,
      runsWithData,
      requests,
      inputTokens,
      outputTokens,
      costUsd,
    }))
  expect(numbers(after.block)).toEqual(numbers(before.block))
  // The kept runs are read: nothing is carried to the next report, which would count them again.
  expect(after.block.unfinished).toBeUndefined()
  // The block keeps no durations: the kept runs' latency is unknown ("—"/null), never 0ms.
  const json = JSON.parse(await readFile(String(rerun.outputs['report-json']), 'utf8'))
  for (const w of json.workflows) {
    expect(w.avgLatencyMs).toBeNull()
    expect(w.latencyP50Ms ?? null).toBeNull()
    for (const m of w.models) expect(m.avgLatencyMs).toBeNull()
  }
  expect(reportsOf('merge-series')[0].body).not.toMatch(/\b0ms\b/)
  expect(rerun.summaries.join('\n')).not.toMatch(/\b0ms\b/)
})

test('a blob that fails its digest one day (same length, bytes changed in transfer) is carried and read the next day', async () => {
  const day1 = new Date('2026-11-10T06:00:00Z')
  const day2 = new Date('2026-11-11T06:00:00Z')
  const first = await seedRuns('Digest Planner', day1, 2)
  const second = await seedRuns('Digest Planner', day2, 1)
  // One byte of the first run's zip changes on its way: its length still matches, its digest does not.
  const damaged = h.gh.artifacts.find((a) => a.id === first.artifacts[0])!
  if (!('bytes' in damaged.blob)) throw new Error('expected an in-memory blob')
  const original = Buffer.from(damaged.blob.bytes)
  damaged.blob.bytes[damaged.blob.bytes.length - 1] ^= 0xff

  const bad = await runDay('digest-series', day1, { 'fail-on-download-errors': 'never' })
  damaged.blob.bytes = original
  expect(bad.error).toBeNull()
  expect(bad.outputs).toMatchObject({ 'runs-in-window': 2, 'runs-with-data': 1 })
  expect(bad.lines).toContainEqual(expect.stringMatching(/^warning: 1 run could not be downloaded: .*digest/))
  const carried = readDailyDataBlock(reportsOf('digest-series')[0].body ?? '')
  expect(carried.status === 'ok' && carried.block.unfinished?.map((run) => run.id)).toEqual([
    String(h.gh.artifacts.find((a) => a.id === first.artifacts[0])!.runId),
  ])

  const good = await runDay('digest-series', day2)
  expect(good.error).toBeNull()
  expect(good.outputs).toMatchObject({ 'runs-in-window': 2, 'runs-with-data': 2 })
  expect(Number(bad.outputs['total-tokens']) + Number(good.outputs['total-tokens'])).toBe(
    tokensOf(first) + tokensOf(second),
  )
})

test("an artifact that is not a zip is named by the archive's name: the runner's temporary path is not in the issue", async () => {
  const day = new Date('2026-05-10T06:00:00Z')
  const run = h.gh.addRun({ workflow: 'Broken Planner', createdAt: new Date(day.getTime() - hour) })
  await h.gh.addArtifact(run.id, 'usage', { zip: Buffer.from('this is not a zip archive at all') })
  const result = await runDay('broken-series', day, { 'fail-on-download-errors': 'never' })
  expect(result.error).toBeNull()
  const [report] = reportsOf('broken-series')
  expect(report.body).toContain(String(run.id))
  expect(report.body).toContain("'usage.zip' is not a zip archive")
  // `work` is the tempDir the action was given (RUNNER_TEMP on a runner): the downloads lie under it.
  expect(report.body).not.toContain(work)
  expect(report.body).not.toContain(os.tmpdir())
  expect(result.lines.join('\n')).not.toContain(work)
})

test("a same-day re-run whose runs listing answers empty (GitHub lagging) keeps the report's runs and warns", async () => {
  const day = new Date('2026-10-20T06:00:00Z')
  const seeded = await seedRuns('Lagging Planner', day, 3)
  const good = await runDay('lagging-series', day)
  expect(good.error).toBeNull()
  expect(good.outputs).toMatchObject({ 'runs-with-data': 3, 'total-tokens': tokensOf(seeded) })

  // The listing lags: every page answers 200 with no run at all.
  const empty = JSON.stringify({ total_count: 0, workflow_runs: [] })
  h.gh.inject({ path: '/repos/*/*/actions/runs', body: empty, times: Infinity })
  h.gh.inject({ path: '/repos/*/*/actions/workflows/*/runs', body: empty, times: Infinity })
  const rerun = await runDay('lagging-series', new Date(day.getTime() + 2 * hour))
  expect(rerun.error).toBeNull()
  expect(reportsOf('lagging-series')).toHaveLength(1)
  expect(rerun.outputs).toMatchObject({
    'issue-number': good.outputs['issue-number'],
    'runs-with-data': 3,
    'total-tokens': tokensOf(seeded),
    'total-cost-usd': good.outputs['total-cost-usd'],
  })
  expect(rerun.lines).toContainEqual(expect.stringMatching(/^warning: .*3 runs .*not in this run's listing/))
  const after = readDailyDataBlock(reportsOf('lagging-series')[0].body ?? '')
  expect(after.status === 'ok' && after.block.runs.map((r) => r.state)).toEqual(['analysed', 'analysed', 'analysed'])
})
