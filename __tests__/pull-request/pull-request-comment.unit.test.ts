// The pure parts of the pull-request mode: the record of runs and its totals, the data block, the noise and budget
// decisions, the typical pull request, the event reading, and the inputs.
import { gzipSync } from 'node:zlib'
import {
  dataBlockOf,
  isPullRequestComment,
  PULL_REQUEST_MARKER,
  readRecord,
} from '../../src/pull-request/comment-data-block.js'
import { renderPullRequestComment } from '../../src/pull-request/comment-markdown.js'
import { budgetStatusOf, writeDecisionOf } from '../../src/pull-request/comment-policy.js'
import { completedRunOf, pullRequestOfRun } from '../../src/pull-request/completed-run-event.js'
import { pullRequestCostsBlockOf, readPullRequestCosts } from '../../src/report/pull-request-costs-block.js'
import {
  totalsOf,
  withRun,
  type PullRequestRecord,
  type PullRequestRun,
} from '../../src/pull-request/pull-request-runs.js'
import { typicalPullRequestOf } from '../../src/pull-request/typical-pull-request.js'
import { parsePullRequestBudget, pullRequestSettingsOf } from '../../src/settings/pull-request-input.js'

function run(id: number, overrides: Partial<PullRequestRun> = {}): PullRequestRun {
  return {
    runId: String(id),
    attempt: 1,
    workflow: 'Code Review',
    url: `https://github.com/o/r/actions/runs/${id}`,
    conclusion: 'success',
    state: 'analysed',
    hasData: true,
    requests: 10,
    totalTokens: 1000,
    costUsd: 0.25,
    aiCredits: 25,
    createdAt: `2026-12-01T0${id % 10}:00:00Z`,
    ...overrides,
  }
}

describe('the record of a pull request', () => {
  it('keys runs by run id and attempt: the same attempt again changes nothing, a re-run attempt is a new row', () => {
    let record: PullRequestRecord = { number: 7, runs: [] }
    record = withRun(record, run(2))
    record = withRun(record, run(1, { conclusion: 'failure', costUsd: 0.5, aiCredits: null }))
    const again = withRun(record, run(2, { costUsd: 99 }))
    expect(again).toBe(record)
    record = withRun(record, run(2, { attempt: 2, costUsd: 0.125 }))
    expect(record.runs.map((r) => `${r.runId}#${r.attempt}`)).toEqual(['1#1', '2#1', '2#2'])
    const totals = totalsOf(record)
    expect(totals.costUsd).toBeCloseTo(0.5 + 0.25 + 0.125, 12)
    expect(totals.failedCostUsd).toBe(0.5)
    expect(totals.failedRuns).toBe(1)
    // AI credits: the runs that recorded any (the failed run recorded none).
    expect(totals.aiCredits).toBe(50)
  })
})

describe('the data block', () => {
  const record: PullRequestRecord = { number: 7, runs: [run(1), run(2, { aiCredits: null, hasData: false })] }

  it('reads back what it wrote, and only for its own pull request', () => {
    const body = renderPullRequestComment({ record, budget: null, typical: null })
    expect(isPullRequestComment(body)).toBe(true)
    expect(readRecord(body, 7)).toEqual({ status: 'ok', record })
    expect(readRecord(body, 8)).toMatchObject({ status: 'invalid', reason: expect.stringContaining('#7, not #8') })
  })

  it('is ours only when the marker opens the comment, not when it is quoted', () => {
    expect(isPullRequestComment(`> ${PULL_REQUEST_MARKER}\n> quoted`)).toBe(false)
    expect(isPullRequestComment(`${PULL_REQUEST_MARKER}\n...`)).toBe(true)
  })

  it('refuses an edited block that does not validate, naming why', () => {
    const bad = gzipSync(Buffer.from(JSON.stringify({ v: 1, number: 7, runs: [{ runId: '1' }] }))).toString('base64')
    const reading = readRecord(`<!-- token-usage-analyzer:pr-data v1 ${bad} -->`, 7)
    expect(reading.status).toBe('invalid')
    expect(readRecord(`${dataBlockOf(record)}\n${dataBlockOf(record)}`, 7)).toMatchObject({ status: 'invalid' })
    expect(readRecord('no block here', 7)).toEqual({ status: 'ok', record: { number: 7, runs: [] } })
  })

  it('the daily report pull request rows read back', () => {
    const rows = [
      { number: 3, runs: 2, costUsd: 1.25 },
      { number: 9, runs: 1, costUsd: 0.5 },
    ]
    expect(readPullRequestCosts(`text ${pullRequestCostsBlockOf(rows)}`)).toEqual({ status: 'ok', rows })
    expect(readPullRequestCosts('nothing')).toEqual({ status: 'missing' })
  })
})

