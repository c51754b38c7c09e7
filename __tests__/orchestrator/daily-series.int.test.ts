// The daily mode's issue I/O against the fake GitHub server: the series is listed once per run (and once more only
// after creating, to catch a concurrent same-day report).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonl, records, startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'
import { readDailyDataBlock, encodeDailyDataBlock } from '../../src/series/daily-data-block.js'
import { personNamed } from '../support/fake-github/index.js'
import { recordingDeps, settingsFor } from './action-harness.js'

const MARKER = '<!-- token-usage-analyzer:report -->'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'daily-series-'))
  const run = h.gh.addRun({ workflow: 'Daily Planner', createdAt: '2026-03-02T01:00:00Z' })
  await h.gh.addArtifact(run.id, 'usage', {
    files: { 'agent/token_usage.jsonl': jsonl(records('anthropic', 'claude-sonnet-4.6', 3)) },
  })
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

/** One run of the daily mode for the series of `label`, ending at `until`. */
async function daily(label: string, until: string) {
  const recorded = await recordingDeps(h, work, new Date(until))
  await runAction(
    await settingsFor(h, { labels: label, 'title-prefix': 'Report', cache: 'false', until }),
    recorded.deps,
  )
  return recorded
}

/** Listings of the label's issues the server answered since the last clearRequests(). */
const listings = (label: string) =>
  h.gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues') && r.query.labels === label)

test('a daily run lists the earlier reports at most twice: once, and once more after creating', async () => {
  const label = 'listings'
  h.gh.addIssue({
    title: 'Report 2026-03-01',
    body: MARKER,
    labels: [label],
    createdAt: '2026-03-01T06:00:00Z',
  })
  h.gh.clearRequests()
  const first = await daily(label, '2026-03-02T06:00:00Z')
  expect(first.outputs['issue-number']).toBe(h.gh.issues.at(-1)!.number)
  expect(listings(label).map((r) => r.query.state)).toEqual(['all', 'open'])

  // A re-run of the day updates its report: the one listing found it.
  h.gh.clearRequests()
  const rerun = await daily(label, '2026-03-02T07:00:00Z')
  expect(rerun.outputs['issue-number']).toBe(first.outputs['issue-number'])
  expect(listings(label).map((r) => r.query.state)).toEqual(['all'])
})

test('a refused create fails the step, and report.json and the job summary still carry the trend section', async () => {
  const label = 'refused'
  h.gh.inject({ method: 'POST', path: '/repos/*/*/issues', status: 403, message: 'Resource not accessible' })
  const recorded = await recordingDeps(h, work, new Date('2026-03-02T06:00:00Z'))
  const settings = await settingsFor(h, { labels: label, 'title-prefix': 'Report', cache: 'false' })
  await expect(runAction(settings, recorded.deps)).rejects.toThrow(/Resource not accessible/)
  h.gh.clearFaults()
  const written = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8'))
  expect(written.trends).toBeDefined()
  expect(written.trends.previous).toBeNull() // the first report of its series: nothing to compare with, said so
  expect(recorded.summaries).toHaveLength(1)
  expect(recorded.summaries[0]).toContain('Historical Trend')
})

/** A copy of one of our report bodies with its data block edited: costs ×1000 and a window that ends `until`. */
function forgedBody(body: string, until: string): string {
  const reading = readDailyDataBlock(body)
  if (reading.status !== 'ok') throw new Error('our report has no data block')
  const times = (usd: number) => usd * 1000
  const model = <M extends { costUsd: number; cost: Record<string, number> }>(m: M): M => ({
    ...m,
    costUsd: times(m.costUsd),
    cost: Object.fromEntries(Object.entries(m.cost).map(([k, v]) => [k, times(v)])),
  })
  const block = reading.block
  const forged = {
    ...block,
    window: { since: block.window.until, until },
    workflows: block.workflows.map((w) => ({ ...w, costUsd: times(w.costUsd), models: w.models.map(model) })),
    runs: block.runs.map((r) => ({ ...r, usd: times(r.usd), ...(r.models ? { models: r.models.map(model) } : {}) })),
  }
  return body.replace(/<!-- token-usage-analyzer:data v2 [A-Za-z0-9+/=]* -->/, encodeDailyDataBlock(forged))
}

