// The report's life against the fake GitHub server: real Octokit (createOctokit), real HTTP on 127.0.0.1.
import { getOctokit } from '@actions/github'
import { createOctokit } from '../../src/github/octokit-client.js'
import { createReportIssues, type ReportIssues } from '../../src/github/report-issues.js'
import type { DailyIssueSettings } from '../../src/orchestrator/daily-issue.js'
import { closeOlderReports, LABEL_COLOR, LABEL_DESCRIPTION } from '../../src/series/publish-report.js'
import { readReportSeries } from '../../src/series/report-series.js'
import { planWindow } from '../../src/orchestrator/report-window.js'
import { parseDuration, parseTimeOrDuration } from '../../src/settings/time-input.js'
import { readDailyDataBlock } from '../../src/series/daily-data-block.js'
import { REPORT_MARKER } from '../../src/series/markers.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { LLM_REPORT_BODY, publishDay, readDay, reportOf, silentLog, sonnetRuns } from './series-fixtures.js'

const LABEL = 'token-usage-report'
const settings: DailyIssueSettings = {
  titlePrefix: '📊 Token Usage Report',
  labels: [LABEL],
  history: 14,
  trendThreshold: 0.2,
  closeOlder: true,
  dryRun: false,
}

let gh: FakeGitHub
let clock: Date
let sleeps: number[]
let issues: ReportIssues

beforeEach(async () => {
  clock = new Date('2026-04-02T06:00:00Z')
  gh = await startFakeGitHub({ now: () => clock })
  sleeps = []
  const octokit = createOctokit('test-token', { baseUrl: gh.url, retries: 0, retryBaseMs: 1 })
  issues = createReportIssues(
    octokit,
    { owner: gh.owner, repo: gh.repo },
    // A clock that never moves: every write after the first has to wait the full spacing.
    { writeSpacingMs: 1000, sleep: async (ms) => void sleeps.push(ms), clock: () => 0 },
  )
})

afterEach(async () => {
  await gh.close()
})

/** One simulated daily run of the action's report part, as main.ts does it. */
async function day(now: string, scale: number, runCount = 2) {
  clock = new Date(now)
  const daily = await readDay(issues, settings, clock)
  const previous = daily.earlier
  const window = planWindow({
    latest: previous[0],
    now: clock,
    lookback: parseTimeOrDuration('24h'),
    maxLookback: parseDuration('7d'),
  })
  const runs = sonnetRuns('smoke-claude', runCount, scale, Date.parse(now) / 1000)
  const report = reportOf(runs, window.since, window.until)
  const result = await publishDay({ issues, report, runs, settings, now: clock, daily })
  return { result, window, previous }
}

const costPerRun = (scale: number): number =>
  (10 * scale * 3 + 1_000 * scale * 15 + 150_000 * scale * 0.3 + 40_000 * scale * 3.75) / 1e6

