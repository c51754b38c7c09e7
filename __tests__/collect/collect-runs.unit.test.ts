// The collector with a plain fake client (no server): what it asks for, how it bounds concurrency, and how each
// kind of download failure becomes a run state.
import { ApiBudget } from '../../src/github/api-budget.js'
import {
  ArtifactDownloadError,
  type GitHubClient,
  type RunArtifact,
  type WorkflowRun,
} from '../../src/github/github-client.js'
import { collectRuns } from '../../src/collect/collect-runs.js'
import { NullSummaryCache, runKey, type SummaryCache } from '../../src/collect/summary-cache.js'
import type { UsageSource } from '../../src/usage/summarise-run.js'
import { emptyRecordFacts, emptySkipCounts, type RunSummary } from '../../src/usage/run-summary.js'
import { Readable } from 'node:stream'
import { flatPriceBook } from './collector-harness.js'

const NOW = new Date('2026-11-26T00:00:00Z')

function run(id: number): WorkflowRun {
  return {
    id,
    attempt: 1,
    workflowName: 'Daily Planner',
    workflowPath: '.github/workflows/daily-planner.lock.yml',
    createdAt: new Date(NOW.getTime() - id * 60_000).toISOString(),
    status: 'completed',
    conclusion: 'success',
    url: `https://github.com/o/r/actions/runs/${id}`,
  }
}

function artifact(runId: number, name = 'usage', sizeInBytes = 1000): RunArtifact {
  return { id: 1000 + runId, name, runId, expired: false, sizeInBytes, digest: 'sha256:x' }
}

const oneRecord = JSON.stringify({
  provider: 'anthropic',
  model: 'claude-sonnet-4-6',
  input_tokens: 10,
  output_tokens: 5,
  cache_read_tokens: 0,
  cache_write_tokens: 0,
})
const readOneRecord = async (): Promise<UsageSource[]> => [
  { name: 'x', kind: 'agent', open: async () => Readable.from([`${oneRecord}\n`]) },
]

function fakeClient(runs: WorkflowRun[], artifacts: RunArtifact[], download: (a: RunArtifact) => Promise<void>) {
  const calls: string[] = []
  let inFlight = 0
  let maxInFlight = 0
  const budget = new ApiBudget()
  const client: GitHubClient = {
    async listRuns() {
      calls.push('listRuns')
      return runs
    },
    async listArtifacts(name) {
      calls.push(`listArtifacts ${name}`)
      return artifacts.filter((a) => a.name === name)
    },
    async downloadArtifact(a, destDir) {
      budget.spend(1)
      calls.push(`download ${a.runId}`)
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        await new Promise((resolve) => setTimeout(resolve, 2))
        await download(a)
        return { zipPath: `${destDir}/a.zip` }
      } finally {
        inFlight--
      }
    },
    apiBudget: () => budget.snapshot(),
  }
  return { client, calls, budget, maxInFlight: () => maxInFlight }
}

const options = { since: '24h', now: () => NOW, summarise: { priceBook: flatPriceBook }, readArtifact: readOneRecord }

test('downloads stay within the concurrency bound and every run gets one summary, in listing order', async () => {
  const runs = Array.from({ length: 40 }, (_, i) => run(i + 1))
  const fake = fakeClient(
    runs,
    runs.map((r) => artifact(r.id)),
    async () => undefined,
  )
  const result = await collectRuns(fake.client, new NullSummaryCache(), { ...options, concurrency: 3 })
  expect(fake.maxInFlight()).toBe(3)
  expect(result.runs.map((s) => s.runId)).toEqual(runs.map((r) => String(r.id)))
  expect(result.stateCounts.analysed).toBe(40)
  expect(result.runs[0]).toMatchObject({ workflow: 'Daily Planner', artifact: 'usage', url: runs[0].url })
})