describe('noise control and the budget', () => {
  it('parses $N and N AIC, quoting what it cannot', () => {
    expect(parsePullRequestBudget('$2')).toEqual({ limit: 2, unit: 'USD' })
    expect(parsePullRequestBudget('500 AIC')).toEqual({ limit: 500, unit: 'AIC' })
    expect(() => parsePullRequestBudget('2 dollars')).toThrow("'2 dollars'")
  })

  it('counts AIC as recorded, and USD × 100 for a run that recorded none', () => {
    const record = { number: 1, runs: [run(1, { aiCredits: 40 }), run(2, { aiCredits: null, costUsd: 0.3 })] }
    const status = budgetStatusOf(record, { limit: 90, unit: 'AIC' })!
    expect(status.spent).toBeCloseTo(40 + 30, 10)
    expect(status).toMatchObject({ status: 'warning', estimated: true })
    expect(budgetStatusOf(record, { limit: 0.5, unit: 'USD' })).toMatchObject({ status: 'exceeded' })
    expect(budgetStatusOf(record, undefined)).toBeNull()
  })

  it('writes for a new run only, as the policy says', () => {
    const base = { changed: true, costBefore: 1, costAfter: 1.5, budget: null }
    expect(writeDecisionOf({ ...base, policy: 'always', changed: false }).write).toBe(false)
    expect(writeDecisionOf({ ...base, policy: 'always' }).write).toBe(true)
    expect(writeDecisionOf({ ...base, policy: 'increase' }).write).toBe(true)
    expect(writeDecisionOf({ ...base, policy: 'increase', costAfter: 1 }).write).toBe(false)
    const over = {
      limit: 1,
      unit: 'USD' as const,
      spent: 1.5,
      share: 1.5,
      status: 'exceeded' as const,
      estimated: false,
    }
    expect(writeDecisionOf({ ...base, policy: 'over-budget', budget: over }).write).toBe(true)
    expect(writeDecisionOf({ ...base, policy: 'over-budget', budget: { ...over, status: 'ok' } }).write).toBe(false)
  })

  it('reads the inputs, naming the input in every error', () => {
    const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? ''
    expect(pullRequestSettingsOf(inputs({}))).toEqual({ comment: 'always' })
    expect(pullRequestSettingsOf(inputs({ comment: 'over-budget', 'pr-budget': '$2', 'pull-request': '#12' }))).toEqual(
      {
        comment: 'over-budget',
        budget: { limit: 2, unit: 'USD' },
        number: 12,
      },
    )
    expect(() => pullRequestSettingsOf(inputs({ comment: 'loud' }))).toThrow("Invalid input 'comment': 'loud'")
    expect(() => pullRequestSettingsOf(inputs({ comment: 'over-budget' }))).toThrow("'pr-budget'")
    expect(() => pullRequestSettingsOf(inputs({ 'pr-budget': '2' }))).toThrow("Invalid input 'pr-budget'")
    expect(() => pullRequestSettingsOf(inputs({ 'pull-request': 'abc' }))).toThrow("Invalid input 'pull-request'")
  })
})

describe('the typical pull request', () => {
  it('is the median over the other pull requests, each summed over its days', () => {
    const days = [
      [
        { number: 1, costUsd: 1 },
        { number: 2, costUsd: 4 },
      ],
      [
        { number: 1, costUsd: 2 },
        { number: 3, costUsd: 10 },
        { number: 9, costUsd: 100 },
      ],
    ]
    // #9 is this pull request: 1+2=3, 4 and 10 remain; their median is 4.
    expect(typicalPullRequestOf(days, 9)).toEqual({ medianUsd: 4, pullRequests: 3, days: 30 })
    expect(typicalPullRequestOf([[{ number: 9, costUsd: 1 }]], 9)).toBeNull()
  })
})

describe('the completed run of an event', () => {
  const repository = { owner: 'octo-org', repo: 'agent-repo' }
  const payload = (overrides: Record<string, unknown>) => ({
    workflow_run: {
      id: 5,
      name: 'Code Review',
      status: 'completed',
      conclusion: 'success',
      head_sha: 'abc',
      head_branch: 'patch-1',
      head_repository: { owner: { login: 'forker' } },
      pull_requests: [],
      ...overrides,
    },
  })

  it('leaves in-progress and skipped runs alone', () => {
    const event = (o: Record<string, unknown>) => ({ name: 'workflow_run', payload: payload(o) })
    expect(completedRunOf(event({ status: 'in_progress', conclusion: null }), repository).kind).toBe('ignored')
    expect(completedRunOf(event({ conclusion: 'skipped' }), repository).kind).toBe('ignored')
    expect(() => completedRunOf({ name: 'push', payload: {} }, repository)).toThrow('workflow_run')
  })

  it('takes only this repository’s pull requests from the run, then looks by head SHA and by head label', async () => {
    const other = { number: 4, base: { repo: { url: 'https://api.github.com/repos/someone/else' } } }
    const reading = completedRunOf({ name: 'workflow_run', payload: payload({ pull_requests: [other] }) }, repository)
    if (reading.kind !== 'run') throw new Error('expected a run')
    expect(reading.run.pullRequests).toEqual([])
    expect(reading.run.headLabel).toBe('forker:patch-1')
    const calls: string[] = []
    const pulls = {
      ofCommit: async (sha: string) => {
        calls.push(`sha ${sha}`)
        // A merged pull request whose head is another commit does not count.
        return [{ number: 2, state: 'closed' as const, headSha: 'zzz', headLabel: 'x:y', url: '' }]
      },
      ofHead: async (label: string) => {
        calls.push(`label ${label}`)
        return [{ number: 3, state: 'open' as const, headSha: 'def', headLabel: label, url: '' }]
      },
    }
    expect(await pullRequestOfRun(reading.run, pulls)).toEqual({ number: 3, how: 'head forker:patch-1' })
    expect(calls).toEqual(['sha abc', 'label forker:patch-1'])
  })
})
