// Weekly rollups against the fake GitHub server, without dist/: ten daily reports with budgets (one day spending
// twice its daily budget, one day without a report), then the week's rollup, built from the dailies' hidden data
// alone: no run listed, no artifact downloaded, its totals the sums of the runs seeded in the week, the daily series
// left as it was, and dailies that never touch the rollup afterwards.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import type { ActionDeps } from '../../src/orchestrator/run-action.js'
import type { ActionSettings } from '../../src/settings/action-settings.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
let createGitHubSurface: typeof import('../../src/github/github-surface.js').createGitHubSurface
let readActionSettings: typeof import('../../src/settings/action-settings.js').readActionSettings

const MODEL = 'rollup-test-model'
// USD per million tokens: input 1, output 2, cache read 0.5, cache write 4 (Anthropic: input is fresh input).
const PRICES = `{"${MODEL}": {"input": 1, "output": 2, "cacheRead": 0.5, "cacheWrite": 4}}`

interface Seeded {
  workflow: string
  createdAt: string
  requests: number
  tokens: number
  costUsd: number
  aiCredits: number
}
const seeded: Seeded[] = []
let nextRequest = 1

/** AI credits each Issue Triage record carries (the firewall's credit guard); Daily Planner's carry none. */
const TRIAGE_CREDITS = 1.5

/** One run with `count` records of known tokens; its tokens and cost are computed here, from the records. */
async function seedRun(workflow: string, createdAt: string, count: number, size: number): Promise<void> {
  const credits = workflow === 'Issue Triage' ? TRIAGE_CREDITS : null
  const run = h.gh.addRun({ workflow, createdAt })
  const lines: string[] = []
  let tokens = 0
  let costUsd = 0
  for (let i = 0; i < count; i++) {
    const input = size * 1000 + 17 * i
    const output = size * 100 + 3 * i
    const cacheRead = size * 2000
    const cacheWrite = size * 50
    tokens += input + output + cacheRead + cacheWrite
    costUsd += (input * 1 + output * 2 + cacheRead * 0.5 + cacheWrite * 4) / 1e6
    lines.push(
      JSON.stringify({
        request_id: `rollup-${nextRequest++}`,
        provider: 'anthropic',
        model: MODEL,
        input_tokens: input,
        output_tokens: output,
        cache_read_tokens: cacheRead,
        cache_write_tokens: cacheWrite,
        timestamp: createdAt,
        duration_ms: 100,
        ...(credits !== null ? { ai_credits_this_response: credits } : {}),
      }),
    )
  }
  await h.gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': lines.join('\n') + '\n' } })
  seeded.push({ workflow, createdAt, requests: count, tokens, costUsd, aiCredits: (credits ?? 0) * count })
}

// Daily reports at 06:00 UTC from Fri 1 May to Mon 11 May 2026, none on Thu 7 May: ten dailies. ISO week 19 is
// Mon 4 May to Sun 10 May; its dailies are those of 4, 5, 6, 8, 9 and 10 May (the 8th covers the 7th too).
const REPORT_DAYS = ['01', '02', '03', '04', '05', '06', '08', '09', '10', '11'].map((d) => `2026-05-${d}`)
const BIG_DAY = '2026-05-05'
const at = (day: string, hour: number): string => `${day}T${String(hour).padStart(2, '0')}:00:00Z`
const previousDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

