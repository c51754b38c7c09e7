// The daily mode's issue I/O against the fake GitHub server: the series is listed once per run (and once more only
// after creating, to catch a concurrent same-day report).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonl, records, startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'
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
