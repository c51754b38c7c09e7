/**
 * The bundled action's rollup mode against the fake GitHub server: three daily reports (Monday to Wednesday of ISO
 * week 2026-W16, with a daily budget), then the week's rollup with `until` inside it: no run listed and no artifact
 * fetched, its tokens the sum of the three dailies', the missing days named, the dailies left open as they were.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { actionDefaults, DIST_ACTION, runAction } from '../support/run-action.js'

const PRICES = `claude-sonnet-4.6: {input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75}`
const DAYS = ['2026-04-13', '2026-04-14', '2026-04-15'] // Monday to Wednesday of 2026-W16

let gh: FakeGitHub
let defaults: Record<string, string>

function jsonl(runId: number, calls: number): string {
  return Array.from({ length: calls }, (_, i) =>
    JSON.stringify({
      timestamp: '2026-04-13T00:00:00Z',
      request_id: `${runId}-${i}`,
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      input_tokens: 100 + i,
      output_tokens: 1000,
      cache_read_tokens: 40000,
      cache_write_tokens: 2000,
    }),
  ).join('\n')
}

beforeAll(async () => {
  if (!existsSync(DIST_ACTION)) throw new Error(`${DIST_ACTION} is missing: run npm run build`)
  defaults = await actionDefaults()
  gh = await startFakeGitHub()
  for (const [d, day] of DAYS.entries()) {
    const run = gh.addRun({ workflow: 'Smoke Claude', createdAt: `${day}T03:00:00Z` })
    await gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(run.id, 2 + 3 * d) } })
  }
})

afterAll(async () => {
  await gh?.close()
})

test('three dailies, then the week from their hidden data alone', async () => {
  const tokens: number[] = []
  for (const day of DAYS) {
    const run = await runAction(gh, {
      ...defaults,
      until: `${day}T06:00:00Z`,
      prices: PRICES,
      budgets: 'total=$0.20/day',
    })
    expect(run.exitCode).toBe(0)
    tokens.push(Number(run.outputs['total-tokens']))
    expect(['ok', 'warning', 'exceeded']).toContain(run.outputs['budget-status'])
  }
  const before = gh.issues.map((i) => ({ number: i.number, state: i.state }))
  expect(before.filter((i) => i.state === 'open')).toHaveLength(1) // each daily closed the one before

  gh.clearRequests()
  const rollup = await runAction(gh, { ...defaults, mode: 'rollup', period: 'week', until: '2026-04-15T12:00:00Z' })
  expect(rollup.exitCode).toBe(0)
  expect(gh.requests.filter((r) => /\/actions\/|\/_blob\//.test(r.path))).toEqual([])
  expect(Number(rollup.outputs['total-tokens'])).toBe(tokens.reduce((a, b) => a + b, 0))
  expect(rollup.outputs['budget-status']).toBe('')
  const report = JSON.parse(await readFile(rollup.outputs['report-json'], 'utf8'))
  expect(report).toMatchObject({ kind: 'rollup', period: { id: '2026-W16' } })
  expect(report.missingDays).toEqual(['2026-04-16', '2026-04-17', '2026-04-18', '2026-04-19'])
  const issue = gh.issues.find((i) => i.number === Number(rollup.outputs['issue-number']))!
  expect(issue.title).toBe('📊 Token Usage Report 2026-W16')
  expect(rollup.summary).toContain('Week 2026-W16')
  expect(gh.issues.filter((i) => i.number !== issue.number).map((i) => ({ number: i.number, state: i.state }))).toEqual(
    before,
  )
})