test('each download failure becomes its state; an artifact over the size limit is not downloaded', async () => {
  const runs = [run(1), run(2), run(3), run(4), run(5)]
  const artifacts = [artifact(1), artifact(2), artifact(3), artifact(4), artifact(5, 'agent', 10_000_000)]
  const fake = fakeClient(runs, artifacts, async (a) => {
    if (a.runId === 1) throw new ArtifactDownloadError('gone', 'expired')
    if (a.runId === 2) throw new ArtifactDownloadError('digest differs', 'integrity')
    if (a.runId === 3) throw new Error('socket hang up')
  })
  const limits = { maxArchiveBytes: 5_000_000, maxUnzippedBytes: 1e9, maxEntries: 100 }
  const result = await collectRuns(fake.client, new NullSummaryCache(), { ...options, archiveLimits: limits })
  expect(result.runs.map((s) => [s.runId, s.state])).toEqual([
    ['1', 'artifact-expired'],
    ['2', 'integrity-failed'],
    ['3', 'download-failed'],
    ['4', 'analysed'],
    ['5', 'download-failed'],
  ])
  expect(result.runs[2].stateDetail).toBe('socket hang up')
  expect(result.runs[4].stateDetail).toMatch(/'agent' is 10000000 bytes, over the limit of 5000000/)
  expect(fake.calls.filter((c) => c.startsWith('download')).sort()).toEqual([
    'download 1',
    'download 2',
    'download 3',
    'download 4',
  ])
})

test('a rate limit during downloads stops the rest: they are not reached, not failed', async () => {
  const runs = Array.from({ length: 10 }, (_, i) => run(i + 1))
  const fake = fakeClient(
    runs,
    runs.map((r) => artifact(r.id)),
    async (a) => {
      if (a.runId === 3) throw new ArtifactDownloadError('API rate limit exceeded', 'rate-limited')
    },
  )
  const result = await collectRuns(fake.client, new NullSummaryCache(), { ...options, concurrency: 1 })
  expect(result.runs.map((s) => s.state)).toEqual(['analysed', 'analysed', ...Array(8).fill('not-reached')])
  expect(result.runs[9].stateDetail).toMatch(/API rate limit reached \(API rate limit exceeded\)/)
  expect(fake.calls.filter((c) => c.startsWith('download'))).toHaveLength(3)
})

test('cached runs are not listed for artifacts nor downloaded; new ones are saved', async () => {
  const runs = [run(1), run(2)]
  const cachedSummary: RunSummary = {
    workflow: 'Old name',
    runId: '1',
    state: 'analysed',
    artifact: 'agent',
    models: [],
    detection: [],
    durationsMs: [],
    skipped: emptySkipCounts(),
    ...emptyRecordFacts(),
  }
  const saved: Map<string, RunSummary>[] = []
  const cache: SummaryCache = {
    restore: async () => new Map([[runKey(1, 1), cachedSummary]]),
    save: async (summaries) => void saved.push(summaries),
  }
  const fake = fakeClient(
    runs,
    runs.map((r) => artifact(r.id)),
    async () => undefined,
  )
  const result = await collectRuns(fake.client, cache, options)
  expect(result.fromCache).toBe(1)
  expect(result.runs[0]).toMatchObject({ workflow: 'Daily Planner', artifact: 'agent', state: 'analysed' })
  expect(fake.calls.filter((c) => c.startsWith('download'))).toEqual(['download 2'])
  expect(saved.map((m) => [...m.keys()])).toEqual([['2.1']])

  // Everything cached: no artifact listing at all, nothing saved.
  const all: SummaryCache = {
    restore: async () => new Map(runs.map((r) => [runKey(r.id, 1), { ...cachedSummary, runId: String(r.id) }])),
    save: async () => {
      throw new Error('nothing new to save')
    },
  }
  const again = fakeClient(runs, [], async () => undefined)
  await collectRuns(again.client, all, options)
  expect(again.calls).toEqual(['listRuns'])
})

