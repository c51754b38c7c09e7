// The engine on local files: a broken archive fails its own run only; detection and duplicates flow through.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEngine } from '../../src/engine/engine.js'
import { findLocalRuns, localRunsSource } from '../../src/engine/local-source.js'
import { createPriceBook } from '../../src/usage/pricing.js'
import { localReportOf, recordedLog } from './local-report.js'

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tua-pipeline-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function record(id: string, model: string, input: number, output: number): string {
  return JSON.stringify({
    timestamp: '2026-04-01T10:00:00Z',
    request_id: id,
    provider: 'anthropic',
    model,
    path: '/v1/messages',
    status: 200,
    streaming: true,
    input_tokens: input,
    output_tokens: output,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
    duration_ms: 100,
    response_bytes: 10,
  })
}

function put(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true })
  writeFileSync(join(root, path), text)
}

test('an unreadable archive marks its run, the other runs are analysed', async () => {
  const agent = [record('a', 'claude-sonnet-4-6', 1000, 100), record('b', 'claude-sonnet-4-6', 2000, 200)].join('\n')
  put('wf/1/agent/sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl', agent + '\n')
  put('wf/1/usage/agent/token_usage.jsonl', agent + '\n')
  put('wf/1/usage/detection/token_usage.jsonl', record('d', 'claude-sonnet-4-6', 10, 20) + '\n')
  put('wf/2/agent.zip', 'this is not a zip file')

  const report = await localReportOf([root])
  expect(report.totals).toMatchObject({ runs: 2, runsWithData: 1, requests: 2, inputTokens: 3000, outputTokens: 300 })
  expect(report.totals.costUsd).toBeCloseTo((3000 * 3 + 300 * 15) / 1e6, 12)
  expect(report.skipped.duplicateRecords).toBe(2)
  expect(report.detection).toMatchObject({ runs: 1, requests: 1, inputTokens: 10, outputTokens: 20 })
  expect(report.runsWithoutData).toHaveLength(1)
  expect(report.runsWithoutData[0]).toMatchObject({ workflow: 'wf', runId: '2' })
  // A blob that is not a zip is reported as such, not parsed.
  expect(report.runsWithoutData[0].reason).toMatch(/^artifact could not be downloaded or read: .*agent\.zip.*not a zip/)
  expect(report.workflows[0].runDetails.find((r) => r.runId === '2')?.state).toBe('download-failed')
})

/** The bundled price table's cost of these anthropic requests, request by request. */
function tableCost(requests: [model: string, input: number, output: number][]): number {
  const book = createPriceBook()
  let total = 0
  for (const [model, input, output] of requests) {
    const tokens = { inputTokens: input, outputTokens: output, cacheReadTokens: 0, cacheWriteTokens: 0 }
    total += book.price('anthropic', model, tokens, '2026-04-01T10:00:00Z')!.costUsd
  }
  return total
}

test('a corrupt zip beside a good token file costs only itself: the file is read, the zip named', async () => {
  const requests: [string, number, number][] = [
    ['claude-sonnet-4-6', 1200, 300],
    ['claude-sonnet-4-6', 800, 50],
  ]
  put('mixed/wf/7/token-usage.jsonl', requests.map(([m, i, o], n) => record(`m${n}`, m, i, o)).join('\n') + '\n')
  put('mixed/wf/7/agent.zip', 'this is not a zip file')
  const log = recordedLog()
  const engine = await openEngine({}, { log, clock: () => new Date() })
  const report = await engine.analyse(await engine.read(localRunsSource(await findLocalRuns([join(root, 'mixed')]))))
  expect(report.totals).toMatchObject({ runs: 1, runsWithData: 1, requests: 2 })
  expect(report.totals.costUsd).toBeCloseTo(tableCost(requests), 12)
  expect(report.totals.costUsd).toBeGreaterThan(0)
  const run = report.workflows[0].runDetails[0]
  expect(run.state).toBe('analysed')
  expect(run.stateDetail).toMatch(/agent\.zip.*not a zip/)
  expect(log.lines.some((l) => /^warning: Run 7 \(wf\): could not read .*agent\.zip/.test(l))).toBe(true)
})

test('overlapping paths count each file once, whatever the order', async () => {
  const requests: [string, number, number][] = [['claude-sonnet-4-6', 5000, 700]]
  put('mine/wf-a/9/token-usage.jsonl', record('o1', requests[0][0], requests[0][1], requests[0][2]) + '\n')
  const expected = tableCost(requests)
  for (const paths of [
    [join(root, 'mine'), join(root, 'mine', 'wf-a')],
    [join(root, 'mine', 'wf-a'), join(root, 'mine'), join(root, 'mine/wf-a/9/token-usage.jsonl')],
  ]) {
    const report = await localReportOf(paths)
    expect(report.totals).toMatchObject({ runs: 1, requests: 1 })
    expect(report.totals.costUsd).toBeCloseTo(expected, 12)
    expect(report.workflows.map((w) => w.name)).toEqual(['wf-a'])
  }
})

test('any .jsonl of usage records is read; other JSON lines and a stray file are skipped, the stray named', async () => {
  const requests: [string, number, number][] = [
    ['claude-sonnet-4-6', 4000, 250],
    ['claude-haiku-4-5', 900, 80],
  ]
  // What `log --file` writes under a name of its own, and a file renamed by hand, in a folder outside the layout.
  put('hand/chat-april.jsonl', record('h0', ...requests[0]) + '\n')
  put('hand/renamed.jsonl', record('h1', ...requests[1]) + '\n')
  put('hand/transcript.jsonl', JSON.stringify({ role: 'user', content: 'hi' }) + '\n')
  put('hand/MANIFEST.tsv', 'file\tbytes\n')
  const warnings: string[] = []
  const runs = await findLocalRuns([join(root, 'hand'), join(root, 'hand', 'MANIFEST.tsv')], (m) => warnings.push(m))
  expect(warnings).toEqual([expect.stringContaining(`'${join(root, 'hand', 'MANIFEST.tsv')}'`)])
  expect(runs.flatMap((r) => r.sources.map((s) => s.name)).sort()).toEqual([
    join(root, 'hand', 'chat-april.jsonl'),
    join(root, 'hand', 'renamed.jsonl'),
  ])
  const engine = await openEngine({}, { log: recordedLog(), clock: () => new Date() })
  const report = engine.analyse(await engine.read(localRunsSource(runs)))
  expect(report.totals).toMatchObject({ requests: 2 })
  expect(report.totals.costUsd).toBeCloseTo(tableCost(requests), 12)
  // Alone, a stray file is still the error it was: nothing to report.
  await expect(findLocalRuns([join(root, 'hand', 'MANIFEST.tsv')])).rejects.toThrow('MANIFEST.tsv')
})
