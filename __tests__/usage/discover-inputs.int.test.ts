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
})