const costOf = (body: string): number => {
  const reading = readDailyDataBlock(body)
  if (reading.status !== 'ok') throw new Error('no data block')
  return reading.block.workflows.reduce((sum, w) => sum + w.costUsd, 0)
}

test('an issue someone else wrote with our label, title, marker and an edited data block is never a report', async () => {
  const label = 'forged'
  const inputs = { labels: label, 'title-prefix': 'Report', cache: 'false' }
  const day1 = await daily(label, '2026-03-02T06:00:00Z')
  const ours1 = h.gh.issues.find((i) => i.number === day1.outputs['issue-number'])!
  const day1Cost = costOf(ours1.body!)
  expect(day1Cost).toBeGreaterThan(0)

  // Between the two reports: a run the forged window would skip.
  const run = h.gh.addRun({ workflow: 'Daily Planner', createdAt: '2026-03-03T03:00:00Z' })
  await h.gh.addArtifact(run.id, 'usage', {
    files: { 'agent/token_usage.jsonl': jsonl(records('anthropic', 'claude-sonnet-4.6', 2)) },
  })
  const mallory = personNamed('mallory')
  const forged = h.gh.addIssue({
    title: 'Report 2026-03-03',
    body: forgedBody(ours1.body!, '2026-03-03T05:00:00.000Z'),
    labels: [label],
    user: mallory,
    createdAt: '2026-03-03T05:30:00Z',
  })
  const forgedBefore = { ...forged, labels: [...forged.labels], comments: [...forged.comments] }

  // A month budget our two days stay well within, and the forged ×1000 costs would exceed.
  const budgets = `total=$${(day1Cost * 20).toFixed(6)}/month`
  const until = '2026-03-03T06:00:00Z'
  const day2 = await recordingDeps(h, work, new Date(until))
  await runAction(await settingsFor(h, { ...inputs, until, budgets, 'fail-on-budget': 'exceeded' }), day2.deps)

  // Not adopted as today's report, not read as the earlier one: the window continues our report, the run is in it.
  const ours2 = h.gh.issues.find((i) => i.number === day2.outputs['issue-number'])!
  expect(ours2.number).not.toBe(forged.number)
  expect(ours2.user.login).toBe('github-actions[bot]')
  const window2 = readDailyDataBlock(ours2.body!)
  expect(window2.status === 'ok' && window2.block.window.since).toBe('2026-03-02T06:00:00.000Z')
  expect(day2.outputs['runs-with-data']).toBe(1)
  expect(day2.outputs['budget-status']).toBe('ok')
  // Never written to: not closed, not commented, body and title as they were.
  expect(forged).toEqual(forgedBefore)
  // Named once in the log, so a maintainer can see it.
  expect(day2.lines.filter((l) => l.includes(`#${forged.number}`))).toEqual([
    expect.stringMatching(/written by mallory.*not a report/),
  ])

  // A rollup of the week counts our two reports only.
  const rollup = await recordingDeps(h, work, new Date('2026-03-04T06:00:00Z'))
  await runAction(await settingsFor(h, { ...inputs, mode: 'rollup', period: 'week', until, budgets }), rollup.deps)
  const expected = day1Cost + costOf(ours2.body!)
  expect(Number(rollup.outputs['total-cost-usd'])).toBeCloseTo(expected, 2)
  expect(rollup.outputs['budget-status']).toBe('ok')
  expect(forged).toEqual(forgedBefore)

  // The next day closes our reports, never the forged one.
  await daily(label, '2026-03-04T06:00:00Z')
  expect(h.gh.issues.find((i) => i.number === ours2.number)?.state).toBe('closed')
  expect(forged).toEqual(forgedBefore)
})
