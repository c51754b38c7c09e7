// The pull-request mode end to end against the fake GitHub with pull requests: five completed agent runs (two
// workflows on one pull request, a fork's pull request found by head SHA, a pull request found by head label, and a
// run on no pull request) each leave exactly one comment per pull request with the exact total of its runs so far;
// events delivered again, or twice at once, change no number and download nothing again.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  jsonl,
  records,
  startCollectorHarness,
  type CollectorHarness,
  type TestRecord,
} from '../collect/collector-harness.js'
import { recordingDeps, settingsFor } from '../orchestrator/action-harness.js'
import { addPullRequest, workflowRunEventOf, type FakePullRequest, type FakeRun } from '../support/fake-github/index.js'

const NOW = new Date('2026-12-01T12:00:00Z')
const MODEL = 'pr-test-model'
// USD per million tokens: the test prices every record itself with these.
const RATES = { input: 150, output: 600, cacheRead: 15, cacheWrite: 190 }
const PRICES = JSON.stringify({ [MODEL]: RATES })
const MARKER = '<!-- token-usage-analyzer:pull-request -->'
const STRANGER = { login: 'mallory', id: 66, type: 'User' as const }

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
let readRecord: typeof import('../../src/pull-request/comment-data-block.js').readRecord

type Priced = TestRecord & { ai_credits_this_response: number }
const recordsOfRun = new Map<number, Priced[]>()
const pulls: Record<'a' | 'fork' | 'c' | 'quiet', FakePullRequest> = {} as never
const runs: Record<'review' | 'fix' | 'fork' | 'labelled' | 'none', FakeRun> = {} as never

function costOf(list: readonly Priced[]): number {
  return list.reduce(
    (sum, r) =>
      sum +
      (r.input_tokens * RATES.input +
        r.output_tokens * RATES.output +
        r.cache_read_tokens * RATES.cacheRead +
        r.cache_write_tokens * RATES.cacheWrite) /
        1e6,
    0,
  )
}

async function seedRun(run: FakeRun, count: number): Promise<void> {
  const list = records('anthropic', MODEL, count).map((r, i) => ({ ...r, ai_credits_this_response: 3 + i }))
  recordsOfRun.set(run.id, list)
  await h.gh.addArtifact(run.id, 'usage', { files: { 'agent/token_usage.jsonl': jsonl(list) } })
}

