// One open report a day, whatever happens around the create: two runs of the same moment (a schedule and a manual
// dispatch), a create answered 502 after it went through, a report whose marker someone removed, a run that
// stopped between creating its report and closing the older ones. Real Octokit (retries on), real HTTP.
import { createOctokit } from '../../src/github/octokit-client.js'
import { createReportIssues, type ReportIssues } from '../../src/github/report-issues.js'
import type { DailyIssueSettings } from '../../src/orchestrator/daily-issue.js'
import { readReportSeries, type SeriesLog } from '../../src/series/report-series.js'
import { silentLog } from './series-fixtures.js'
import { closeOlderReports } from '../../src/series/publish-report.js'
import { planWindow } from '../../src/orchestrator/report-window.js'
import { parseDuration, parseTimeOrDuration } from '../../src/settings/time-input.js'
import { REPORT_MARKER } from '../../src/series/markers.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { publishDay, readDay, reportOf, sonnetRuns } from './series-fixtures.js'

const LABEL = 'token-usage-report'
const TITLE = '📊 Token Usage Report'
const settings: DailyIssueSettings = {
  titlePrefix: TITLE,
  labels: [LABEL],
  history: 14,
  trendThreshold: 0.2,
  closeOlder: true,
  dryRun: false,
}

let gh: FakeGitHub | undefined

afterEach(async () => {
  await gh?.close()
  gh = undefined
})

/** The report issues of one run of the action: its own Octokit, retries as in production but with short waits. */
function issuesOfOneRun(server: FakeGitHub): ReportIssues {
  const octokit = createOctokit('test-token', { baseUrl: server.url, retryBaseMs: 5, writeSpacingMs: 0 })
  return createReportIssues(octokit, server, { writeSpacingMs: 0, createRetryMs: 5 })
}

/** One run of the action's report part for the day ending at `now`, as daily-report.ts does it. */
async function day(issues: ReportIssues, now: string, log?: SeriesLog) {
  const clock = new Date(now)
  const daily = await readDay(issues, settings, clock, log)
  const window = planWindow({
    latest: daily.earlier[0],
    now: clock,
    lookback: parseTimeOrDuration('24h'),
    maxLookback: parseDuration('7d'),
  })
  const runs = sonnetRuns('smoke-claude', 2, 1, Date.parse(now) / 1000)
  const report = reportOf(runs, window.since, window.until)
  return publishDay({ issues, report, runs, settings, now: clock, daily, ...(log ? { log } : {}) })
}

const openReports = (server: FakeGitHub) =>
  server.issues.filter((issue) => issue.state === 'open' && issue.labels.includes(LABEL))

async function serverWithYesterday(): Promise<{ server: FakeGitHub; yesterday: number }> {
  const server = await startFakeGitHub({ now: () => new Date('2026-04-02T06:00:00Z') })
  server.addLabel(LABEL)
  const yesterday = server.addIssue({
    title: `${TITLE} 2026-04-01`,
    body: `${REPORT_MARKER}\nyesterday`,
    labels: [LABEL],
    createdAt: '2026-04-01T06:00:00Z',
  })
  return { server, yesterday: yesterday.number }
}

test('two runs for one day at the same moment, the create taking a second: one open report, every time', async () => {
  let raced = 0
  for (let trial = 1; trial <= 5; trial++) {
    const { server, yesterday } = await serverWithYesterday()
    gh = server
    server.inject({ method: 'POST', path: '/repos/*/*/issues', delayMs: 1000, times: Infinity })
    const warnings: string[] = []
    const log: SeriesLog = { info: () => undefined, warning: (m: string) => void warnings.push(m) }
    const [schedule, dispatch] = await Promise.all([
      day(issuesOfOneRun(server), '2026-04-02T06:00:00Z', log),
      day(issuesOfOneRun(server), '2026-04-02T06:00:07Z', log),
    ])

    const open = openReports(server)
    expect({ trial, open: open.map((issue) => issue.title) }).toEqual({ trial, open: [`${TITLE} 2026-04-02`] })
    // Both runs name the report that stayed; the newer one was closed as its duplicate, with a comment saying so.
    expect(schedule.issueNumber).toBe(open[0].number)
    expect(dispatch.issueNumber).toBe(open[0].number)
    const duplicates = server.issues.filter((issue) => issue.title.endsWith('2026-04-02') && issue.state === 'closed')
    for (const duplicate of duplicates) {
      expect(duplicate.number).toBeGreaterThan(open[0].number)
      expect(duplicate.comments.map((c) => c.body).join('\n')).toContain(`Duplicate of #${open[0].number}`)
    }
    if (duplicates.length > 0) expect(warnings.join('\n')).toContain('closed as a duplicate')
    raced += duplicates.length
    const closedYesterday = server.issues.find((issue) => issue.number === yesterday)
    expect(closedYesterday?.state).toBe('closed')
    // Closed once, with one comment: the run that closed its own duplicate leaves the older reports to the other.
    expect(closedYesterday?.comments).toHaveLength(1)
    await server.close()
    gh = undefined
  }
  // Both runs looked before either create was visible, so both created: the duplicate path was taken.
  expect(raced).toBeGreaterThan(0)
})

