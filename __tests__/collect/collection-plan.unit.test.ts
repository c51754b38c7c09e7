// The collector's pure parts: the listing scope with carried runs, the cache's answer, the download plan, and the
// one mapping from a failure to a run state (shared with the local pipeline).
import type { RunArtifact, WorkflowRun } from '../../src/github/github-client.js'
import { ArtifactDownloadError } from '../../src/github/artifact-download-error.js'
import { answerFromCache, listingScope, planDownloads } from '../../src/collect/collection-plan.js'
import { runFailureOf } from '../../src/collect/run-failure.js'
import { runKey } from '../../src/collect/summary-cache.js'
import { ArchiveError } from '../../src/usage/archive.js'
import { summaryWithoutUsage } from '../../src/usage/run-summary.js'

const SINCE = new Date('2026-11-25T00:00:00Z')
const day = 86_400_000

function run(id: number, createdAt: string, attempt = 1): WorkflowRun {
  return {
    id,
    attempt,
    workflowName: 'Daily Planner',
    workflowPath: '.github/workflows/daily-planner.lock.yml',
    createdAt,
    status: 'completed',
    conclusion: 'success',
    url: `https://github.com/o/r/actions/runs/${id}`,
  }
}

function artifact(id: number, runId: number, name: string, expired = false): RunArtifact {
  return { id, name, runId, expired, sizeInBytes: 100 }
}

test('carried runs reach the listings back to the oldest of them, within 35 days', () => {
  const scope = listingScope(SINCE, [
    { id: '7', createdAt: new Date(SINCE.getTime() - 2 * day).toISOString() },
    { id: '8', createdAt: new Date(SINCE.getTime() - 40 * day).toISOString() }, // older than GitHub keeps a run going
    { id: '9', createdAt: new Date(SINCE.getTime() + 3_600_000).toISOString() }, // in the window anyway
  ])
  expect([...scope.carried.keys()]).toEqual(['7'])
  expect(scope.listFrom.toISOString()).toBe(new Date(SINCE.getTime() - 2 * day).toISOString())
  expect(scope.inReport(run(7, '2026-11-23T00:00:00Z'))).toBe(true)
  expect(scope.inReport(run(6, '2026-11-23T00:00:00Z'))).toBe(false)
  expect(scope.inReport(run(10, '2026-11-25T00:00:00Z'))).toBe(true)
  expect(listingScope(SINCE, []).listFrom).toEqual(SINCE)
})

test('a finished run whose download kept failing is carried for a week of reports, then given up', () => {
  const failed = (id: string, daysBefore: number) => ({
    id,
    createdAt: new Date(SINCE.getTime() - daysBefore * day).toISOString(),
    reason: 'download-failed',
  })
  const scope = listingScope(SINCE, [failed('1', 6), failed('2', 8)])
  expect([...scope.carried.keys()]).toEqual(['1'])
  expect(scope.givenUp.map((run) => run.id)).toEqual(['2'])
  expect(scope.listFrom.toISOString()).toBe(failed('1', 6).createdAt)
})

test('the cache answers finished states of the same attempt, with the run as it reads now', () => {
  const runs = [run(1, '2026-11-25T01:00:00Z'), run(2, '2026-11-25T02:00:00Z', 2), run(3, '2026-11-25T03:00:00Z')]
  const restored = new Map([
    [runKey(1, 1), { ...summaryWithoutUsage({ workflow: 'Old name', runId: '1' }, 'no-artifact'), artifact: 'x' }],
    [runKey(2, 1), summaryWithoutUsage({ workflow: 'Daily Planner', runId: '2' }, 'no-artifact')], // other attempt
    [runKey(3, 1), summaryWithoutUsage({ workflow: 'Daily Planner', runId: '3' }, 'download-failed')], // retried
  ])
  const { cached, uncached } = answerFromCache(runs, restored)
  expect([...cached.keys()]).toEqual([1])
  expect(cached.get(1)).toMatchObject({ workflow: 'Daily Planner', url: runs[0].url, artifact: 'x' })
  expect(uncached.map((r) => r.id)).toEqual([2, 3])
})

