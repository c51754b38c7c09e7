/**
 * Three simulated days of the bundled action against the fake GitHub server: day 1 creates a report; day 2 compares
 * with it, flags the workflow whose cost per run rose by 30% (significant: 6 runs a day whose ranges do not overlap)
 * and closes day 1's report; a re-run of day 2 updates day 2's report; day 3 fails to create its report and leaves
 * day 2's open.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { actionDefaults, DIST_ACTION, runAction, type ActionRun } from '../support/run-action.js'

// The LLM analyzer's Sonnet rates ($/M), given to the action as inline prices so expectations need no price data.
const SONNET = { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }
const PRICES = `claude-sonnet-4.6: {input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75}`

interface Call {
  input: number
  output: number
  cacheRead: number
  cacheWrite: number
}

/** One token-usage.jsonl line per call, as the api-proxy writes them. */
function jsonl(runId: number, calls: Call[]): string {
  return calls
    .map((c, i) =>
      JSON.stringify({
        _schema: 'token-usage/v0.28.4',
        timestamp: new Date(Date.UTC(2026, 3, 1) + i * 1000).toISOString(),
        event: 'token_usage',
        request_id: `${runId}-${i}`,
        provider: 'anthropic',
        model: 'claude-sonnet-4-6',
        path: '/v1/messages?beta=true',
        status: 200,
        streaming: true,
        input_tokens: c.input,
        output_tokens: c.output,
        cache_read_tokens: c.cacheRead,
        cache_write_tokens: c.cacheWrite,
        duration_ms: 4000,
        response_bytes: 2800,
      }),
    )
    .join('\n')
}

const costOf = (calls: Call[]) =>
  calls.reduce(
    (sum, c) =>
      sum +
      (c.input * SONNET.input +
        c.output * SONNET.output +
        c.cacheRead * SONNET.cacheRead +
        c.cacheWrite * SONNET.cacheWrite) /
        1e6,
    0,
  )

// Smoke Claude: 6 runs a day of 4 calls each, run i reading 100·i more cache tokens a call (so the runs differ);
// day 2's runs each make 30% more of every kind of token. 6 runs a side whose costs do not overlap: a significant
// rise (Mann–Whitney p = 2/924 ≈ 0.002), since issue 12 the condition of increasing-trend.
const SMOKE_RUNS = 6
const smokeDay1: Call[][] = Array.from({ length: SMOKE_RUNS }, (_, i) =>
  Array.from({ length: 4 }, () => ({ input: 10, output: 1000, cacheRead: 40000 + 100 * i, cacheWrite: 20000 })),
)
const smokeDay2: Call[][] = smokeDay1.map((run) =>
  run.map((c) => ({
    input: Math.round(c.input * 1.3),
    output: Math.round(c.output * 1.3),
    cacheRead: Math.round(c.cacheRead * 1.3),
    cacheWrite: Math.round(c.cacheWrite * 1.3),
  })),
)
const meanCostOf = (runs: Call[][]): number => runs.reduce((sum, run) => sum + costOf(run), 0) / runs.length
// Security Guard: the same every day.
const guard: Call[] = [{ input: 5, output: 800, cacheRead: 90000, cacheWrite: 10000 }]

const AGENT_FILE = 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl'

async function addRun(gh: FakeGitHub, workflow: string, createdAt: string, calls: Call[]) {
  const run = gh.addRun({ workflow, createdAt, conclusion: 'success', headBranch: 'main' })
  await gh.addArtifact(run.id, 'agent', { files: { [AGENT_FILE]: jsonl(run.id, calls) } })
  return run
}

const DAY1 = '2026-04-01T08:00:00Z'
const DAY2 = '2026-04-02T08:00:00Z'
const DAY3 = '2026-04-03T08:00:00Z'

let gh: FakeGitHub
let defaults: Record<string, string>
const runDay = (until: string, more: Record<string, string> = {}): Promise<ActionRun> =>
  runAction(gh, { ...defaults, until, prices: PRICES, ...more })

