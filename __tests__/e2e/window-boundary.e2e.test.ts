/**
 * Two consecutive daily reports of the bundled action, with a run created in the very second the first report's
 * window ends: GitHub's created times are whole seconds and its `created` ranges include both ends, so that run must
 * be counted by one report only.
 */
import { existsSync } from 'node:fs'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { actionDefaults, DIST_ACTION, runAction } from '../support/run-action.js'

const DAY1 = '2026-04-01T08:00:00Z'
const DAY2 = '2026-04-02T08:00:00Z'
const RUNS = ['2026-03-31T20:00:00Z', DAY1, '2026-04-01T20:00:00Z']

let gh: FakeGitHub
let defaults: Record<string, string>

beforeAll(async () => {
  if (!existsSync(DIST_ACTION)) throw new Error(`${DIST_ACTION} is missing: run npm run build`)
  defaults = await actionDefaults()
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'boundary', token: 'ghs_e2e' })
  for (const createdAt of RUNS) {
    // No artifact: each run is a run without data, which is enough to count it.
    gh.addRun({ workflow: 'Smoke Claude', createdAt, conclusion: 'success' })
  }
})

afterAll(async () => {
  await gh?.close()
})

test('a run created in the second a window ends is in that report and not in the next', async () => {
  const day1 = await runAction(gh, { ...defaults, until: DAY1 })
  const day2 = await runAction(gh, { ...defaults, until: DAY2 })
  expect([day1.exitCode, day2.exitCode]).toEqual([0, 0])
  const inWindow = (since: number, until: number) =>
    RUNS.filter((created) => Date.parse(created) > since && Date.parse(created) <= until).length
  const expectedDay1 = inWindow(Date.parse(DAY1) - 86_400_000, Date.parse(DAY1))
  const expectedDay2 = inWindow(Date.parse(DAY1), Date.parse(DAY2))
  expect([expectedDay1, expectedDay2]).toEqual([2, 1])
  expect(Number(day1.outputs['runs-without-data'])).toBe(expectedDay1)
  expect(Number(day2.outputs['runs-without-data'])).toBe(expectedDay2)
})

test('a report whose previous window ended less than a second earlier covers an empty window, not an error', async () => {
  const lastMoment = await runAction(gh, { ...defaults, until: '2026-04-02T23:59:59.900Z' })
  const justAfter = await runAction(gh, { ...defaults, until: '2026-04-03T00:00:00.400Z' })
  expect(justAfter.stdout).not.toMatch(/::error::/)
  expect([lastMoment.exitCode, justAfter.exitCode]).toEqual([0, 0])
  expect(justAfter.outputs['runs-without-data']).toBe('0')
})
