import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ArchiveError,
  defaultArchiveLimits,
  tokenFileSourcesInDirectory,
  tokenFileSourcesInZip,
  type ArchiveLimits,
} from '../../src/usage/archive.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import { summariseRun } from '../../src/usage/summarise-run.js'
import { line } from './records.js'
import { zipBytes, type ZipEntrySpec } from './zip-bytes.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'usage-archive-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

let counter = 0
async function writeZip(entries: ZipEntrySpec[] | Buffer): Promise<string> {
  const path = join(dir, `a${counter++}.zip`)
  await writeFile(path, Buffer.isBuffer(entries) ? entries : zipBytes(entries))
  return path
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ArchiveError) return error.reason
    throw error
  }
  return 'no error'
}

const limits: ArchiveLimits = { maxArchiveBytes: 1024 * 1024, maxUnzippedBytes: 1024 * 1024, maxEntries: 20 }
const tokenText = `${line({ request_id: 'a' })}\n${line({ request_id: 'b' })}\n`

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = []
  for await (const chunk of stream) parts.push(Buffer.from(chunk))
  return Buffer.concat(parts).toString('utf8')
}

describe('tokenFileSourcesInZip', () => {
  test('finds both file names and agent_usage.json anywhere, marks detection/, and streams the entry', async () => {
    const zip = await writeZip([
      { name: 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl', data: tokenText },
      // Firewall 0.27.7 and later also write under the audit directory.
      { name: 'sandbox/firewall/audit/api-proxy-logs/token-usage.jsonl', data: tokenText, method: 0 },
      { name: 'agent/token_usage.jsonl', data: tokenText },
      { name: 'detection/token_usage.jsonl', data: tokenText },
      { name: 'agent_usage.json', data: '{}' },
      // The detection job's totals are not the agent's.
      { name: 'detection/agent_usage.json', data: '{}' },
      { name: 'logs/', data: '' },
    ])
    const sources = await tokenFileSourcesInZip(zip, limits, 'agent.zip')
    expect(sources.map((s) => [s.name, s.kind])).toEqual([
      ['agent.zip!/sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl', 'agent'],
      ['agent.zip!/sandbox/firewall/audit/api-proxy-logs/token-usage.jsonl', 'agent'],
      ['agent.zip!/agent/token_usage.jsonl', 'agent'],
      ['agent.zip!/detection/token_usage.jsonl', 'detection'],
      ['agent.zip!/agent_usage.json', 'aggregate'],
    ])
    expect(await readAll(await sources[1]!.open())).toBe(tokenText)
    expect(await readAll(await sources[0]!.open())).toBe(tokenText)
    // What was searched: every file (not the folder), in archive order.
    expect(sources.inspected).toEqual({
      entries: 6,
      paths: [
        'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl',
        'sandbox/firewall/audit/api-proxy-logs/token-usage.jsonl',
        'agent/token_usage.jsonl',
        'detection/token_usage.jsonl',
        'agent_usage.json',
        'detection/agent_usage.json',
      ],
    })
  })

  test('a zip bomb that declares its size is refused before reading: zip-bomb', async () => {
    const zip = await writeZip([{ name: 'token-usage.jsonl', data: Buffer.alloc(5 * 1024 * 1024, 0x20) }])
    expect(await reasonOf(tokenFileSourcesInZip(zip, limits))).toBe('zip-bomb')
  })

  test('a zip bomb that lies about its size stops at the cap while streaming: zip-bomb', async () => {
    const bomb = Buffer.alloc(20 * 1024 * 1024, 0x20)
    const zip = await writeZip([{ name: 'token-usage.jsonl', data: bomb, declaredSize: 100 }])
    const sources = await tokenFileSourcesInZip(zip, limits)
    expect(sources).toHaveLength(1)
    const run = summariseRun({ workflow: 'w', runId: '1' }, sources, { priceBook: createPriceBook() })
    expect(await reasonOf(run)).toBe('zip-bomb')
    // Stopped after the first inflated chunk, not after 20 MiB.
    await expect(run).rejects.toThrow(/larger than it declares|more than the limit/)
  })

  test('an entry shorter than it declares: corrupt', async () => {
    const zip = await writeZip([{ name: 'token-usage.jsonl', data: tokenText, declaredSize: tokenText.length + 500 }])
    const sources = await tokenFileSourcesInZip(zip, limits)
    const run = summariseRun({ workflow: 'w', runId: '1' }, sources, { priceBook: createPriceBook() })
    expect(await reasonOf(run)).toBe('corrupt')
  })

  test('too many entries: too-many-entries', async () => {
    const entries = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))
    expect(await reasonOf(tokenFileSourcesInZip(await writeZip(entries), limits))).toBe('too-many-entries')
  })

  test.each([
    ['a .. entry', '../../escaped/token-usage.jsonl'],
    ['a nested .. entry', 'sandbox/../../token-usage.jsonl'],
    ['an absolute entry', '/tmp/token-usage.jsonl'],
    ['a drive-letter entry', 'C:/token-usage.jsonl'],
  ])('%s: unsafe-entry, and nothing is written anywhere', async (_label, name) => {
    const before = await readdir(dir)
    const zip = await writeZip([
      { name: 'ok/token-usage.jsonl', data: tokenText },
      { name, data: tokenText },
    ])
    const error = await tokenFileSourcesInZip(zip, limits).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArchiveError)
    expect((error as ArchiveError).reason).toBe('unsafe-entry')
    expect((error as ArchiveError).message).toContain(name)
    expect(await readdir(dir)).toEqual([...before, zip.slice(dir.length + 1)].sort())
  })

  test('a symlink entry is ignored, never followed', async () => {
    const zip = await writeZip([
      { name: 'link/token-usage.jsonl', data: '/etc/passwd', unixMode: 0o120777, method: 0 },
      { name: 'real/token-usage.jsonl', data: tokenText },
    ])
    const sources = await tokenFileSourcesInZip(zip, limits)
    expect(sources.map((s) => s.name)).toEqual([`${zip}!/real/token-usage.jsonl`])
  })

  test.each([
    ['an HTML error page', Buffer.from('<html><body>Bad gateway</body></html>')],
    ['an empty blob', Buffer.alloc(0)],
    ['PK then garbage', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])],
  ])('%s: not-a-zip', async (_label, blob) => {
    expect(await reasonOf(tokenFileSourcesInZip(await writeZip(blob), limits))).toBe('not-a-zip')
  })

  test('an archive over the size limit: too-large', async () => {
    const zip = await writeZip([{ name: 'token-usage.jsonl', data: tokenText }])
    expect(await reasonOf(tokenFileSourcesInZip(zip, { ...limits, maxArchiveBytes: 100 }))).toBe('too-large')
  })

  test('default limits are finite and generous', () => {
    expect(defaultArchiveLimits.maxArchiveBytes).toBeGreaterThanOrEqual(1024 ** 3)
    expect(Number.isFinite(defaultArchiveLimits.maxUnzippedBytes)).toBe(true)
    expect(defaultArchiveLimits.maxEntries).toBeGreaterThan(1000)
  })
})

describe('tokenFileSourcesInDirectory', () => {
  test('finds loose token files and those inside zips, not following the search root for kinds', async () => {
    const root = join(dir, 'detection-tree')
    await mkdir(join(root, 'usage', 'detection'), { recursive: true })
    await mkdir(join(root, 'usage', 'agent'), { recursive: true })
    await writeFile(join(root, 'usage', 'agent', 'token_usage.jsonl'), tokenText)
    await writeFile(join(root, 'usage', 'detection', 'token_usage.jsonl'), tokenText)
    await writeFile(join(root, 'agent.zip'), zipBytes([{ name: 'sandbox/token-usage.jsonl', data: tokenText }]))
    const sources = await tokenFileSourcesInDirectory(root)
    expect(sources.map((s) => [s.name.slice(root.length + 1), s.kind])).toEqual([
      ['usage/agent/token_usage.jsonl', 'agent'],
      ['usage/detection/token_usage.jsonl', 'detection'],
      ['agent.zip!/sandbox/token-usage.jsonl', 'agent'],
    ])
  })
})