beforeAll(async () => {
  if (!existsSync(DIST_ACTION)) throw new Error(`${DIST_ACTION} is missing: run npm run build`)
  defaults = await actionDefaults()
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'agent-repo', token: 'ghs_e2e' })
  // Window of day 1: the 24 h before DAY1.
  for (const [i, calls] of smokeDay1.entries()) await addRun(gh, 'Smoke Claude', `2026-03-31T1${i}:00:00Z`, calls)
  await addRun(gh, 'Security Guard', '2026-04-01T03:00:00Z', guard)
  // Window of day 2: from DAY1 to DAY2.
  for (const [i, calls] of smokeDay2.entries()) await addRun(gh, 'Smoke Claude', `2026-04-01T1${i}:00:00Z`, calls)
  await addRun(gh, 'Security Guard', '2026-04-02T02:00:00Z', guard)
  gh.addRun({ workflow: 'Security Guard', createdAt: '2026-04-02T03:00:00Z', conclusion: 'success' }) // no artifact
})

afterAll(async () => {
  await gh?.close()
})

const reports = () => gh.issues.filter((i) => i.labels.includes('token-usage-report'))

test('day 1 creates the first report of the series', async () => {
  const day1 = await runDay(DAY1)
  expect(day1.stdout).not.toMatch(/::error::/)
  expect(day1.exitCode).toBe(0)

  expect(reports()).toHaveLength(1)
  const [issue] = reports()
  expect(issue.title).toBe('📊 Token Usage Report 2026-04-01')
  expect(issue.state).toBe('open')
  expect(issue.body).toContain('<!-- token-usage-analyzer:report -->')

  const expectedCost = SMOKE_RUNS * meanCostOf(smokeDay1) + costOf(guard)
  expect(day1.outputs['issue-number']).toBe(String(issue.number))
  expect(day1.outputs['issue-url']).toMatch(new RegExp(`/issues/${issue.number}$`))
  expect(Number(day1.outputs['total-cost-usd'])).toBeCloseTo(expectedCost, 2)
  expect(day1.outputs['runs-analyzed']).toBe(String(SMOKE_RUNS + 1))
  expect(day1.outputs['runs-without-data']).toBe('0')
  expect(day1.outputs['runs-not-reached']).toBe('0')
  // The job summary carries the same report.
  expect(day1.summary).toContain('Smoke Claude')

  const json = JSON.parse(await readFile(day1.outputs['report-json'], 'utf8'))
  expect(json.window).toEqual({ since: '2026-03-31T08:00:00.000Z', until: '2026-04-01T08:00:00.000Z' })
  expect(json.totals.costUsd).toBeCloseTo(expectedCost, 9)
  expect(json.trends.previous).toBeNull()
})

