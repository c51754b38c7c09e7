// Two runs of the whole action for one day at the same moment (a schedule and a manual dispatch), the create taking
// a second: one open report for the day every time, and the day before closed.
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonl, records, startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from './action-harness.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'concurrent-runs-'))
  const run = h.gh.addRun({ workflow: 'Daily Planner', createdAt: '2026-03-02T01:00:00Z' })
  await h.gh.addArtifact(run.id, 'usage', {
    files: { 'agent/token_usage.jsonl': jsonl(records('anthropic', 'claude-sonnet-4.6', 3)) },
  })
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

test('two runs of the action for one day at the same moment leave one open report, over 3 trials', async () => {
  h.gh.inject({ method: 'POST', path: '/repos/*/*/issues', delayMs: 1000, times: Infinity })
  let duplicates = 0
  for (let trial = 1; trial <= 3; trial++) {
    const label = `concurrent-${trial}`
    h.gh.addIssue({ title: `Report 2026-03-01`, body: '<!-- token-usage-analyzer:report -->', labels: [label] })
    const inputs = { labels: label, 'title-prefix': 'Report', cache: 'false' }
    const runs = await Promise.all(
      ['2026-03-02T06:00:00Z', '2026-03-02T06:00:03Z'].map(async (until) => {
        const recorded = await recordingDeps(h, work, new Date(until))
        await runAction(await settingsFor(h, { ...inputs, until }), recorded.deps)
        return recorded
      }),
    )
    const series = h.gh.issues.filter((issue) => issue.labels.includes(label))
    const open = series.filter((issue) => issue.state === 'open')
    expect({ trial, open: open.map((issue) => issue.title) }).toEqual({ trial, open: ['Report 2026-03-02'] })
    expect(runs.map((run) => run.outputs['issue-number'])).toEqual([open[0].number, open[0].number])
    expect(runs.map((run) => run.outputs['runs-with-data'])).toEqual([1, 1])
    duplicates += series.filter((issue) => issue.title.endsWith('2026-03-02') && issue.state === 'closed').length
  }
  // The runs did race: each created a report before seeing the other's, and one closed its own as the duplicate.
  expect(duplicates).toBeGreaterThan(0)
}, 60_000)
