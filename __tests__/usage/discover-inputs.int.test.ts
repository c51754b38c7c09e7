import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { discoverLocalRuns } from '../../src/usage/discover-inputs.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import { summariseRun } from '../../src/usage/summarise-run.js'
import { line } from './records.js'
import { zipBytes } from './zip-bytes.js'

let root: string
const text = `${line({ request_id: 'a' })}\n${line({ request_id: 'b' })}\n`

async function put(relative: string, content: string | Buffer): Promise<void> {
  const path = join(root, relative)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'usage-discover-'))
  // ROOT/<workflow>/<run-id>/**: an extracted agent artifact plus the zipped usage artifact of the same run.
  await put('Smoke Claude/101/agent/sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl', text)
  await put(
    'Smoke Claude/101/usage.zip',
    zipBytes([
      { name: 'agent/token_usage.jsonl', data: text },
      { name: 'detection/token_usage.jsonl', data: `${line({ request_id: 'd' })}\n` },
    ]),
  )
  await put('Security Guard/202/firewall-audit-logs/logs/api-proxy-logs/token-usage.jsonl', text)
  // Outside the layout: one run per directory, workflow `local`.
  await put('loose/token-usage.jsonl', text)
  await put('token-usage.jsonl', text)
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('discoverLocalRuns', () => {
  test('the layout gives workflow and run; other files are workflow local, one run per directory', async () => {
    const runs = await discoverLocalRuns([root])
    expect(runs.map((r) => [r.meta.workflow, r.meta.runId, r.sources.length])).toEqual([
      ['local', 'loose', 1],
      ['local', basename(root), 1], // mkdtemp names start with usage-, after loose
      ['Security Guard', '202', 1],
      ['Smoke Claude', '101', 3],
    ])
    expect(runs[3]!.meta.artifact).toBe('usage')
  })

  test('copies of one run across an artifact folder and a zip deduplicate; detection stays apart', async () => {
    const runs = await discoverLocalRuns([root])
    const smoke = runs.find((r) => r.meta.runId === '101')!
    const summary = await summariseRun(smoke.meta, smoke.sources, { priceBook: createPriceBook() })
    expect(summary.models[0]!.requests).toBe(2)
    expect(summary.skipped.duplicateRecords).toBe(2)
    expect(summary.detection[0]!.requests).toBe(1)
  })

  test('a run directory or a single file can be passed directly', async () => {
    const [run] = await discoverLocalRuns([join(root, 'Security Guard', '202')])
    expect(run!.meta).toEqual({ workflow: 'local', runId: '202' })
    const [single] = await discoverLocalRuns([join(root, 'loose', 'token-usage.jsonl')])
    expect(single!.meta).toEqual({ workflow: 'local', runId: 'loose' })
  })

  test('a refused archive fails only its own run, with the archive reason', async () => {
    await put('Broken/303/agent.zip', '<html>502 Bad Gateway</html>')
    const runs = await discoverLocalRuns([root])
    const broken = runs.find((r) => r.meta.runId === '303')!
    expect(broken.meta).toMatchObject({ workflow: 'Broken', artifact: 'agent' })
    await expect(summariseRun(broken.meta, broken.sources, { priceBook: createPriceBook() })).rejects.toMatchObject({
      reason: 'not-a-zip',
    })
    expect(runs.filter((r) => r.meta.runId !== '303').every((r) => r.sources.length > 0)).toBe(true)
    await rm(join(root, 'Broken'), { recursive: true })
  })

  test('a missing path is an error naming it; so is a file that is not a token file or zip', async () => {
    const missing = join(root, 'no-such-dir')
    await expect(discoverLocalRuns([missing])).rejects.toThrow(`'${missing}' does not exist`)
    await put('notes.txt', 'hello')
    await expect(discoverLocalRuns([join(root, 'notes.txt')])).rejects.toThrow('notes.txt')
  })

  test('an extracted artifact folder without a token file is a run without data naming it and its files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'usage-discover-empty-'))
    const write = async (relative: string, content: string | Buffer) => {
      await mkdir(join(dir, relative, '..'), { recursive: true })
      await writeFile(join(dir, relative), content)
    }
    try {
      const files = ['sandbox/readme.txt', 'sandbox/agent-stdio.log']
      for (const f of files) await write(`wf/1004/3f9a1c2b-agent/${f}`, 'no usage here')
      await write('wf/1005/agent/notes.txt', 'nothing')
      // The zipped form of the same artifact, reported already: the folder reads the same.
      await write('wf/1006/3f9a1c2b-agent.zip', zipBytes(files.map((name) => ({ name, data: 'no usage here' }))))
      // Not the layout, or not an artifact name: no run.
      await write('wf/1007/screenshots/shot.png', 'png')
      await write('agent/readme.txt', 'too shallow for <workflow>/<run-id>/<artifact>')
      // A run with a token file in one artifact and an empty other one is summarised from its file.
      await write('wf/1008/agent/token-usage.jsonl', text)
      await write('wf/1008/usage/readme.txt', 'x')

      const runs = await discoverLocalRuns([dir])
      expect(runs.map((r) => r.meta.runId)).toEqual(['1004', '1005', '1006', '1008'])
      const summaries = await Promise.all(
        runs.map((r) => summariseRun(r.meta, r.sources, { priceBook: createPriceBook() })),
      )
      const [folder, plain, zipped, withData] = summaries
      // Files below the folder, sorted by path as the walk lists them.
      const expectedPaths = files.map((f) => join(dir, 'wf/1004/3f9a1c2b-agent', f)).sort()
      expect(folder).toMatchObject({ workflow: 'wf', state: 'no-token-file', artifact: '3f9a1c2b-agent' })
      expect(folder!.noRecords).toEqual({
        artifact: '3f9a1c2b-agent',
        files: [],
        archiveEntries: files.length,
        archivePaths: expectedPaths,
      })
      expect(plain!.noRecords).toMatchObject({ artifact: 'agent', archiveEntries: 1 })
      expect(zipped!.noRecords).toMatchObject({ artifact: '3f9a1c2b-agent', archiveEntries: files.length })
      expect(withData!.state).toBe('analysed')
      expect(withData!.models[0]!.requests).toBe(2)
      expect(runs[3]!.meta.artifact).toBeUndefined()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