test('a rate limit while listing artifacts leaves the listed runs not reached, without failing', async () => {
  const runs = [run(1), run(2)]
  const fake = fakeClient(runs, [], async () => undefined)
  fake.client.listArtifacts = async () => {
    throw Object.assign(new Error('API rate limit exceeded for installation.'), {
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0' } },
    })
  }
  const result = await collectRuns(fake.client, new NullSummaryCache(), options)
  expect(result.runs.map((s) => s.state)).toEqual(['not-reached', 'not-reached'])
  expect(result.runs[0].stateDetail).toBe(
    'API rate limit reached while listing artifacts (API rate limit exceeded for installation.)',
  )
  // Anything else (a missing permission) is the collection's failure.
  fake.client.listArtifacts = async () => {
    throw Object.assign(new Error('Resource not accessible by integration'), { status: 403, response: { headers: {} } })
  }
  await expect(collectRuns(fake.client, new NullSummaryCache(), options)).rejects.toThrow(/not accessible/)
})

test('runs without an artifact or with an expired one are cached too: a finished run cannot gain one', async () => {
  const runs = [run(1), run(2), run(3)]
  const saved: Map<string, RunSummary>[] = []
  const cache: SummaryCache = { restore: async () => new Map(), save: async (m) => void saved.push(m) }
  const fake = fakeClient(runs, [artifact(1), { ...artifact(2), expired: true }], async () => undefined)
  const result = await collectRuns(fake.client, cache, options)
  expect(result.runs.map((s) => s.state)).toEqual(['analysed', 'artifact-expired', 'no-artifact'])
  expect([...saved[0].entries()].map(([key, s]) => [key, s.state])).toEqual([
    ['2.1', 'artifact-expired'],
    ['3.1', 'no-artifact'],
    ['1.1', 'analysed'],
  ])
})

test('runs still in progress are left out, named and returned for the next report; the own run and excluded workflows are not', async () => {
  const running = (id: number, workflowPath = '.github/workflows/daily-planner.lock.yml'): WorkflowRun => ({
    ...run(id),
    workflowPath,
    status: 'in_progress',
    conclusion: null,
  })
  const runs = [run(1), running(2), running(3), running(4, '.github/workflows/triage.yml')]
  const fake = fakeClient(runs, [artifact(1)], async () => undefined)
  const lines: string[] = []
  const logger = { info: (m: string) => lines.push(m), warning: () => {}, startGroup: () => {}, endGroup: () => {} }
  const result = await collectRuns(fake.client, new NullSummaryCache(), {
    ...options,
    logger,
    excludeRunId: 3,
    excludeWorkflows: ['triage'],
  })
  expect(result.runs.map((s) => s.runId)).toEqual(['1'])
  expect(result.unfinished).toEqual([{ id: '2', createdAt: run(2).createdAt }])
  expect(lines).toContain('1 run was still running; the next report collects it: 2.')
})

test('runs carried from the previous report are collected from before the window; other older runs are not', async () => {
  const since = new Date(NOW.getTime() - 10 * 60_000)
  // run(20) and run(30) were created before the window; only run(20) was carried (it was running then).
  const runs = [run(1), run(20), run(30)]
  const fake = fakeClient(runs, [artifact(1), artifact(20), artifact(30)], async () => undefined)
  const windows: { since: Date; until: Date }[] = []
  const listRuns = fake.client.listRuns.bind(fake.client)
  fake.client.listRuns = async (window) => {
    windows.push(window)
    return listRuns(window)
  }
  const result = await collectRuns(fake.client, new NullSummaryCache(), {
    ...options,
    since,
    carriedRuns: [
      { id: '20', createdAt: run(20).createdAt },
      // Carried but older than GitHub lets a run last: dropped.
      { id: '99', createdAt: new Date(since.getTime() - 40 * 86_400_000).toISOString() },
    ],
  })
  expect(result.runs.map((s) => [s.runId, s.state])).toEqual([
    ['1', 'analysed'],
    ['20', 'analysed'],
  ])
  expect(windows[0].since.toISOString()).toBe(run(20).createdAt)
  expect(result.window.since).toBe(since.toISOString())
})