beforeAll(async () => {
  h = await startCollectorHarness({ now: () => NOW })
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  ;({ readRecord } = await import('../../src/pull-request/comment-data-block.js'))
  work = await mkdtemp(path.join(os.tmpdir(), 'pr-mode-'))
  const at = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000)
  pulls.a = addPullRequest(h.gh, { headRef: 'feature-a', headSha: 'a'.repeat(40), title: 'Feature A' })
  pulls.fork = addPullRequest(h.gh, { headOwner: 'forker', headRef: 'patch-1', headSha: 'f'.repeat(40) })
  pulls.c = addPullRequest(h.gh, { headRef: 'feature-c', headSha: 'c'.repeat(40) })
  pulls.quiet = addPullRequest(h.gh, { headRef: 'feature-q', headSha: '9'.repeat(40) })
  // Someone else's comment that starts with our marker: never adopted, never edited.
  h.gh.addComment(pulls.a.number, `${MARKER}\nNot the action's.`, STRANGER)
  const run = (workflow: string, headBranch: string, headSha: string, hours: number, conclusion = 'success') =>
    h.gh.addRun({ workflow, headBranch, headSha, createdAt: at(hours), event: 'pull_request', conclusion } as never)
  runs.review = run('Code Review', 'feature-a', 'a'.repeat(40), 6)
  runs.fix = run('Fix Tests', 'feature-a', 'a'.repeat(40), 5, 'failure')
  runs.fork = run('Code Review', 'patch-1', 'f'.repeat(40), 4)
  // An older commit of feature-c: neither pull_requests nor the head SHA finds it, the head label does.
  runs.labelled = run('Code Review', 'feature-c', 'e'.repeat(40), 3)
  runs.none = run('Code Review', 'main', 'd'.repeat(40), 2)
  await seedRun(runs.review, 3)
  await seedRun(runs.fix, 2)
  await seedRun(runs.fork, 4)
  await seedRun(runs.labelled, 1)
  await seedRun(runs.none, 2)
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function deliver(run: FakeRun, inputs: Record<string, string> = {}) {
  const recorded = await recordingDeps(h, work, NOW)
  recorded.deps.env.event = { name: 'workflow_run', payload: workflowRunEventOf(h.gh, run) }
  const settings = await settingsFor(h, { mode: 'pull-request', prices: PRICES, 'prices-update': 'off', ...inputs })
  await runAction(settings, recorded.deps)
  return recorded
}

const blobDownloads = () => h.gh.requests.filter((entry) => !entry.isApi).length

function ourComments(pull: FakePullRequest) {
  const issue = h.gh.issues.find((i) => i.number === pull.number)!
  return issue.comments.filter((c) => c.user.login === 'github-actions[bot]' && c.body.startsWith(MARKER))
}

/** The one comment's record and the total the test expects from the records of these runs. */
function expectComment(pull: FakePullRequest, expected: FakeRun[]) {
  const comments = ourComments(pull)
  expect(comments).toHaveLength(1)
  const reading = readRecord(comments[0].body, pull.number)
  if (reading.status !== 'ok') throw new Error(reading.reason)
  const list = expected.flatMap((run) => recordsOfRun.get(run.id)!)
  expect(reading.record.runs.map((r) => r.runId).sort()).toEqual(expected.map((r) => String(r.id)).sort())
  const cost = reading.record.runs.reduce((sum, r) => sum + r.costUsd, 0)
  expect(cost).toBeCloseTo(costOf(list), 10)
  expect(reading.record.runs.reduce((sum, r) => sum + r.requests, 0)).toBe(list.length)
  expect(reading.record.runs.reduce((sum, r) => sum + (r.aiCredits ?? 0), 0)).toBe(
    list.reduce((sum, r) => sum + r.ai_credits_this_response, 0),
  )
  return { comment: comments[0], cost }
}

describe('mode pull-request', () => {
  it('comments once per pull request with the exact total of its runs so far', async () => {
    const first = await deliver(runs.review)
    expectComment(pulls.a, [runs.review])
    expect(first.outputs['pr-number']).toBe(pulls.a.number)
    expect(first.outputs['total-cost-usd']).toBe(costOf(recordsOfRun.get(runs.review.id)!).toFixed(2))

    const second = await deliver(runs.fix)
    const { comment, cost } = expectComment(pulls.a, [runs.review, runs.fix])
    expect(comment.body).toContain(`Runs that failed: $${costOf(recordsOfRun.get(runs.fix.id)!).toFixed(2)} (1 run)`)
    const json = JSON.parse(await readFile(String(second.outputs['report-json']), 'utf8'))
    expect(json.pullRequest).toMatchObject({ number: pulls.a.number, runs: 2, runsWithData: 2, requests: 5 })
    expect(json.pullRequest.costUsd).toBeCloseTo(cost, 10)

    // The fork's run lists no pull request: found by head SHA. The older commit of feature-c: by head label.
    await deliver(runs.fork)
    expectComment(pulls.fork, [runs.fork])
    const labelled = await deliver(runs.labelled)
    expectComment(pulls.c, [runs.labelled])
    expect(labelled.lines.join('\n')).toContain('found by head octo-org:feature-c')

    // A run on no pull request writes nothing and ends green with a notice.
    const before = h.gh.issues.flatMap((i) => i.comments).length
    const none = await deliver(runs.none)
    expect(none.outputs['pr-number']).toBe('')
    expect(none.lines.join('\n')).toMatch(/is on no pull request/)
    expect(h.gh.issues.flatMap((i) => i.comments)).toHaveLength(before)

    expect(ourComments(pulls.quiet)).toHaveLength(0)
    const stranger = h.gh.issues
      .find((i) => i.number === pulls.a.number)!
      .comments.find((c) => c.user.login === 'mallory')
    expect(stranger?.body).toBe(`${MARKER}\nNot the action's.`)
  })

  it('downloads nothing and changes nothing for an event delivered again, or twice at once', async () => {
    const bodies = () => [pulls.a, pulls.fork, pulls.c].map((pull) => ourComments(pull)[0].body)
    const downloads = blobDownloads()
    const before = bodies()
    for (let i = 0; i < 3; i++) await deliver(runs.fix)
    await Promise.all([deliver(runs.fork), deliver(runs.fork)])
    expect(blobDownloads()).toBe(downloads)
    expect(bodies()).toEqual(before)
    expectComment(pulls.a, [runs.review, runs.fix])
    expectComment(pulls.fork, [runs.fork])
  })

  it('the daily report lists the pull requests by cost, and a comment compares with their median', async () => {
    const recorded = await recordingDeps(h, work, NOW)
    const settings = await settingsFor(h, { until: NOW.toISOString(), lookback: '24h', prices: PRICES })
    await runAction(settings, recorded.deps)
    const json = JSON.parse(await readFile(String(recorded.outputs['report-json']), 'utf8'))
    const costA = costOf([...recordsOfRun.get(runs.review.id)!, ...recordsOfRun.get(runs.fix.id)!])
    const costFork = costOf(recordsOfRun.get(runs.fork.id)!)
    // By pull_requests (#a) and, for the fork's run, by head SHA; the run on no pull request is in none.
    expect(json.pullRequests.map((p: { number: number }) => p.number)).toEqual(
      costA > costFork ? [pulls.a.number, pulls.fork.number] : [pulls.fork.number, pulls.a.number],
    )
    const byNumber = new Map(json.pullRequests.map((p: { number: number; costUsd: number }) => [p.number, p]))
    expect((byNumber.get(pulls.a.number) as { costUsd: number }).costUsd).toBeCloseTo(costA, 10)
    expect((byNumber.get(pulls.fork.number) as { runs: number }).runs).toBe(1)
    expect(json.pullRequestMedianUsd).toBeCloseTo((costA + costFork) / 2, 10)
    const report = h.gh.issues.find((i) => i.body?.includes('## Pull requests'))!
    // Written so that GitHub links nothing: a daily report adds no mention to the pull request's timeline.
    expect(report.body).toContain(`| \\#\u200d${pulls.a.number} | Code Review, Fix Tests | 2 |`)

    // A new run on #c: its comment compares with the median of the other pull requests in the daily reports.
    const next = h.gh.addRun({
      workflow: 'Fix Tests',
      headBranch: 'feature-c',
      headSha: 'c'.repeat(40),
      createdAt: new Date(NOW.getTime() - 1_800_000),
      event: 'pull_request',
    })
    await seedRun(next, 2)
    await deliver(next)
    const { comment } = expectComment(pulls.c, [runs.labelled, next])
    const median = (costA + costFork) / 2
    expect(comment.body).toContain(
      `Typical pull request here: $${median.toFixed(2)} (median agent cost of 2 pull requests`,
    )
  })

  it('two events that create the comment at the same moment leave one comment with both runs', async () => {
    const race = addPullRequest(h.gh, { headRef: 'feature-r', headSha: '7'.repeat(40) })
    const at = new Date(NOW.getTime() - 900_000)
    const first = h.gh.addRun({
      workflow: 'Code Review',
      headBranch: 'feature-r',
      headSha: '7'.repeat(40),
      createdAt: at,
    })
    const second = h.gh.addRun({
      workflow: 'Fix Tests',
      headBranch: 'feature-r',
      headSha: '7'.repeat(40),
      createdAt: at,
    })
    await seedRun(first, 1)
    await seedRun(second, 2)
    await Promise.all([deliver(first), deliver(second)])
    expectComment(race, [first, second])
  })
})
