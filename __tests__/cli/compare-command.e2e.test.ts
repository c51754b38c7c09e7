// `compare` through the CLI bundle (dist/cli/index.js, or CLI_BUNDLE): two paths, two windows of one path and two
// workflows of one path give the same comparison, whose numbers are computed here from the records.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createPriceBook } from '../../src/usage/pricing.js'
import { record } from '../usage/records.js'

const repo = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..')
const bundle = process.env.CLI_BUNDLE ?? join(repo, 'dist/cli/index.js')

interface Result {
  code: number
  stdout: string
  stderr: string
}

function cli(...args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile('node', [bundle, ...args], { cwd: tmp, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      done({ code, stdout, stderr })
    })
  })
}

const RUNS = 6
const REQUESTS_PER_RUN = 3
const SONNET = 'claude-sonnet-4-6'
const HAIKU = 'claude-haiku-4-5'
const priceBook = createPriceBook()

/** Run i's requests: the same token profile on both sides, only the model differs (A: Sonnet, B: Haiku). */
function tokensOf(run: number, request: number) {
  return {
    inputTokens: 100 + run * 10 + request,
    outputTokens: 500 + run * 50,
    cacheReadTokens: 20_000 + run * 1000,
    cacheWriteTokens: 1000,
  }
}

/** Run i of a side, starting on its first day: one run a day, one request a minute. */
function runLines(side: 'A' | 'B', run: number): string[] {
  const model = side === 'A' ? SONNET : HAIKU
  const day = (side === 'A' ? 1 : 8) + run
  return Array.from({ length: REQUESTS_PER_RUN }, (_, request) => {
    const t = tokensOf(run, request)
    return JSON.stringify(
      record({
        request_id: `${side}-${run}-${request}`,
        model,
        timestamp: `2026-04-${String(day).padStart(2, '0')}T10:0${request}:00.000Z`,
        input_tokens: t.inputTokens,
        output_tokens: t.outputTokens,
        cache_read_tokens: t.cacheReadTokens,
        cache_write_tokens: t.cacheWriteTokens,
        duration_ms: 1000 + run,
      }),
    )
  })
}

/** What a side must show, from the records. */
function expectedSide(side: 'A' | 'B') {
  const model = side === 'A' ? SONNET : HAIKU
  const costs: number[] = []
  let requests = 0
  let tokens = 0
  let input = 0
  let cacheRead = 0
  for (let run = 0; run < RUNS; run++) {
    let cost = 0
    for (let request = 0; request < REQUESTS_PER_RUN; request++) {
      const t = tokensOf(run, request)
      cost += priceBook.price('anthropic', model, t)!.costUsd
      requests++
      tokens += t.inputTokens + t.outputTokens + t.cacheReadTokens + t.cacheWriteTokens
      input += t.inputTokens
      cacheRead += t.cacheReadTokens
    }
    costs.push(cost)
  }
  const costUsd = costs.reduce((a, b) => a + b, 0)
  return { costs, requests, tokens, costUsd, costPerRun: costUsd / RUNS, hitRate: cacheRead / (cacheRead + input) }
}

let tmp: string
beforeAll(() => {
  if (!existsSync(bundle)) throw new Error(`CLI bundle '${bundle}' missing: run 'npm run build' first`)
  tmp = mkdtempSync(join(tmpdir(), 'tua-compare-'))
  for (const side of ['A', 'B'] as const) {
    for (let run = 0; run < RUNS; run++) {
      const lines = runLines(side, run).join('\n') + '\n'
      // By side (two paths, or two workflows of one root), and all in one workflow (two windows).
      for (const dir of [
        join(tmp, 'root', side === 'A' ? 'alpha' : 'beta', `${side}${run}`),
        join(tmp, 'mixed', 'wf', `${side}${run}`),
      ]) {
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, 'token-usage.jsonl'), lines)
      }
    }
  }
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

interface Metric {
  metric: string
  a: number | null
  b: number | null
  change: number | null
  relative: number | null
  significance: { verdict: string; significant: boolean; pValue: number | null; runs: { a: number; b: number } } | null
}

interface ComparisonJson {
  kind: string
  a: { label: string }
  b: { label: string }
  metrics: Metric[]
  drivers: {
    baseline: number
    current: number
    change: number
    drivers: { id: string; contribution: number }[]
    sentence: string
  }
}

async function compareJson(...args: string[]): Promise<ComparisonJson> {
  const result = await cli('compare', ...args, '--format', 'json')
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as ComparisonJson
}

