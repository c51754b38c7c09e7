// The LLM analyzer's 2026-04-02 report rebuilt from records (see __tests__/data/llm-analyzer-example/README.md):
// the engine, from discovery to markdown, must give its figures where its prices were right.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatRatio } from '../../src/common/value-format.js'
import { renderMarkdownReport } from '../../src/report/markdown-report.js'
import { localReportOf } from './local-report.js'

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../data/llm-analyzer-example')
const runIds = readdirSync(join(root, 'smoke-claude'))

interface Sums {
  requests: number
  input: number
  output: number
  cacheRead: number
  cacheWrite: number
}

// Independent sums straight from the files.
function sumsByModel(): Record<string, Sums> {
  const sums: Record<string, Sums> = {}
  for (const id of runIds) {
    const file = join(
      root,
      'smoke-claude',
      id,
      'agent-artifacts/sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl',
    )
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const r = JSON.parse(line)
      const s = (sums[r.model] ??= { requests: 0, input: 0, output: 0, cacheRead: 0, cacheWrite: 0 })
      s.requests++
      s.input += r.input_tokens
      s.output += r.output_tokens
      s.cacheRead += r.cache_read_tokens
      s.cacheWrite += r.cache_write_tokens
    }
  }
  return sums
}

const sums = sumsByModel()
const sonnet = sums['claude-sonnet-4-6']
const haiku = sums['claude-haiku-4-5-20251001']

test('the fixture holds the totals the report states', () => {
  expect(runIds).toHaveLength(5)
  expect(sonnet).toEqual({ requests: 21, input: 31, output: 5535, cacheRead: 772_360, cacheWrite: 232_010 })
  expect(haiku).toEqual({ requests: 10, input: 3600, output: 454, cacheRead: 0, cacheWrite: 0 })
})

test("with the analyzer's prices: $1.19, 99.5% cache hits, I/O ≈ 130:1", async () => {
  const report = await localReportOf([root], { pricingFile: join(root, 'llm-analyzer-prices.yml') })

  const expectedCost =
    (sonnet.input * 3 + sonnet.output * 15 + sonnet.cacheRead * 0.3 + sonnet.cacheWrite * 3.75) / 1e6 +
    (haiku.input * 0.8 + haiku.output * 4) / 1e6
  const input = sonnet.input + haiku.input
  const output = sonnet.output + haiku.output
  expect(report.totals.costUsd).toBeCloseTo(expectedCost, 9)
  expect(report.totals.costUsd.toFixed(2)).toBe('1.19')
  expect(report.totals.cacheHitRate).toBeCloseTo(sonnet.cacheRead / (sonnet.cacheRead + input), 12)
  expect((report.totals.cacheHitRate! * 100).toFixed(1)).toBe('99.5')
  expect(report.totals.ioRatio).toBeCloseTo((input + sonnet.cacheRead) / output, 9)
  expect(formatRatio(report.totals.ioRatio)).toBe('130:1')
  expect(report.totals.totalTokens).toBe(input + output + sonnet.cacheRead + sonnet.cacheWrite)

  const [workflow] = report.workflows
  expect(workflow).toMatchObject({ name: 'smoke-claude', runs: 5, runsWithData: 5, requests: 31 })
  expect(workflow.models.map((m) => [m.model, m.requests])).toEqual([
    ['claude-sonnet-4.6', 21],
    ['claude-haiku-4.5', 10],
  ])
  // Cache writes are the largest cost driver, $0.87 of $1.19, as the report says.
  expect(report.totals.cost.cacheWrite.toFixed(2)).toBe('0.87')
  // The report's per-run costs.
  const costs = Object.fromEntries(workflow.runDetails.map((r) => [r.runId, r.costUsd.toFixed(2)]))
  expect(costs).toEqual({
    '23900672204': '0.30',
    '23911242765': '0.28',
    '23882121359': '0.22',
    '23882382764': '0.21',
    '23908898243': '0.18',
  })
  // The report's two findings on these runs: I/O ratio over 100:1, and Haiku without cache hits (informational).
  expect(workflow.flags.map((f) => f.id)).toEqual(['high-io-ratio', 'model-zero-cache-hits'])
  expect(workflow.flags[1].message).toBe(
    `claude-haiku-4.5: 10 requests with a cache hit rate of 0.0% (threshold: 0.0%) (0.4% of the workflow's cost).`,
  )

  const markdown = renderMarkdownReport(report)
  expect(markdown).toContain('**Estimated total cost**: $1.19')
  // The summary row (at most 8 columns); requests, tokens and the I/O ratio are in the workflow's details.
  expect(markdown).toMatch(/\| smoke-claude \| 5 \| 5 \| \$1\.19 \| \$0\.24 \| 99\.5% \| claude-sonnet-4\.6 \|/)
  expect(markdown).toContain('- **Requests**: 31 (avg 6.2/run)')
  expect(markdown).toMatch(/- \*\*Tokens\*\*: 1\.01M total/)
  expect(markdown).toMatch(/\*\*I\/O ratio\*\*: 130:1/)
})

test('with the bundled prices, Haiku is priced as Haiku 4.5 ($1/$5 per million)', async () => {
  const report = await localReportOf([root])
  const haikuMetrics = report.models.find((m) => m.model === 'claude-haiku-4.5')!
  expect(haikuMetrics.unpricedRequests).toBe(0)
  expect(haikuMetrics.costUsd).toBeCloseTo((haiku.input * 1 + haiku.output * 5) / 1e6, 12)
  const sonnetMetrics = report.models.find((m) => m.model === 'claude-sonnet-4.6')!
  expect(sonnetMetrics.costUsd).toBeCloseTo(
    (sonnet.input * 3 + sonnet.output * 15 + sonnet.cacheRead * 0.3 + sonnet.cacheWrite * 3.75) / 1e6,
    9,
  )
  expect(report.unpricedModels).toEqual([])
})
