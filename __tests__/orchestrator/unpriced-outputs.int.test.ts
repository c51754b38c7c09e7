// Unknown is never $0: when no model of the report had a price, the `total-cost-usd` output is empty (not 0.00),
// and the action's log line and the `github` command's summary say "unpriced" (not $0.00), as the issue and the JSON
// report do. A partly priced report keeps its priced part and says what it leaves out.
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { Command } from 'commander'
import { jsonl, records, startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from './action-harness.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction

const MYSTERY = 'mystery-model-9000'
const hour = 3_600_000

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'unpriced-outputs-'))
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function seed(workflow: string, end: Date, models: string[]): Promise<void> {
  for (const [i, model] of models.entries()) {
    const run = h.gh.addRun({ workflow, createdAt: new Date(end.getTime() - (i + 1) * hour) })
    await h.gh.addArtifact(run.id, 'usage', {
      files: { 'agent/token_usage.jsonl': jsonl(records('anthropic', model, 3)) },
    })
  }
}

async function runDay(label: string, until: Date) {
  const recorded = await recordingDeps(h, work, until)
  const settings = await settingsFor(h, { labels: label, until: until.toISOString(), cache: 'false' })
  await runAction(settings, recorded.deps)
  return recorded
}

const totalsLine = (lines: string[]) => lines.find((line) => line.startsWith('Totals: '))

test('no model priced: total-cost-usd is empty and the log line says unpriced', async () => {
  const day = new Date('2026-05-10T06:00:00Z')
  await seed('Mystery Planner', day, [MYSTERY, MYSTERY])
  const { outputs, lines } = await runDay('unpriced-series', day)
  expect(outputs['runs-with-data']).toBe(2)
  expect(outputs['total-cost-usd']).toBe('')
  expect(totalsLine(lines)).toMatch(/ unpriced /)
  expect(totalsLine(lines)).not.toContain('$0.00')
})

test('some models priced: total-cost-usd is the priced part and the log line says what it leaves out', async () => {
  const day = new Date('2026-05-20T06:00:00Z')
  await seed('Mixed Planner', day, [MYSTERY, 'claude-sonnet-4.6'])
  const { outputs, lines } = await runDay('partly-priced-series', day)
  expect(Number(outputs['total-cost-usd'])).toBeGreaterThan(0)
  expect(totalsLine(lines)).toContain(`$${outputs['total-cost-usd']} + unpriced`)
})

test("the github command's summary says unpriced when no model had a price", async () => {
  const { githubCommand } = await import('../../src/cli/github-command.js')
  const { runProgram } = await import('../../src/cli/run-program.js')
  let err = ''
  const io = { out: () => undefined, err: (text: string) => void (err += text) }
  const program = new Command('token-usage-analyzer').addCommand(
    githubCommand(io, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: h.gh.url }),
  )
  const status = await runProgram(
    program,
    [
      'github',
      '--repo',
      `${h.gh.owner}/${h.gh.repo}`,
      '--since',
      '2026-05-10T00:00:00Z',
      '--until',
      '2026-05-10T06:00:00Z',
      '--format',
      'json',
    ],
    io,
  )
  expect(status).toBe(0)
  const line = err.split('\n').find((text) => text.startsWith('Totals: '))
  expect(line).toMatch(/^Totals: 2 runs .* unpriced /)
  expect(line).not.toContain('$0.00')
})

test('the rollup of unpriced dailies: total-cost-usd is empty and the log says unpriced (not 0.00)', async () => {
  // The daily of 10 May (first test) had no priced model; its week's rollup knows no cost either.
  const recorded = await recordingDeps(h, work, new Date('2026-05-11T07:00:00Z'))
  const settings = await settingsFor(h, { labels: 'unpriced-series', mode: 'rollup', period: 'week', cache: 'false' })
  await runAction(settings, recorded.deps)
  expect(Number(recorded.outputs['runs-with-data'])).toBe(2)
  expect(recorded.outputs['total-cost-usd']).toBe('')
  expect(recorded.lines.some((line) => /unpriced/.test(line))).toBe(true)
  expect(recorded.lines.join('\n')).not.toContain('$0.00')
})

test('a rollup of a period without daily reports writes nothing and says there is nothing to roll up', async () => {
  const before = h.gh.issues.length
  const recorded = await recordingDeps(h, work, new Date('2026-05-11T07:00:00Z'))
  const settings = await settingsFor(h, { labels: 'never-reported', mode: 'rollup', period: 'week', cache: 'false' })
  await runAction(settings, recorded.deps)
  expect(h.gh.issues.length).toBe(before)
  expect(recorded.outputs['issue-number'] ?? '').toBe('')
  expect(recorded.outputs['report-json'] ?? '').toBe('')
  expect(recorded.outputs['total-cost-usd'] ?? '').toBe('')
  expect(recorded.lines.some((line) => /^warning: .*nothing to roll up/i.test(line))).toBe(true)
})
