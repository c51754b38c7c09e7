import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { ActionsSummaryCache, SUMMARY_CACHE_KEY_PREFIX } from '../../src/collect/actions-summary-cache.js'
import { DirectorySummaryCache } from '../../src/collect/directory-summary-cache.js'
import {
  NullSummaryCache,
  runKey,
  SUMMARY_CACHE_VERSION,
  summaryCacheFingerprint,
} from '../../src/collect/summary-cache.js'
import { parseSummaries, serialiseSummaries } from '../../src/collect/summary-file.js'
import { emptyRecordFacts, emptySkipCounts, type RunSummary } from '../../src/usage/run-summary.js'

function summary(
  runId: string,
  state: RunSummary['state'] = 'analysed',
  createdAt = new Date().toISOString(),
): RunSummary {
  return {
    workflow: 'Daily Planner',
    runId,
    createdAt,
    state,
    models: [],
    detection: [],
    durationsMs: [1, 2],
    skipped: emptySkipCounts(),
    ...emptyRecordFacts(),
  }
}

const quiet = { info: () => undefined, warning: () => undefined }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'summary-cache-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

test('the stored format round-trips and rejects other versions, other settings and broken text', () => {
  const summaries = new Map([[runKey(11, 1), summary('11')]])
  const text = serialiseSummaries('fp', summaries)
  expect(parseSummaries(text, 'fp')).toEqual({ summaries })
  expect(parseSummaries(text, 'other').problem).toMatch(/other settings/)
  expect(parseSummaries(text.replace(`"version":${SUMMARY_CACHE_VERSION}`, '"version":0'), 'fp').problem).toMatch(
    `format version 0, expected ${SUMMARY_CACHE_VERSION}`,
  )
  expect(parseSummaries('{"format":"x"', 'fp').problem).toMatch(/not JSON/)
  expect(parseSummaries('[]', 'fp').problem).toMatch(/not a run-summaries file/)
  // One bad summary is dropped, the rest kept; states that are retried are never trusted from a cache.
  const mixed = JSON.parse(text)
  mixed.summaries['12.1'] = { runId: 12 }
  mixed.summaries['13.1'] = summary('13', 'download-failed')
  const parsed = parseSummaries(JSON.stringify(mixed), 'fp')
  expect([...parsed.summaries.keys()]).toEqual(['11.1'])
  expect(parsed.problem).toBe('2 unreadable run summaries ignored')
})

test('fingerprints differ when any setting differs', () => {
  expect(summaryCacheFingerprint({ prices: 'a' })).toBe(summaryCacheFingerprint({ prices: 'a' }))
  expect(summaryCacheFingerprint({ prices: 'a' })).not.toBe(summaryCacheFingerprint({ prices: 'b' }))
})

test('NullSummaryCache restores nothing and saves without complaint', async () => {
  const cache = new NullSummaryCache()
  await cache.save(new Map([['1.1', summary('1')]]))
  expect((await cache.restore()).size).toBe(0)
})

test('DirectorySummaryCache keeps earlier and new summaries; a corrupt file is a warning, not a crash', async () => {
  const warnings: string[] = []
  const logger = { warning: (message: string) => void warnings.push(message) }
  const first = new DirectorySummaryCache(dir, 'fp', logger)
  expect((await first.restore()).size).toBe(0)
  await first.save(new Map([['1.1', summary('1')]]))
  const second = new DirectorySummaryCache(dir, 'fp', logger)
  expect([...(await second.restore()).keys()]).toEqual(['1.1'])
  await second.save(new Map([['2.1', summary('2')]]))
  expect([...(await new DirectorySummaryCache(dir, 'fp', logger).restore()).keys()]).toEqual(['1.1', '2.1'])
  expect(warnings).toEqual([])

  await writeFile(path.join(dir, 'run-summaries-fp.json'), '{"format": "token-usage-analyzer/run-sum')
  expect((await new DirectorySummaryCache(dir, 'fp', logger).restore()).size).toBe(0)
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(/run-summaries-fp\.json: not JSON .*; ignored/)
})

test('DirectorySummaryCache: a save that cannot be renamed into place is a warning and leaves no temporary file', async () => {
  const warnings: string[] = []
  // A directory where the cache file should be: the write succeeds, the rename over it does not.
  await mkdir(path.join(dir, 'run-summaries-fp.json', 'in-the-way'), { recursive: true })
  await new DirectorySummaryCache(dir, 'fp', { warning: (m) => void warnings.push(m) }).save(
    new Map([['1.1', summary('1')]]),
  )
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toMatch(/run-summaries-fp\.json not saved/)
  expect(await readdir(dir)).toEqual(['run-summaries-fp.json'])
})