test('the plan downloads the preferred live artifact, with other workflow_call uploads; the rest say why', () => {
  const runs = [1, 2, 3, 4].map((id) => run(id, '2026-11-25T01:00:00Z'))
  const lists = new Map([
    ['usage', [artifact(11, 1, 'usage'), artifact(12, 2, 'usage', true), artifact(99, 50, 'usage')]],
    ['agent', [artifact(13, 1, 'agent'), artifact(14, 3, '0aaaaaaa-agent'), artifact(15, 3, '3f9a1c2b-agent')]],
  ])
  const plan = planDownloads(runs, lists, ['usage', 'agent'])
  expect(plan.downloads.map((d) => [d.run.id, d.artifact.id, d.also.map((a) => a.id)])).toEqual([
    [1, 11, []],
    [3, 14, [15]],
  ])
  expect(plan.withoutArtifact.map(({ run, summary }) => [run.id, summary.state, summary.stateDetail])).toEqual([
    [2, 'artifact-expired', 'Expired: usage'],
    [4, 'no-artifact', 'None of: usage, agent'],
  ])
  // Artifact 99 belongs to a run not being collected.
  expect([...plan.runsWithName]).toEqual([
    ['usage', 2],
    ['agent', 3],
  ])
})

test('one mapping from a failure to a run state, for downloads and local archives alike', () => {
  expect(runFailureOf(new ArtifactDownloadError('gone', 'expired'))).toEqual({
    state: 'artifact-expired',
    detail: 'gone',
    stopsCollection: false,
  })
  expect(runFailureOf(new ArtifactDownloadError('bad digest', 'integrity')).state).toBe('integrity-failed')
  expect(runFailureOf(new ArtifactDownloadError('exceeded', 'rate-limited'))).toEqual({
    state: 'not-reached',
    detail: 'API rate limit reached (exceeded)',
    stopsCollection: true,
  })
  expect(runFailureOf(new ArtifactDownloadError('HTTP 500', 'failed')).state).toBe('download-failed')
  expect(runFailureOf(new ArchiveError('corrupt', 'bad header', 'a.zip'))).toEqual({
    state: 'download-failed',
    detail: 'Archive corrupt: bad header',
    stopsCollection: false,
  })
  expect(runFailureOf(new ArchiveError('too-large', 'over 10 bytes', 'a.zip')).state).toBe('integrity-failed')
  expect(runFailureOf(new Error('socket hang up'))).toEqual({
    state: 'download-failed',
    detail: 'socket hang up',
    stopsCollection: false,
  })
})

test('the download pool reads every planned artifact of a run into one summary', async () => {
  const { downloadPlannedRuns } = await import('../../src/collect/download-pool.js')
  const { ApiBudget } = await import('../../src/github/api-budget.js')
  const { Readable } = await import('node:stream')
  const { silentCollectLogger } = await import('../../src/collect/collect-logger.js')
  const { flatPriceBook } = await import('./collector-harness.js')
  const budget = new ApiBudget()
  const downloaded: number[] = []
  const record = (id: string, input: number) =>
    JSON.stringify({
      request_id: id,
      provider: 'anthropic',
      model: 'claude-sonnet-4-6',
      input_tokens: input,
      output_tokens: 5,
      cache_read_tokens: 0,
      cache_write_tokens: 0,
    })
  const result = await downloadPlannedRuns(
    [
      {
        run: run(3, '2026-11-25T01:00:00Z'),
        artifact: artifact(14, 3, '0aaaaaaa-agent'),
        also: [artifact(15, 3, '3f9a1c2b-agent')],
      },
    ],
    {
      client: {
        async downloadArtifact(a, destDir) {
          budget.spend(1)
          downloaded.push(a.id)
          return { zipPath: `${destDir}/${a.id}.zip` }
        },
        apiBudget: () => budget.snapshot(),
      },
      concurrency: 2,
      apiReserve: 0,
      limits: { maxArchiveBytes: 1e6, maxUnzippedBytes: 1e9, maxEntries: 100 },
      summarise: { priceBook: flatPriceBook },
      // Each zip holds one record, named after the artifact: 10 input tokens in the first, 20 in the second.
      readArtifact: async (zipPath) => [
        {
          name: zipPath,
          kind: 'agent',
          open: async () => Readable.from([`${record(zipPath, zipPath.endsWith('14.zip') ? 10 : 20)}\n`]),
        },
      ],
      logger: silentCollectLogger,
      progressIntervalMs: 60_000,
    },
  )
  expect(downloaded).toEqual([14, 15])
  expect(result.downloaded).toBe(2)
  const summary = result.summaries.get(3)!
  expect(summary).toMatchObject({ state: 'analysed', artifact: '0aaaaaaa-agent' })
  expect(summary.models.reduce((sum, m) => sum + m.requests, 0)).toBe(2)
  expect(summary.models.reduce((sum, m) => sum + m.inputTokens, 0)).toBe(10 + 20)
})