test('day 2 compares with day 1, flags the 30% rise and closes day 1', async () => {
  const day2 = await runDay(DAY2)
  expect(day2.exitCode).toBe(0)

  const [first, second] = reports()
  expect(reports()).toHaveLength(2)
  expect(second.title).toBe('📊 Token Usage Report 2026-04-02')
  expect(second.state).toBe('open')
  expect(first.state).toBe('closed')
  expect(first.stateReason).toBe('not_planned')
  expect(first.comments.map((c) => c.body).join('\n')).toContain(`#${second.number}`)

  const json = JSON.parse(await readFile(day2.outputs['report-json'], 'utf8'))
  // The window continues where day 1's ended.
  expect(json.window).toEqual({ since: '2026-04-01T08:00:00.000Z', until: '2026-04-02T08:00:00.000Z' })
  expect(json.trends.previous.number).toBe(first.number)
  const smoke = json.trends.workflows.find((w: { name: string }) => w.name === 'Smoke Claude')
  expect(smoke.costPerRunUsd.previous).toBeCloseTo(meanCostOf(smokeDay1), 9)
  expect(smoke.costPerRunUsd.current).toBeCloseTo(meanCostOf(smokeDay2), 9)
  expect(smoke.costPerRunUsd.change).toBeCloseTo(0.3, 6)
  // Against the baseline (day 1's report, the only one in the last 7 days): significant, up, since day 2.
  expect(json.trends.baseline).toMatchObject({ span: '7d', reports: 1, runs: SMOKE_RUNS + 1 })
  const cost = smoke.changes.find((c: { metric: string }) => c.metric === 'costPerRunUsd')
  expect(cost).toMatchObject({ direction: 'up', significant: true, since: '2026-04-02' })
  expect(cost.runs).toEqual({ baseline: SMOKE_RUNS, current: SMOKE_RUNS })
  expect(cost.relative).toBeCloseTo(0.3, 6)
  const driverSum = cost.drivers.reduce((sum: number, d: { contribution: number }) => sum + d.contribution, 0)
  expect(Math.abs(driverSum - (meanCostOf(smokeDay2) - meanCostOf(smokeDay1)))).toBeLessThan(0.01)

  const flagsOf = (name: string) =>
    json.workflows.find((w: { name: string }) => w.name === name).flags.map((f: { id: string }) => f.id)
  expect(flagsOf('Smoke Claude')).toContain('increasing-trend')
  expect(flagsOf('Security Guard')).not.toContain('increasing-trend')
  const flag = json.workflows
    .find((w: { name: string }) => w.name === 'Smoke Claude')
    .flags.find((f: { id: string }) => f.id === 'increasing-trend')
  // The message quotes both values.
  expect(flag.message).toContain(meanCostOf(smokeDay1).toFixed(2))
  expect(flag.message).toContain(meanCostOf(smokeDay2).toFixed(2))
  expect(second.body).toMatch(/cost per run rose by 30\.0%/i)
  expect(day2.outputs['runs-without-data']).toBe('1')
})

test('a re-run of day 2 updates its report instead of adding one', async () => {
  const before = reports().map((i) => ({ number: i.number, state: i.state }))
  const rerun = await runDay('2026-04-02T09:00:00Z')
  expect(rerun.exitCode).toBe(0)
  expect(reports().map((i) => ({ number: i.number, state: i.state }))).toEqual(before)
  expect(rerun.outputs['issue-number']).toBe(String(before[1].number))
})

test('when day 3 cannot create its report, day 2 stays open and the failure names the permission', async () => {
  gh.inject({
    method: 'POST',
    path: '/repos/*/*/issues',
    status: 403,
    message: 'Resource not accessible by integration',
    times: 5,
  })
  const day3 = await runDay(DAY3)
  gh.clearFaults()
  expect(day3.exitCode).not.toBe(0)
  expect(day3.stdout).toMatch(/::error::.*issues: write/)
  // The report is not lost: it still reaches the job summary and the JSON output.
  expect(day3.summary).toContain('### Overview')
  const json = JSON.parse(await readFile(day3.outputs['report-json'], 'utf8'))
  expect(json.window.until).toBe(new Date(DAY3).toISOString())
  expect(reports()).toHaveLength(2)
  expect(reports()[1].state).toBe('open')
})

test('without actions: read the step fails with a message naming it, and writes nothing', async () => {
  const before = reports().map((i) => ({ number: i.number, state: i.state }))
  gh.inject({
    method: 'GET',
    path: '/repos/*/*/actions/runs',
    status: 403,
    message: 'Resource not accessible by integration',
    times: 5,
  })
  const run = await runDay('2026-04-04T08:00:00Z')
  gh.clearFaults()
  expect(run.exitCode).not.toBe(0)
  expect(run.stdout).toMatch(/::error::Listing workflow runs of \S+ failed: 403 .*The token lacks `actions: read`/)
  expect(reports().map((i) => ({ number: i.number, state: i.state }))).toEqual(before)
})
