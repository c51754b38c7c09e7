// The engine on local files: a broken archive fails its own run only; detection and duplicates flow through.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { localReportOf } from './local-report.js'

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
