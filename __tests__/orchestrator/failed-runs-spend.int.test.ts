// Spend on failed runs, end to end against the fake GitHub server: GitHub's conclusion of each run reaches the run
// tables, and what the failed runs cost is summed per workflow and in total (markdown and JSON).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonl, records, startCollectorHarness, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from './action-harness.js'

const NOW = new Date('2026-11-26T06:00:00Z')
const hour = 3_600_000

let h: CollectorHarness
let work: string
let report: {
  totals: { costUsd: number; failedRuns: { runs: number; costUsd: number } | null }
  workflows: {
    name: string
    costUsd: number
    failedRuns: { runs: number; costUsd: number } | null
    runDetails: { runId: string; conclusion?: string; costUsd: number }[]
  }[]
}
let markdown: string
const ids: Record<string, string> = {}

beforeAll(async () => {
  h = await startCollectorHarness()
  work = await mkdtemp(path.join(os.tmpdir(), 'failed-runs-'))
  const runs = [
    { key: 'ok1', workflow: 'Builder', conclusion: 'success', count: 3 },
    { key: 'bad', workflow: 'Builder', conclusion: 'failure', count: 5 },
    { key: 'ok2', workflow: 'Builder', conclusion: 'success', count: 2 },
    { key: 'slow', workflow: 'Docs', conclusion: 'timed_out', count: 4 },
  ] as const
  for (const [i, spec] of runs.entries()) {
    const run = h.gh.addRun({
      workflow: spec.workflow,
      conclusion: spec.conclusion,
      createdAt: new Date(NOW.getTime() - (8 - i) * hour),
    })
    ids[spec.key] = String(run.id)
    const at = new Date(NOW.getTime() - (8 - i) * hour).toISOString()
    await h.gh.addArtifact(run.id, 'usage', {
      files: { 'token-usage.jsonl': jsonl(records('anthropic', 'claude-sonnet-4.6', spec.count, at)) },
    })
  }
  const recorded = await recordingDeps(h, work, NOW)
  const { runAction } = await import('../../src/orchestrator/run-action.js')
  await runAction(
    await settingsFor(h, {
      until: NOW.toISOString(),
      cache: 'false',
      'prices-update': 'off',
      conclusions: 'success,failure,timed_out',
    }),
    recorded.deps,
  )
  report = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8'))
  markdown = recorded.summaries[0] ?? ''
}, 60_000)

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

const workflow = (name: string) => report.workflows.find((w) => w.name === name)!
const runOf = (name: string, key: string) => workflow(name).runDetails.find((r) => r.runId === ids[key])!

test('each run keeps its conclusion', () => {
  expect(runOf('Builder', 'ok1').conclusion).toBe('success')
  expect(runOf('Builder', 'bad').conclusion).toBe('failure')
  expect(runOf('Docs', 'slow').conclusion).toBe('timed_out')
})

test('JSON: the failed runs and their cost per workflow and in total', () => {
  const bad = runOf('Builder', 'bad').costUsd
  const slow = runOf('Docs', 'slow').costUsd
  expect(bad).toBeGreaterThan(0)
  expect(workflow('Builder').failedRuns).toEqual({ runs: 1, costUsd: expect.closeTo(bad, 6) })
  expect(workflow('Docs').failedRuns).toEqual({ runs: 1, costUsd: expect.closeTo(slow, 6) })
  expect(report.totals.failedRuns).toEqual({ runs: 2, costUsd: expect.closeTo(bad + slow, 6) })
})

test('markdown: the total in the overview, each workflow in its details, the conclusion in the run table', () => {
  const usd = (n: number) => `$${n.toFixed(2)}`
  const bad = runOf('Builder', 'bad').costUsd
  const slow = runOf('Docs', 'slow').costUsd
  const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`
  expect(markdown).toContain(
    `**Spent on failed runs**: 2 runs, ${usd(bad + slow)} (${share(bad + slow, report.totals.costUsd)} of the cost)`,
  )
  expect(markdown).toContain(
    `- **Spent on failed runs**: 1 run, ${usd(bad)} (${share(bad, workflow('Builder').costUsd)} of the cost)`,
  )
  expect(markdown).toMatch(/\| Run \| Conclusion \| Branch \|/)
  expect(markdown).toMatch(new RegExp(`\\[${ids.bad}\\]\\([^)]*\\) \\| ❌ failure \\|`))
  expect(markdown).toMatch(new RegExp(`\\[${ids.ok1}\\]\\([^)]*\\) \\| success \\|`))
})