/** A stand-in for @actions/cache that stores entries in memory, keyed like the service (prefix match, newest). */
function fakeService(available: boolean) {
  const entries: { key: string; text: string }[] = []
  const calls: string[] = []
  return {
    entries,
    calls,
    isFeatureAvailable: () => available,
    async restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]) {
      calls.push(`restore ${primaryKey} ${restoreKeys?.join('|')}`)
      const hit = [...entries]
        .reverse()
        .find((e) => e.key === primaryKey || restoreKeys?.some((p) => e.key.startsWith(p)))
      if (!hit) return undefined
      await writeFile(paths[0], hit.text).catch(async () => {
        await (await import('node:fs/promises')).mkdir(path.dirname(paths[0]), { recursive: true })
        await writeFile(paths[0], hit.text)
      })
      return hit.key
    },
    async saveCache(paths: string[], key: string) {
      if (!available) throw new Error('Cache Service Url not found, unable to save cache.')
      calls.push(`save ${key}`)
      entries.push({ key, text: await readFile(paths[0], 'utf8') })
      return 1
    },
  }
}

test('ActionsSummaryCache: restores the newest entry by prefix, saves a new immutable key, leaves no files', async () => {
  const service = fakeService(true)
  const info: string[] = []
  const logger = { info: (m: string) => void info.push(m), warning: (m: string) => void info.push(`warning: ${m}`) }
  let clock = new Date('2026-11-25T06:00:00.000Z')
  const make = () =>
    new ActionsSummaryCache({ fingerprint: 'fp1', logger, service, workingDirectory: dir, now: () => clock })

  const first = make()
  expect((await first.restore()).size).toBe(0)
  await first.save(new Map([['1.1', summary('1')]]))
  clock = new Date('2026-11-26T06:00:00.000Z')
  const second = make()
  expect([...(await second.restore()).keys()]).toEqual(['1.1'])
  await second.save(new Map()) // nothing new: no new entry
  await second.save(new Map([['2.1', summary('2')]]))

  expect(service.entries.map((e) => e.key)).toEqual([
    `${SUMMARY_CACHE_KEY_PREFIX}fp1-2026-11-25T06-00-00-000Z`,
    `${SUMMARY_CACHE_KEY_PREFIX}fp1-2026-11-26T06-00-00-000Z`,
  ])
  for (const entry of service.entries) {
    expect(entry.key.length).toBeLessThanOrEqual(512)
    expect(entry.key).not.toContain(',')
  }
  expect([...(await make().restore()).keys()]).toEqual(['1.1', '2.1'])
  expect(service.calls[0]).toBe(`restore ${SUMMARY_CACHE_KEY_PREFIX}fp1-restore ${SUMMARY_CACHE_KEY_PREFIX}fp1-`)
  expect(await readdir(dir)).toEqual([])
})

test('ActionsSummaryCache without the service is a no-op (saveCache would throw)', async () => {
  const service = fakeService(false)
  const cache = new ActionsSummaryCache({ fingerprint: 'fp', logger: quiet, service, workingDirectory: dir })
  expect((await cache.restore()).size).toBe(0)
  await expect(cache.save(new Map([['1.1', summary('1')]]))).resolves.toBeUndefined()
  expect(service.calls).toEqual([])
})

test('ActionsSummaryCache: an old-version entry is ignored with a warning; a failing save is a warning', async () => {
  const service = fakeService(true)
  const old = serialiseSummaries('fp', new Map([['1.1', summary('1')]])).replace(
    `"version":${SUMMARY_CACHE_VERSION}`,
    '"version":0',
  )
  service.entries.push({ key: `${SUMMARY_CACHE_KEY_PREFIX}fp-old`, text: old })
  const warnings: string[] = []
  const logger = { info: () => undefined, warning: (m: string) => void warnings.push(m) }
  const cache = new ActionsSummaryCache({ fingerprint: 'fp', logger, service, workingDirectory: dir })
  expect((await cache.restore()).size).toBe(0)
  expect(warnings[0]).toContain(`-old: format version 0, expected ${SUMMARY_CACHE_VERSION}; ignored`)
  service.saveCache = async () => {
    throw new Error('Unable to reserve cache')
  }
  await cache.save(new Map([['1.1', summary('1')]]))
  expect(warnings[1]).toMatch(/not saved .*Unable to reserve cache/)
})

test('ActionsSummaryCache keeps summaries of runs up to retentionDays old', async () => {
  const service = fakeService(true)
  const clock = new Date('2026-11-26T00:00:00Z')
  const cache = new ActionsSummaryCache({
    fingerprint: 'fp',
    logger: quiet,
    service,
    workingDirectory: dir,
    retentionDays: 30,
    now: () => clock,
  })
  await cache.restore()
  await cache.save(
    new Map([
      ['1.1', summary('1', 'analysed', '2026-10-20T00:00:00Z')],
      ['2.1', summary('2', 'analysed', '2026-10-30T00:00:00Z')],
    ]),
  )
  const stored = parseSummaries(service.entries[0].text, 'fp').summaries
  expect([...stored.keys()]).toEqual(['2.1'])
})
