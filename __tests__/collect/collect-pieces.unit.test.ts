import { ApiBudget } from '../../src/github/api-budget.js'
import type { RunArtifact, WorkflowRun } from '../../src/github/github-client.js'
import { chooseArtifact } from '../../src/collect/artifact-choice.js'
import { CollectProgress } from '../../src/collect/collect-progress.js'
import { collectionWindow } from '../../src/collect/collection-window.js'
import { selectRuns } from '../../src/collect/run-selection.js'

function run(id: number, workflowName: string, file: string, conclusion: string | null = 'success'): WorkflowRun {
  return {
    id,
    attempt: 1,
    workflowName,
    workflowPath: `.github/workflows/${file}`,
    createdAt: '2026-11-25T10:00:00Z',
    status: conclusion === null ? 'in_progress' : 'completed',
    conclusion,
    url: `https://github.com/o/r/actions/runs/${id}`,
  }
}

function artifact(id: number, name: string, expired = false): RunArtifact {
  return { id, name, runId: 1, expired, sizeInBytes: 100 }
}

describe('selectRuns', () => {
  const runs = [
    run(1, 'Daily Planner', 'daily-planner.lock.yml'),
    run(2, 'Copilot Triage', 'triage.yml', 'failure'),
    run(3, 'Daily Planner', 'daily-planner.lock.yml', 'cancelled'),
    run(4, 'Daily Planner', 'daily-planner.lock.yml', null),
    run(5, 'Token usage report', 'token-usage.yml'),
  ]
  const ids = (selected: WorkflowRun[]) => selected.map((r) => r.id)

  test('defaults: success and failure, the own run left out', () => {
    expect(ids(selectRuns(runs, { excludeRunId: '5' }))).toEqual([1, 2])
    expect(ids(selectRuns(runs, {}))).toEqual([1, 2, 5])
  })
  test('workflows by name, file name, stem or path, case-insensitively', () => {
    expect(ids(selectRuns(runs, { workflows: ['daily planner'] }))).toEqual([1])
    expect(ids(selectRuns(runs, { workflows: ['triage.yml'] }))).toEqual([2])
    expect(ids(selectRuns(runs, { workflows: ['daily-planner'] }))).toEqual([1])
    expect(ids(selectRuns(runs, { workflows: ['.github/workflows/triage.yml', 'Daily Planner'] }))).toEqual([1, 2])
    expect(ids(selectRuns(runs, { workflows: ['nope'] }))).toEqual([])
  })
  test('exclude-workflows and conclusions', () => {
    expect(ids(selectRuns(runs, { excludeWorkflows: ['Copilot Triage', 'token-usage.yml'] }))).toEqual([1])
    expect(ids(selectRuns(runs, { conclusions: ['cancelled', 'FAILURE'] }))).toEqual([2, 3])
  })
})

describe('chooseArtifact', () => {
  const names = ['usage', 'agent', 'agent-artifacts']
  test('the first name present wins, whatever the listing order', () => {
    expect(chooseArtifact([artifact(7, 'agent'), artifact(8, 'usage')], names)).toEqual({
      kind: 'download',
      artifact: artifact(8, 'usage'),
      also: [],
    })
  })
  test('an expired preferred artifact gives way to a live one of a later name', () => {
    expect(chooseArtifact([artifact(8, 'usage', true), artifact(7, 'agent')], names)).toEqual({
      kind: 'download',
      artifact: artifact(7, 'agent'),
      also: [],
    })
  })
  test('all expired, none, or only names not asked for', () => {
    expect(chooseArtifact([artifact(8, 'usage', true), artifact(7, 'agent', true)], names)).toEqual({
      kind: 'expired',
      names: ['usage', 'agent'],
    })
    expect(chooseArtifact([], names)).toEqual({ kind: 'none' })
    expect(chooseArtifact([artifact(9, 'coverage')], names)).toEqual({ kind: 'none' })
  })
  test('of two uploads with one name, the newest', () => {
    expect(chooseArtifact([artifact(3, 'usage'), artifact(5, 'usage')], names)).toEqual({
      kind: 'download',
      artifact: artifact(5, 'usage'),
      also: [],
    })
  })
})

describe('collectionWindow', () => {
  const now = new Date('2026-11-26T00:00:00Z')
  test('durations and ISO times', () => {
    expect(collectionWindow(undefined, undefined, now)).toEqual({ since: new Date('2026-11-25T00:00:00Z'), until: now })
    expect(collectionWindow('7d', undefined, now).since).toEqual(new Date('2026-11-19T00:00:00Z'))
    expect(collectionWindow('2026-11-20T06:00:00Z', undefined, now).since).toEqual(new Date('2026-11-20T06:00:00Z'))
  })
  test('bad values are quoted', () => {
    expect(() => collectionWindow('yesterday', undefined, now)).toThrow(/'yesterday'/)
    expect(() => collectionWindow('2026-12-01', undefined, now)).toThrow(/after until/)
  })
})

describe('ApiBudget', () => {
  test('takes the lowest count within a window, a new window resets it, unseen requests are spent', () => {
    const budget = new ApiBudget()
    expect(budget.snapshot().remaining).toBeUndefined()
    budget.observe({ 'x-ratelimit-remaining': '900', 'x-ratelimit-reset': '1000', 'x-ratelimit-limit': '1000' })
    budget.observe({ 'x-ratelimit-remaining': '905', 'x-ratelimit-reset': '1000' })
    expect(budget.snapshot()).toMatchObject({ remaining: 900, limit: 1000, resetAt: new Date(1_000_000) })
    budget.spend(3)
    expect(budget.snapshot().remaining).toBe(897)
    budget.observe({ 'x-ratelimit-remaining': '999', 'x-ratelimit-reset': '4600' })
    expect(budget.snapshot()).toMatchObject({ remaining: 999, resetAt: new Date(4_600_000), requests: 3 })
    budget.observe({ other: '1' })
    expect(budget.snapshot().remaining).toBe(999)
  })
})

describe('CollectProgress', () => {
  test('prints at most once per interval, and a final line', () => {
    const lines: string[] = []
    let clock = 0
    const progress = new CollectProgress(4, { info: (line) => lines.push(line) }, 0, 5000, () => clock)
    clock = 1000
    progress.runFinished(true)
    clock = 6000
    progress.runFinished(false)
    clock = 7000
    progress.runFinished(true)
    clock = 41_000
    progress.runFinished(true)
    progress.finish()
    expect(lines).toEqual(['Downloaded 2/4 runs, 1 without data, 6 s', 'Downloaded 4/4 runs, 1 without data, 41 s'])
  })
})