function checkComparison(c: ComparisonJson): void {
  const a = expectedSide('A')
  const b = expectedSide('B')
  const metric = (id: string) => c.metrics.find((m) => m.metric === id)!
  expect(c.kind).toBe('comparison')
  expect(metric('runs')).toMatchObject({ a: RUNS, b: RUNS, change: 0 })
  expect(metric('requests')).toMatchObject({ a: a.requests, b: b.requests })
  expect(metric('totalTokens')).toMatchObject({ a: a.tokens, b: b.tokens, change: 0 })
  expect(metric('costUsd').a).toBeCloseTo(a.costUsd, 10)
  expect(metric('costUsd').b).toBeCloseTo(b.costUsd, 10)
  const perRun = metric('costPerRunUsd')
  expect(perRun.a).toBeCloseTo(a.costPerRun, 10)
  expect(perRun.b).toBeCloseTo(b.costPerRun, 10)
  expect(perRun.relative).toBeCloseTo((b.costPerRun - a.costPerRun) / a.costPerRun, 10)
  // Every Haiku run costs less than every Sonnet run: the exact two-sided rank-test p-value is 2 / C(12, 6).
  expect(Math.max(...b.costs)).toBeLessThan(Math.min(...a.costs))
  expect(perRun.significance).toMatchObject({ verdict: 'significant', significant: true, runs: { a: RUNS, b: RUNS } })
  expect(perRun.significance!.pValue).toBeCloseTo(2 / 924, 6)
  // Same tokens on both sides: tokens per run did not move.
  expect(metric('tokensPerRun').significance!.significant).toBe(false)
  expect(metric('cacheHitRate').change).toBeCloseTo(b.hitRate - a.hitRate, 12)
  // The drivers add up to the change, and the switch to Haiku is the model mix.
  expect(c.drivers.change).toBeCloseTo(b.costPerRun - a.costPerRun, 10)
  expect(c.drivers.drivers.reduce((s, d) => s + d.contribution, 0)).toBeCloseTo(c.drivers.change, 10)
  expect(c.drivers.drivers[0]!.id).toBe('model-mix')
  expect(c.drivers.sentence).toContain('model mix')
}

test('two paths: A and B', async () => {
  const c = await compareJson('root/alpha', 'root/beta')
  checkComparison(c)
  expect([c.a.label, c.b.label]).toEqual(['root/alpha', 'root/beta'])
})

test('two windows of one path', async () => {
  const c = await compareJson(
    'mixed',
    '--a-since',
    '2026-04-01',
    '--a-until',
    '2026-04-07T23:59:59Z',
    '--b-since',
    '2026-04-08',
    '--b-until',
    '2026-04-14T23:59:59Z',
  )
  checkComparison(c)
  expect(c.a.label).toBe('mixed, since 2026-04-01T00:00:00.000Z, until 2026-04-07T23:59:59.000Z')
})

test('two workflows of one path', async () => {
  const c = await compareJson('root', '--a-workflow', 'alpha', '--b-workflow', 'beta')
  checkComparison(c)
  expect(c.b.label).toBe('root, workflow beta')
})

test('markdown and table: the side-by-side rows, the verdict and the drivers', async () => {
  const markdown = await cli('compare', 'root/alpha', 'root/beta')
  expect(markdown.code).toBe(0)
  expect(markdown.stdout).toContain('| Metric | A | B | Change (B − A) | Significance |')
  expect(markdown.stdout).toMatch(
    /\| Cost per run \| \$0\.\d\d \| \$0\.\d\d \| −\$0\.\d\d \(−\d+\.\d%\) \| significant \(p = 0\.002\) \|/,
  )
  expect(markdown.stdout).toContain('Cost per run $')
  const table = await cli('compare', 'root/alpha', 'root/beta', '--format', 'table')
  expect(table.code).toBe(0)
  expect(table.stdout).toMatch(/│ Cost per run +│ +\$0\.\d\d │/)
  expect(table.stdout).toContain('A: root/alpha')
})

test('usage errors name what is wrong', async () => {
  const cases: [string[], string][] = [
    [['mixed'], 'needs a selection that differs between the sides'],
    [['root/alpha', 'root/beta', 'mixed'], 'got 3'],
    [
      ['root', '--a-workflow', 'gamma', '--b-workflow', 'beta'],
      "--a-workflow 'gamma' matches no run under 'root'. Workflows found: alpha, beta.",
    ],
    [['mixed', '--a-since', 'last tuesday', '--b-since', '2026-04-08'], "'last tuesday'"],
    [
      ['mixed', '--a-since', '2026-04-09', '--a-until', '2026-04-08', '--b-since', '2026-04-08'],
      "--a-since '2026-04-09' is after --a-until '2026-04-08'",
    ],
    [['root', '--a-branch', 'main', '--b-branch', 'dev'], 'names its branch'],
    [['root/alpha', 'root/beta', '--format', 'csv'], "'csv'"],
  ]
  for (const [args, message] of cases) {
    const result = await cli('compare', ...args)
    expect({ args, code: result.code }).toEqual({ args, code: 2 })
    expect(result.stderr).toContain(message)
  }
})

test('--help: its own exit statuses (a comparison, not a report)', async () => {
  const { code, stdout } = await cli('compare', '--help')
  expect(code).toBe(0)
  expect(stdout).toContain('--branch <name>')
  expect(stdout).toMatch(/0 {2}the comparison was written/)
  expect(stdout).not.toContain('report was written')
})