/** Seeded spend of the runs a daily ending at `until` collects: created in (previous report's end, until]. */
function seededBetween(since: string, until: string): { requests: number; tokens: number; costUsd: number } {
  const runs = seeded.filter((r) => r.createdAt > since && r.createdAt <= until)
  return {
    requests: runs.reduce((n, r) => n + r.requests, 0),
    tokens: runs.reduce((n, r) => n + r.tokens, 0),
    costUsd: runs.reduce((n, r) => n + r.costUsd, 0),
  }
}

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  ;({ createGitHubSurface } = await import('../../src/github/github-surface.js'))
  ;({ readActionSettings } = await import('../../src/settings/action-settings.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'rollup-'))
  // Two small runs in the 24 hours before each report (and before the 7th, which has no report of its own).
  for (const day of [...REPORT_DAYS, '2026-05-07']) {
    const before = previousDay(day)
    await seedRun('Daily Planner', at(before, 12), 2, 1)
    await seedRun('Issue Triage', at(before, 20), 1, 2)
  }
  // The big day: one heavy run more.
  await seedRun('Issue Triage', at(previousDay(BIG_DAY), 22), 6, 10)
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function settingsWith(inputs: Record<string, string>): Promise<ActionSettings> {
  const { actionDefaults } = await import('../support/run-action.js')
  const values: Record<string, string> = {
    ...(await actionDefaults()),
    'github-token': TOKEN,
    repository: `${h.gh.owner}/${h.gh.repo}`,
    prices: PRICES,
    cache: 'false',
    ...inputs,
  }
  return readActionSettings((name) => values[name] ?? '')
}

function fakeDeps(now: string): { deps: ActionDeps; outputs: Record<string, string | number>; summaries: string[] } {
  const outputs: Record<string, string | number> = {}
  const summaries: string[] = []
  const deps: ActionDeps = {
    github: createGitHubSurface({
      token: TOKEN,
      owner: h.gh.owner,
      repo: h.gh.repo,
      baseUrl: h.gh.url,
      retryBaseMs: 5,
      issueWrites: { writeSpacingMs: 0 },
    }),
    openSummaryCache: () => {
      throw new Error('the cache is off')
    },
    log: { info: () => {}, warning: () => {}, debug: () => {}, startGroup: () => {}, endGroup: () => {} },
    env: { runId: '999999', tempDir: work },
    clock: () => new Date(now),
    writeJobSummary: async (markdown) => void summaries.push(markdown),
    setOutput: (name, value) => void (outputs[name] = value),
  }
  return { deps, outputs, summaries }
}

const readJson = async (outputs: Record<string, string | number>) =>
  JSON.parse(await readFile(String(outputs['report-json']), 'utf8'))

let dailyBudget = 0
const dailyStatus = new Map<string, string | number>()
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const reports = new Map<string, any>()

test('ten dailies with budgets: the day that spent twice its daily budget is exceeded (and fails the step when asked)', async () => {
  // The big day's spend, from the seeded runs: its daily budget is half of it.
  const big = seededBetween(at(previousDay(BIG_DAY), 6), at(BIG_DAY, 6))
  dailyBudget = big.costUsd / 2
  const budgets = `total=$${dailyBudget.toFixed(6)}/day\nIssue Triage=${Math.round(dailyBudget * 1000)} AIC/month`
  for (const day of REPORT_DAYS) {
    const { deps, outputs } = fakeDeps(at(day, 6))
    const settings = await settingsWith({
      until: at(day, 6),
      budgets,
      'fail-on-budget': day === BIG_DAY ? 'exceeded' : 'never',
      // Low enough that the big day's heavy run (6 records of 1.5 recorded AIC: 9 AIC) comes within 10% of it.
      'run-credit-cap': '10',
    })
    if (day === BIG_DAY) {
      await expect(runAction(settings, deps)).rejects.toThrow(/Budget exceeded \(fail-on-budget: exceeded\): total \$/)
    } else {
      await runAction(settings, deps)
    }
    dailyStatus.set(day, outputs['budget-status'])
    const report = await readJson(outputs)
    const total = report.budgets.find((b: { scope: string }) => b.scope === 'total')
    reports.set(day, report)
    if (day === BIG_DAY) {
      // Written before the step failed: the issue, report.json and the outputs.
      expect(outputs['issue-number']).toBeDefined()
      expect(total).toMatchObject({ period: 'day', unit: 'USD', status: 'exceeded', periodId: BIG_DAY })
      expect(total.spent).toBeCloseTo(big.costUsd, 6)
      expect(total.share).toBeCloseTo(2, 4)
    }
  }
  expect(dailyStatus.get(BIG_DAY)).toBe('exceeded')
  // The heavy run is listed near the per-run cap, with the AI credits its records carried.
  const bigRuns = reports.get(BIG_DAY).guardrails.runsNearCap
  expect(bigRuns).toHaveLength(1)
  expect(bigRuns[0]).toMatchObject({ workflow: 'Issue Triage', estimated: false })
  expect(bigRuns[0].aiCredits).toBeCloseTo(seeded.find((r) => r.requests === 6)!.aiCredits, 6)
  expect(reports.get('2026-05-02').guardrails.runsNearCap).toEqual([])
  // The forecast waits for 7 report days; on the 8th it projects May from the dailies so far.
  expect(reports.get('2026-05-06').forecast).toBeNull()
  const forecast = reports.get('2026-05-09').forecast
  const mayToDate = seededBetween('2026-04-01T00:00:00Z', at('2026-05-09', 6)).costUsd
  expect(forecast).toMatchObject({ month: '2026-05', days: 8, daysLeft: 22 })
  expect(forecast.toDate).toBeCloseTo(mayToDate, 4)
  expect(forecast.p10).toBeLessThanOrEqual(forecast.p50)
  expect(forecast.p50).toBeLessThanOrEqual(forecast.p90)
  expect(forecast.p10).toBeGreaterThan(forecast.toDate)
  // A quiet day spends a fraction of the budget.
  expect(dailyStatus.get('2026-05-02')).toBe('ok')
  const dailies = h.gh.issues.filter((i) => /\d{4}-\d{2}-\d{2}$/.test(i.title))
  expect(dailies).toHaveLength(10)
})

test('the weekly rollup: built from the dailies alone, totals of the week, missing day named, dailies untouched', async () => {
  const before = h.gh.issues.map((i) => ({ number: i.number, state: i.state, body: i.body }))
  h.gh.clearRequests()
  // Monday 11 May, after that day's daily: the last complete week is W19.
  const { deps, outputs, summaries } = fakeDeps('2026-05-11T07:00:00Z')
  await runAction(await settingsWith({ mode: 'rollup', period: 'week', budgets: 'total=$1000/week' }), deps)

  // Issue listings and writes only: no run listed, no artifact listed or downloaded.
  const touched = h.gh.requests.filter((r) => /\/actions\/|\/_blob\//.test(r.path))
  expect(touched).toEqual([])
  expect(h.gh.stats().blobRequests).toBe(0)

  const report = await readJson(outputs)
  // W19's dailies end on 4, 5, 6, 8, 9 and 10 May: together they cover the runs created after the 3 May report.
  const week = seededBetween(at('2026-05-03', 6), at('2026-05-10', 6))
  expect(report.period).toMatchObject({ kind: 'week', id: '2026-W19', start: '2026-05-04', end: '2026-05-10' })
  expect(report.days.map((d: { day: string }) => d.day)).toEqual([
    '2026-05-04',
    '2026-05-05',
    '2026-05-06',
    '2026-05-08',
    '2026-05-09',
    '2026-05-10',
  ])
  expect(report.missingDays).toEqual(['2026-05-07'])
  expect(report.totals.requests).toBe(week.requests)
  expect(report.totals.totalTokens).toBe(week.tokens)
  expect(report.totals.costUsd).toBeCloseTo(week.costUsd, 4)
  expect(outputs['total-tokens']).toBe(week.tokens)
  // The previous week (W18) had the dailies of 1, 2 and 3 May.
  const w18 = seededBetween('2026-04-01T00:00:00Z', at('2026-05-03', 6))
  expect(report.change.previous).toMatchObject({ id: '2026-W18', reports: 3 })
  expect(report.change.previous.totals.totalTokens).toBe(w18.tokens)
  // Recorded AI credits come through the dailies' model rows: Issue Triage's records carried them, Daily Planner's not.
  const credits = Object.fromEntries(
    report.workflows.map((w: { name: string; aiCredits: number | null }) => [w.name, w.aiCredits]),
  )
  const triage = seeded.filter(
    (r) => r.workflow === 'Issue Triage' && r.createdAt > at('2026-05-03', 6) && r.createdAt <= at('2026-05-10', 6),
  )
  expect(credits['Issue Triage']).toBeCloseTo(
    triage.reduce((n, r) => n + r.aiCredits, 0),
    6,
  )
  expect(credits['Daily Planner']).toBeNull()
  expect(report.budgets[0]).toMatchObject({ scope: 'total', period: 'week', periodId: '2026-W19', status: 'ok' })
  expect(report.budgets[0].spent).toBeCloseTo(week.costUsd, 4)
  expect(outputs['budget-status']).toBe('ok')

  const rollup = h.gh.issues.find((i) => i.number === outputs['issue-number'])!
  expect(rollup.title).toBe('📊 Token Usage Report 2026-W19')
  expect(rollup.state).toBe('open')
  expect(rollup.body).toContain('<!-- token-usage-analyzer:rollup:week -->')
  expect(rollup.body).not.toContain('<!-- token-usage-analyzer:report -->')
  expect(rollup.body).toContain('No daily report for 2026-05-07')
  expect(summaries[0]).toContain('Week 2026-W19')
  // Every daily stays as it was: same state, same body.
  for (const issue of before) {
    const now = h.gh.issues.find((i) => i.number === issue.number)!
    expect({ number: now.number, state: now.state, body: now.body }).toEqual(issue)
  }
})

test('a rollup run again updates its issue; a daily afterwards leaves it alone; the next week closes it', async () => {
  const rollupsOf = () => h.gh.issues.filter((i) => / 2026-W\d{2}$/.test(i.title))
  const first = rollupsOf()[0]
  await runAction(await settingsWith({ mode: 'rollup', period: 'week' }), fakeDeps('2026-05-11T09:00:00Z').deps)
  expect(rollupsOf()).toHaveLength(1)

  // The daily of 12 May closes older dailies, continues from the daily of the 11th, and leaves the rollup open.
  await seedRun('Daily Planner', at('2026-05-11', 12), 1, 1)
  const daily = fakeDeps(at('2026-05-12', 6))
  await runAction(await settingsWith({ until: at('2026-05-12', 6) }), daily.deps)
  expect(h.gh.issues.find((i) => i.number === first.number)!.state).toBe('open')
  const report = await readJson(daily.outputs)
  expect(Date.parse(report.window.since)).toBe(Date.parse(at('2026-05-11', 6)))
  expect(daily.outputs['budget-status']).toBe('')

  // W20's rollup (with `until` inside it) closes W19's; a backfill of W18 afterwards closes nothing newer.
  const w20 = fakeDeps('2026-05-18T07:00:00Z')
  await runAction(await settingsWith({ mode: 'rollup', period: 'week', until: '2026-05-12T00:00:00Z' }), w20.deps)
  expect(h.gh.issues.find((i) => i.number === first.number)!.state).toBe('closed')
  const w18 = fakeDeps('2026-05-18T08:00:00Z')
  await runAction(await settingsWith({ mode: 'rollup', period: 'week', until: '2026-04-30T00:00:00Z' }), w18.deps)
  expect(h.gh.issues.find((i) => i.number === w20.outputs['issue-number'])!.state).toBe('open')
  expect(h.gh.issues.find((i) => i.number === w18.outputs['issue-number'])!.state).toBe('open')
  // The dailies' own series was not touched by any rollup: the newest daily is open.
  expect(h.gh.issues.find((i) => i.number === daily.outputs['issue-number'])!.state).toBe('open')
})

test('a monthly rollup of the running month: its days so far, the missing ones named, and the month-end forecast', async () => {
  const { deps, outputs } = fakeDeps('2026-05-18T09:00:00Z')
  await runAction(
    await settingsWith({ mode: 'rollup', period: 'month', until: '2026-05-18T09:00:00Z', budgets: 'total=$5/month' }),
    deps,
  )
  const report = await readJson(outputs)
  expect(report.period).toMatchObject({ kind: 'month', id: '2026-05', start: '2026-05-01', end: '2026-05-31' })
  // Dailies on 1–6 and 8–12 May; none on the 7th or since the 13th (today's, the 18th, not yet written).
  const missing = ['07', '13', '14', '15', '16', '17', '18'].map((d) => `2026-05-${d}`)
  expect(report.missingDays).toEqual(missing)
  const may = seededBetween('2026-04-30T06:00:00Z', at('2026-05-12', 6))
  expect(report.totals.totalTokens).toBe(may.tokens)
  expect(report.forecast).toMatchObject({ month: '2026-05', daysLeft: 13, days: 11 })
  expect(report.forecast.against).toEqual([{ limit: 5, unit: 'USD', exceedChance: 0 }])
  expect(report.change).toBeNull() // no dailies in April
  const issue = h.gh.issues.find((i) => i.number === outputs['issue-number'])!
  expect(issue.title).toBe('📊 Token Usage Report 2026-05')
  expect(issue.body).toContain('<!-- token-usage-analyzer:rollup:month -->')
  expect(issue.body).toContain('Month-end forecast for 2026-05')
  // Monthly and weekly series are apart: the open weekly rollups stay open.
  expect(h.gh.issues.filter((i) => / 2026-W\d{2}$/.test(i.title) && i.state === 'open')).toHaveLength(2)
})

test("without readable dailies of the previous week, the rollup compares with that week's own rollup", async () => {
  // The daily reports of W19 lose their hidden data (edited by hand, say); W19's rollup kept its own.
  const w19Dailies = h.gh.issues.filter((i) => /2026-05-(0[4-9]|10)$/.test(i.title))
  expect(w19Dailies).toHaveLength(6)
  for (const issue of w19Dailies)
    issue.body = (issue.body ?? '').replace(/<!-- token-usage-analyzer:data v\d+ [^>]*-->/, '')
  const w19Rollup = h.gh.issues.find((i) => i.title.endsWith('2026-W19'))!
  expect(w19Rollup.body).toMatch(/<!-- token-usage-analyzer:rollup-data v1 [A-Za-z0-9+/=]+ -->/)

  const { deps, outputs } = fakeDeps('2026-05-18T10:00:00Z')
  await runAction(await settingsWith({ mode: 'rollup', period: 'week', until: '2026-05-12T00:00:00Z' }), deps)
  const report = await readJson(outputs)
  expect(report.period.id).toBe('2026-W20')
  expect(report.unreadableReports.map((u: { number: number }) => u.number).sort()).toEqual(
    w19Dailies.map((i) => i.number).sort(),
  )
  expect(report.change.previous).toMatchObject({ id: '2026-W19', source: 'rollup', rollup: w19Rollup.number })
  const week = seededBetween(at('2026-05-03', 6), at('2026-05-10', 6))
  expect(report.change.previous.totals.totalTokens).toBe(week.tokens)
  expect(report.change.previous.totals.costUsd).toBeCloseTo(week.costUsd, 4)
  expect(report.change.costPerRunNote).toContain(`rollup #${w19Rollup.number}`)
  // Drivers from the rollup's model rows: they add up to the change in cost per run.
  const drivers = report.change.drivers
  expect(drivers.drivers.reduce((n: number, d: { contribution: number }) => n + d.contribution, 0)).toBeCloseTo(
    drivers.change,
    6,
  )
  const w20 = h.gh.issues.find((i) => i.number === outputs['issue-number'])!
  expect(w20.body).toContain(`from its rollup #${w19Rollup.number}`)
})