test('a create that answered 502 after creating the report is not repeated: one report', async () => {
  const { server } = await serverWithYesterday()
  gh = server
  const fault = server.inject({ method: 'POST', path: '/repos/*/*/issues', status: 502, afterEffect: true })
  const result = await day(issuesOfOneRun(server), '2026-04-02T06:00:00Z')
  expect(fault.hits).toBe(1)
  const today = server.issues.filter((issue) => issue.title.endsWith('2026-04-02'))
  expect(today).toHaveLength(1)
  expect(today[0].state).toBe('open')
  expect(result.issueNumber).toBe(today[0].number)
  expect(openReports(server)).toHaveLength(1)
})

test('a create that answered 502 before creating anything is tried again once the report is not found', async () => {
  const { server } = await serverWithYesterday()
  gh = server
  server.inject({ method: 'POST', path: '/repos/*/*/issues', status: 502 })
  const result = await day(issuesOfOneRun(server), '2026-04-02T06:00:00Z')
  const today = server.issues.filter((issue) => issue.title.endsWith('2026-04-02'))
  expect(today.map((issue) => issue.number)).toEqual([result.issueNumber])
  const creates = server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))
  expect(creates.map((r) => r.status)).toEqual([502, 201])
})

test('a report of today whose marker a person removed is found by label and title and updated, not duplicated', async () => {
  const { server } = await serverWithYesterday()
  gh = server
  const edited = server.addIssue({
    title: `${TITLE} 2026-04-02`,
    body: 'Someone rewrote this report by hand.',
    labels: [LABEL],
    createdAt: '2026-04-02T05:00:00Z',
  })
  const result = await day(issuesOfOneRun(server), '2026-04-02T06:00:00Z')
  expect(result.issueNumber).toBe(edited.number)
  expect(result.created).toBe(false)
  expect(server.issues.filter((issue) => issue.title.endsWith('2026-04-02'))).toHaveLength(1)
  expect(edited.body).toContain(REPORT_MARKER)
})

test('closing older reports never closes a report of the same date or a newer one', async () => {
  const { server, yesterday } = await serverWithYesterday()
  gh = server
  const report = (date: string) =>
    server.addIssue({ title: `${TITLE} ${date}`, body: `${REPORT_MARKER}\n${date}`, labels: [LABEL] }).number
  const sameDay = report('2026-04-02')
  const ours = report('2026-04-02')
  const later = report('2026-04-03')
  const issues = issuesOfOneRun(server)
  const series = await readReportSeries(issues, { label: LABEL, limit: 100 }, silentLog)
  const closed = await closeOlderReports(
    issues,
    series.issues,
    { noun: 'report', marker: REPORT_MARKER, date: '2026-04-02' },
    { number: ours, url: 'http://github.localhost/ours' },
    silentLog,
  )
  expect(closed).toEqual([yesterday])
  expect(openReports(server).map((issue) => issue.number)).toEqual([sameDay, ours, later])
})

test('a run that stopped after creating its report but before closing older ones is repaired by the next run', async () => {
  const { server, yesterday } = await serverWithYesterday()
  gh = server
  // Day 2's run creates its report, then every close fails: the older report stays open (and uncommented).
  server.inject({ method: 'PATCH', path: '/repos/*/*/issues/*', status: 500, times: Infinity })
  const stopped = await day(issuesOfOneRun(server), '2026-04-02T06:00:00Z')
  expect(stopped.closed).toEqual([])
  expect(openReports(server).map((issue) => issue.number)).toEqual([yesterday, stopped.issueNumber])
  server.clearFaults()

  // A re-run of day 2 updates its report and closes the older one; day 3 closes day 2's.
  const rerun = await day(issuesOfOneRun(server), '2026-04-02T09:00:00Z')
  expect(rerun.issueNumber).toBe(stopped.issueNumber)
  expect(rerun.closed).toEqual([yesterday])
  expect(openReports(server).map((issue) => issue.number)).toEqual([stopped.issueNumber])
  const next = await day(issuesOfOneRun(server), '2026-04-03T06:00:00Z')
  expect(next.closed).toEqual([stopped.issueNumber])
  expect(openReports(server).map((issue) => issue.number)).toEqual([next.issueNumber])
})

test('two runs while the listing lags behind creates both keep theirs; the next run closes the duplicate', async () => {
  const server = await startFakeGitHub({ now: () => new Date('2026-04-02T06:00:00Z'), issueListingLagMs: 3000 })
  gh = server
  server.addLabel(LABEL)
  const warnings: string[] = []
  const log: SeriesLog = { info: () => undefined, warning: (m: string) => void warnings.push(m) }
  // Neither run's second look sees the other's report: both stay open, as on GitHub while its listing lags.
  const [a, b] = await Promise.all([
    day(issuesOfOneRun(server), '2026-04-02T06:00:00Z', log),
    day(issuesOfOneRun(server), '2026-04-02T06:00:05Z', log),
  ])
  const numbers = [a.issueNumber!, b.issueNumber!].sort((x, y) => x - y)
  expect(openReports(server).map((issue) => issue.number)).toEqual(numbers)

  // The next run (here a re-run of the day, once the listing caught up) keeps the lowest number and closes the other.
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const next = await day(issuesOfOneRun(server), '2026-04-02T09:00:00Z', log)
  expect(next.issueNumber).toBe(numbers[0])
  expect(openReports(server).map((issue) => issue.number)).toEqual([numbers[0]])
  const duplicate = server.issues.find((issue) => issue.number === numbers[1])!
  expect(duplicate.stateReason).toBe('not_planned')
  expect(duplicate.comments.map((c) => c.body).join('\n')).toContain(`Duplicate of #${numbers[0]}`)
}, 30_000)