describe('the daily report series on the fake GitHub server', () => {
  test('day 1 creates, a re-run updates, day 2 compares, flags +30% and closes day 1', async () => {
    // The LLM analyzer's last report of the series: same label, no marker.
    const llm = gh.addIssue({
      title: '📊 Claude Token Usage Report2026-04-02',
      body: LLM_REPORT_BODY,
      labels: [LABEL],
      createdAt: '2026-04-02T17:21:00Z',
    })

    const day1 = await day('2026-04-03T06:00:00Z', 1)
    expect(day1.window.since).toBe('2026-04-02T17:20:00.000Z') // where the LLM analyzer's "Period" ended
    expect(day1.result.created).toBe(true)

    // Someone triages today's report between the two runs; the re-run keeps their label.
    gh.issues.find((i) => i.number === day1.result.issueNumber)!.labels.push('investigating')
    // 5 runs on each side from here on: enough for the rise to be told significant (issue 12).
    const rerun = await day('2026-04-03T07:00:00Z', 1, 5)
    expect(rerun.window.since).toBe('2026-04-02T17:20:00.000Z') // today's report is replaced, not continued
    expect(rerun.result.created).toBe(false)
    expect(rerun.result.issueNumber).toBe(day1.result.issueNumber)
    const ours = () => gh.issues.filter((i) => i.body?.includes(REPORT_MARKER))
    expect(ours()).toHaveLength(1)
    expect(ours()[0].labels).toEqual([LABEL, 'investigating'])
    const updated = readDailyDataBlock(ours()[0].body ?? '')
    if (updated.status !== 'ok') throw new Error('no data block after the re-run')
    expect(updated.block.window.until).toBe('2026-04-03T07:00:00.000Z')
    expect(updated.block.workflows[0].runs).toBe(5)

    const day2 = await day('2026-04-04T06:00:00Z', 1.3, 5)
    expect(day2.window.since).toBe('2026-04-03T07:00:00.000Z') // no gap, no overlap
    expect(day2.result.created).toBe(true)
    expect(day2.result.closed).toEqual([day1.result.issueNumber])

    const first = gh.issues.find((i) => i.number === day1.result.issueNumber)!
    expect(first).toMatchObject({
      state: 'closed',
      stateReason: 'not_planned',
      title: '📊 Token Usage Report 2026-04-03',
    })
    expect(first.comments).toHaveLength(1)
    expect(first.comments[0].body).toContain(`#${day2.result.issueNumber}`)
    expect(first.comments[0].body).toContain(day2.result.issueUrl!)

    const second = gh.issues.find((i) => i.number === day2.result.issueNumber)!
    expect(second).toMatchObject({ state: 'open', title: '📊 Token Usage Report 2026-04-04', labels: [LABEL] })
    const before = `$${costPerRun(1).toFixed(2)}`
    const after = `$${costPerRun(1.3).toFixed(2)}`
    // The flag (escaped by the renderer, so parentheses read \( \)) and the trend table carry both values.
    expect(second.body).toMatch(/rose by 30\.0%/)
    expect(second.body).toContain(`**${before} → ${after} (+30%)**`)
    expect(second.body).toContain('xychart-beta')
    expect(day2.result.report.trends.previous?.number).toBe(day1.result.issueNumber)

    // The LLM analyzer's report carries no marker: never closed by us.
    expect(gh.issues.find((i) => i.number === llm.number)?.state).toBe('open')
  })

  test('the log names the label it created and the older reports it closed', async () => {
    const older = [1, 2].map((n) =>
      gh.addIssue({
        title: `📊 Token Usage Report 2026-03-2${n}`,
        body: `${REPORT_MARKER}\nold`,
        labels: [LABEL],
        createdAt: `2026-03-2${n}T06:00:00Z`,
      }),
    )
    const lines: string[] = []
    const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(m) }
    const now = new Date('2026-04-02T06:00:00Z')
    const runs = sonnetRuns('smoke-claude', 1, 1, now.getTime() / 1000)
    const result = await publishDay({
      issues,
      report: reportOf(runs, '2026-04-01T06:00:00.000Z', now.toISOString()),
      runs,
      settings: { ...settings, labels: [LABEL, 'ai-cost'] },
      now,
      log,
    })
    const newestFirst = older.map((issue) => issue.number).reverse()
    expect(result.closed).toEqual(newestFirst)
    expect(lines).toContain(`Closed older reports ${newestFirst.map((n) => `#${n}`).join(', ')}.`)
    // The fake made the report label with the seeded issues; the second label is new.
    expect(lines).toContain(`Created label 'ai-cost'.`)
  })

  test('the log says "report" when it closed one', async () => {
    const older = gh.addIssue({
      title: '📊 Token Usage Report 2026-03-21',
      body: `${REPORT_MARKER}\nold`,
      labels: [LABEL],
      createdAt: '2026-03-21T06:00:00Z',
    })
    const lines: string[] = []
    const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(m) }
    const now = new Date('2026-04-02T06:00:00Z')
    const runs = sonnetRuns('smoke-claude', 1, 1, now.getTime() / 1000)
    const result = await publishDay({
      issues,
      report: reportOf(runs, '2026-04-01T06:00:00.000Z', now.toISOString()),
      runs,
      settings,
      now,
      log,
    })
    expect(result.closed).toEqual([older.number])
    expect(lines).toContain(`Closed older report #${older.number}.`)
  })

  test('a failure to create the report leaves every older report open, and names the permission', async () => {
    const older = [1, 2].map((n) =>
      gh.addIssue({
        title: `📊 Token Usage Report 2026-03-2${n}`,
        body: `${REPORT_MARKER}\nold`,
        labels: [LABEL],
        createdAt: `2026-03-2${n}T06:00:00Z`,
      }),
    )
    gh.addLabel(LABEL)
    gh.inject({
      method: 'POST',
      path: '/repos/*/*/issues',
      status: 403,
      message: 'Resource not accessible by integration',
      times: Infinity,
    })
    await expect(day('2026-04-02T06:00:00Z', 1)).rejects.toThrow(/issues: write/)
    for (const issue of older) {
      const now = gh.issues.find((i) => i.number === issue.number)!
      expect(now.state).toBe('open')
      expect(now.comments).toHaveLength(0)
    }
    expect(gh.requests.filter((r) => r.method === 'PATCH' || r.route?.endsWith('/comments'))).toHaveLength(0)
  })

  test('a server error on creation closes nothing either', async () => {
    const older = gh.addIssue({ title: 'r 2026-03-31', body: REPORT_MARKER, labels: [LABEL], createdAt: '2026-03-31' })
    gh.inject({ method: 'POST', path: '/repos/*/*/issues', status: 500, times: Infinity })
    await expect(day('2026-04-02T06:00:00Z', 1)).rejects.toThrow()
    expect(gh.issues.find((i) => i.number === older.number)?.state).toBe('open')
  })

  test('closeOlder closes at most 10, newest first, each with a comment, writes serial and spaced', async () => {
    const seeded = Array.from({ length: 12 }, (_, i) =>
      gh.addIssue({
        title: `📊 Token Usage Report 2026-03-${String(i + 1).padStart(2, '0')}`,
        body: `${REPORT_MARKER}\nday ${i + 1}`,
        labels: [LABEL],
        createdAt: `2026-03-${String(i + 1).padStart(2, '0')}T06:00:00Z`,
      }),
    )
    const unrelated = gh.addIssue({ title: 'not a report', body: 'hello', labels: [LABEL] })
    const latest = seeded[11]
    gh.clearRequests()
    // Without the throttling plugin (it spaces writes in real time too): the spacing seen here is our own.
    const plain = createReportIssues(
      getOctokit('test-token', { baseUrl: gh.url }),
      { owner: gh.owner, repo: gh.repo },
      { writeSpacingMs: 1000, sleep: async (ms) => void sleeps.push(ms), clock: () => 0 },
    )
    const series = await readReportSeries(plain, { label: LABEL, limit: 100 }, silentLog)
    gh.clearRequests()
    const closed = await closeOlderReports(
      plain,
      series.issues,
      { noun: 'report', marker: REPORT_MARKER, date: '2026-04-02' },
      { number: latest.number, url: 'http://github.localhost/latest' },
      silentLog,
    )
    expect(closed).toEqual(
      seeded
        .slice(1, 11)
        .reverse()
        .map((i) => i.number),
    )
    for (const issue of gh.issues) {
      const shouldClose = closed.includes(issue.number)
      expect(issue.state).toBe(shouldClose ? 'closed' : 'open')
      if (shouldClose) {
        expect(issue.stateReason).toBe('not_planned')
        const superseded = `Superseded by #${latest.number} (http://github.localhost/latest).`
        expect(issue.comments.map((c) => c.body)).toEqual([`${superseded} Closed by token-usage-analyzer.`])
      }
    }
    expect(gh.issues.find((i) => i.number === unrelated.number)?.state).toBe('open')
    // 20 writes: close then comment, per issue (no open report ever says it was superseded); each after the first
    // waited the full spacing.
    const writes = gh.requests.filter((r) => r.method !== 'GET')
    expect(writes.map((r) => r.method)).toEqual(Array.from({ length: 10 }, () => ['PATCH', 'POST']).flat())
    expect(sleeps).toEqual(Array(19).fill(1000))
    // serial: no write started before the previous one was answered
    for (let i = 1; i < writes.length; i++) {
      expect(writes[i].startedAt).toBeGreaterThanOrEqual(writes[i - 1].startedAt + writes[i - 1].durationMs)
    }
  })

  test('a report for a past day does not close newer reports', async () => {
    const newer = gh.addIssue({
      title: '📊 Token Usage Report 2026-04-10',
      body: `${REPORT_MARKER}\nnewer`,
      labels: [LABEL],
      createdAt: '2026-04-10T06:00:00Z',
    })
    const older = gh.addIssue({
      title: '📊 Token Usage Report 2026-03-01',
      body: `${REPORT_MARKER}\nolder`,
      labels: [LABEL],
      createdAt: '2026-03-01T06:00:00Z',
    })
    const { result, window } = await day('2026-04-03T06:00:00Z', 1)
    expect(window.continues).toBe(older.number) // the newer report is not this one's predecessor
    expect(result.closed).toEqual([older.number])
    expect(gh.issues.find((i) => i.number === newer.number)?.state).toBe('open')
  })

  test('findReports pages through open and closed issues, newest first', async () => {
    for (let i = 0; i < 130; i++) {
      gh.addIssue({
        title: `r ${i}`,
        body: i % 2 ? REPORT_MARKER : 'other',
        labels: [LABEL],
        state: i % 3 ? 'open' : 'closed',
        createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3600_000).toISOString(),
      })
    }
    gh.clearRequests()
    const all = await issues.findReports({ label: LABEL, limit: 1000 })
    expect(all).toHaveLength(130)
    expect(all[0].title).toBe('r 129')
    expect(all.some((i) => i.state === 'closed')).toBe(true)
    expect(gh.requests.filter((r) => r.route?.endsWith('/issues'))).toHaveLength(2)
    const marked = await issues.findReports({ label: LABEL, marker: REPORT_MARKER, limit: 1000 })
    expect(marked).toHaveLength(65)
  })

  test('the first report of a repository creates its label with a colour and a description', async () => {
    const { result } = await day('2026-04-03T06:00:00Z', 1)
    expect(result.report.trends.previous).toBeNull()
    expect(gh.labels.find((l) => l.name === LABEL)).toMatchObject({
      color: LABEL_COLOR,
      description: LABEL_DESCRIPTION,
    })
    expect(gh.issues.find((i) => i.number === result.issueNumber)?.labels).toEqual([LABEL])
  })

  test('ensureLabel creates a missing label once', async () => {
    expect(await issues.ensureLabel('new-label', { color: 'ff0000', description: 'd' })).toBe(true)
    expect(await issues.ensureLabel('new-label', { color: 'ff0000', description: 'd' })).toBe(false)
    expect(gh.labels.filter((l) => l.name === 'new-label')).toEqual([
      expect.objectContaining({ color: 'ff0000', description: 'd' }),
    ])
  })

  test('dry-run writes nothing', async () => {
    gh.addIssue({ title: 'r 2026-03-31', body: REPORT_MARKER, labels: [LABEL], createdAt: '2026-03-31' })
    gh.clearRequests()
    const runs = sonnetRuns('smoke-claude', 1)
    const result = await publishDay({
      issues,
      report: reportOf(runs, null, clock.toISOString()),
      runs,
      settings: { ...settings, dryRun: true },
      now: clock,
    })
    expect(result.issueNumber).toBeNull()
    expect(result.body).toContain(REPORT_MARKER)
    // Asking who the token is (a GraphQL query, sent as a POST) writes nothing either.
    expect(gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toHaveLength(0)
  })
})

test('a 403 while closing an older report posts no "Superseded by" comment and says what failed', async () => {
  const older = gh.addIssue({
    title: '📊 Token Usage Report 2026-04-01',
    body: `${REPORT_MARKER}\nold`,
    labels: [LABEL],
    createdAt: '2026-04-01T06:00:00Z',
  })
  gh.inject({
    method: 'PATCH',
    path: `/repos/*/*/issues/${older.number}`,
    status: 403,
    message: 'Resource not accessible by integration',
  })
  const lines: string[] = []
  const log = { info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`) }
  const now = new Date('2026-04-02T06:00:00Z')
  clock = now
  const runs = sonnetRuns('smoke-claude', 1, 1, now.getTime() / 1000)
  const result = await publishDay({
    issues,
    report: reportOf(runs, '2026-04-01T06:00:00.000Z', now.toISOString()),
    runs,
    settings,
    now,
    log,
  })
  // The new report stands; the older one stays open, without a comment saying it was superseded.
  expect(result.created).toBe(true)
  expect(result.closed).toEqual([])
  expect(older.state).toBe('open')
  expect(older.comments).toEqual([])
  expect(lines.join('\n')).toMatch(new RegExp(`warning: Closing report #${older.number} failed .*issues: write`))
})
