// `log` through the CLI bundle (dist/cli/index.js, or CLI_BUNDLE): records appended by hand, then read by `report`.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createPriceBook } from '../../src/usage/pricing.js'

const repo = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..')
const bundle = process.env.CLI_BUNDLE ?? join(repo, 'dist/cli/index.js')

interface Result {
  code: number
  stdout: string
  stderr: string
}

function cli(cwd: string, ...args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile('node', [bundle, ...args], { cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      done({ code, stdout, stderr })
    })
  })
}

const priceBook = createPriceBook()
let tmp: string
beforeAll(() => {
  if (!existsSync(bundle)) throw new Error(`CLI bundle '${bundle}' missing: run 'npm run build' first`)
  tmp = mkdtempSync(join(tmpdir(), 'tua-log-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function freshDir(name: string): string {
  const dir = join(tmp, name)
  mkdirSync(dir)
  return dir
}

const jsonLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>)

test('log appends api-proxy records to ./token-usage.jsonl, prints their cost, and report reads them', async () => {
  const dir = freshDir('default-file')
  const before = Date.now()
  const first = await cli(
    dir,
    'log',
    '--model',
    'claude-sonnet-4-6',
    '--input-tokens',
    '1200',
    '--output-tokens',
    '300',
    '--cache-read',
    '5000',
    '--cache-write',
    '700',
    '--session',
    'refactor',
    '--notes',
    'pair session, "quoted"',
  )
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  // OpenAI's input includes the cache read: fresh input is 2,000 - 1,500.
  const second = await cli(
    dir,
    'log',
    '--model',
    'gpt-4.1',
    '--input-tokens',
    '2000',
    '--output-tokens',
    '100',
    '--cache-read',
    '1500',
  )
  expect(second.code).toBe(0)
  const after = Date.now()

  const anthropicCost = priceBook.price('anthropic', 'claude-sonnet-4-6', {
    inputTokens: 1200,
    outputTokens: 300,
    cacheReadTokens: 5000,
    cacheWriteTokens: 700,
  })!.costUsd
  const openaiCost = priceBook.price('openai', 'gpt-4.1', {
    inputTokens: 500,
    outputTokens: 100,
    cacheReadTokens: 1500,
    cacheWriteTokens: 0,
  })!.costUsd
  expect(anthropicCost).toBeGreaterThan(0.01)
  expect(first.stdout).toContain('claude-sonnet-4-6 (anthropic)')
  expect(first.stdout).toContain(`Cost: $${anthropicCost.toFixed(2)}`)
  expect(second.stdout).toContain('gpt-4.1 (openai)')

  const records = jsonLines(join(dir, 'token-usage.jsonl'))
  expect(records).toHaveLength(2)
  for (const r of records) {
    expect(r).toMatchObject({ _schema: expect.stringMatching(/^token-usage\/v\d+\.\d+\.\d+$/), event: 'token_usage' })
    expect(r.request_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const at = Date.parse(r.timestamp as string)
    expect(at).toBeGreaterThanOrEqual(before - 1)
    expect(at).toBeLessThanOrEqual(after)
  }
  expect(records[0]!.request_id).not.toBe(records[1]!.request_id)
  expect(records[0]).toMatchObject({
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    input_tokens: 1200,
    output_tokens: 300,
    cache_read_tokens: 5000,
    cache_write_tokens: 700,
    session: 'refactor',
    notes: 'pair session, "quoted"',
  })
  expect(records[1]).not.toHaveProperty('session')

  // Discovery finds ./token-usage.jsonl in a directory, and the file alone works too.
  for (const path of ['.', 'token-usage.jsonl']) {
    const report = await cli(dir, 'report', path, '--format', 'json')
    expect(report.code).toBe(0)
    const data = JSON.parse(report.stdout)
    expect(data.totals.requests).toBe(2)
    expect(data.totals.inputTokens).toBe(1200 + 500)
    expect(data.totals.costUsd).toBeCloseTo(anthropicCost + openaiCost, 12)
    expect(data.skipped.invalidLines).toBe(0)
  }
})

test('an unknown model is logged and printed as unpriced', async () => {
  const dir = freshDir('unpriced')
  const result = await cli(dir, 'log', '--model', 'house-model-x', '--input-tokens', '10', '--output-tokens', '5')
  expect(result.code).toBe(0)
  expect(result.stdout).toContain('(unknown)')
  expect(result.stdout).toMatch(/Cost: unpriced/)
  expect(jsonLines(join(dir, 'token-usage.jsonl'))[0]).toMatchObject({ provider: 'unknown', model: 'house-model-x' })
})

test('--file: another file; a last line without its newline is ended first, so both lines survive', async () => {
  const dir = freshDir('truncated')
  const file = join(dir, 'usage.jsonl')
  writeFileSync(file, '{"provider":"anthropic","model":"claude-sonn')
  const result = await cli(
    dir,
    'log',
    '--file',
    file,
    '--provider',
    'copilot',
    '--model',
    'claude-sonnet-4.6',
    '--input-tokens',
    '9',
    '--output-tokens',
    '9',
  )
  expect(result.code).toBe(0)
  const lines = readFileSync(file, 'utf8').split('\n')
  expect(lines[0]).toBe('{"provider":"anthropic","model":"claude-sonn')
  expect(JSON.parse(lines[1]!)).toMatchObject({ provider: 'copilot', model: 'claude-sonnet-4.6' })
})

test('bad numbers and values are usage errors naming the flag; a missing directory is not created', async () => {
  const dir = freshDir('errors')
  const base = ['log', '--model', 'claude-sonnet-4-6', '--output-tokens', '1']
  const cases: [string[], string][] = [
    [['--input-tokens', '12x'], "Invalid --input-tokens '12x'"],
    [['--input-tokens', '1', '--cache-read=-5'], "Invalid --cache-read '-5'"],
    [['--input-tokens', '1.5'], "Invalid --input-tokens '1.5'"],
    [['--input-tokens', '1', '--cache-write', '1e3'], "Invalid --cache-write '1e3'"],
    [['--input-tokens', '1', '--provider', 'acme'], "Invalid --provider 'acme'"],
    // A typo is answered with the closest name, as for --providers.
    [['--input-tokens', '1', '--provider', 'antropic'], "Invalid --provider 'antropic'"],
    [['--input-tokens', '1', '--provider', 'antropic'], "Did you mean 'anthropic'?"],
  ]
  for (const [args, message] of cases) {
    const result = await cli(dir, ...base, ...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  }
  const missing = await cli(dir, 'log', '--model', 'm', '--input-tokens', '1')
  expect(missing.code).toBe(2)
  expect(missing.stderr).toContain('--output-tokens')
  expect(existsSync(join(dir, 'token-usage.jsonl'))).toBe(false)

  const noDir = await cli(dir, ...base, '--input-tokens', '1', '--file', 'no/such/dir/token-usage.jsonl')
  // A usage error (exit 2) like --out's, naming --file and its directory.
  expect(noDir.code).toBe(2)
  expect(noDir.stderr).toContain(
    "Invalid --file 'no/such/dir/token-usage.jsonl': the directory 'no/such/dir' does not exist.",
  )
  expect(existsSync(join(dir, 'no'))).toBe(false)
})

test('--help: exit statuses of its own (log appends a request, it writes no report)', async () => {
  const { code, stdout } = await cli(tmp, 'log', '--help')
  expect(code).toBe(0)
  expect(stdout).toContain('Exit status:')
  expect(stdout).toMatch(/0 {2}the request was appended to --file and its cost printed/)
  expect(stdout).not.toContain('report was written')
  expect(stdout).not.toContain('GitHub')
})
