// Runs the CLI bundle as a user would: `node dist/cli/index.js report …` (the lead rebuilds dist/ before CI;
// CLI_BUNDLE points the test at another build, e.g. `npx ncc build src/cli.ts -o /tmp/cli`).
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const repo = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..')
const bundle = process.env.CLI_BUNDLE ?? join(repo, 'dist/cli/index.js')
const examples = join(repo, 'examples/artifacts')
const llmExample = join(repo, '__tests__/data/llm-analyzer-example')

interface Result {
  code: number
  stdout: string
  stderr: string
}

function cli(...args: string[]): Promise<Result> {
  return new Promise((done) => {
    execFile('node', [bundle, ...args], { cwd: repo, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      done({ code, stdout, stderr })
    })
  })
}

/** Lines of every file with this name under dir (independent of the code under test). */
function countLines(dir: string, name: string): number {
  let n = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === name) {
      n += readFileSync(join(entry.parentPath, entry.name), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length
    }
  }
  return n
}

let tmp: string
beforeAll(() => {
  if (!existsSync(bundle)) throw new Error(`CLI bundle '${bundle}' missing: run 'npm run build' first`)
  tmp = mkdtempSync(join(tmpdir(), 'tua-cli-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

test('json: the report for the examples', async () => {
  const { code, stdout, stderr } = await cli('report', examples, '--format', 'json')
  expect(stderr).toBe('')
  expect(code).toBe(0)
  const report = JSON.parse(stdout)
  const workflowDirs = readdirSync(examples, { withFileTypes: true }).filter((d) => d.isDirectory())
  const runDirs = workflowDirs.flatMap((d) => readdirSync(join(examples, d.name)))
  expect(report.schemaVersion).toBe(1)
  expect(report.totals.runs).toBe(runDirs.length)
  expect(report.workflows.map((w: { name: string }) => w.name).sort()).toEqual(workflowDirs.map((d) => d.name).sort())
  // Costs are sorted highest first.
  const costs = report.workflows.map((w: { costUsd: number }) => w.costUsd)
  expect([...costs].sort((a, b) => b - a)).toEqual(costs)
  // The usage artifact repeats the agent records (all duplicates) and holds the detection records (kept apart).
  expect(report.skipped.duplicateRecords).toBe(countLines(examples, 'token_usage.jsonl') - countDetection())
  expect(report.skipped.duplicateRecords).toBe(countAgentCopies())
  expect(report.detection.requests).toBe(countDetection())
  expect(report.skipped.invalidLines).toBe(1)
  expect(report.runsWithoutData).toHaveLength(1)
  expect(report.totals.runsWithData).toBe(runDirs.length - 1)
})

function countAgentCopies(): number {
  let n = 0
  for (const entry of readdirSync(examples, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === 'token_usage.jsonl' && entry.parentPath.endsWith('/usage/agent')) {
      n += readFileSync(join(entry.parentPath, entry.name), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length
    }
  }
  return n
}

function countDetection(): number {
  let n = 0
  for (const entry of readdirSync(examples, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.parentPath.endsWith('/usage/detection')) {
      n += readFileSync(join(entry.parentPath, entry.name), 'utf8')
        .split('\n')
        .filter((l) => l.trim()).length
    }
  }
  return n
}

test('markdown is the default format', async () => {
  const { code, stdout } = await cli('report', examples)
  expect(code).toBe(0)
  expect(stdout).toMatch(/^### Overview/)
  expect(stdout).toContain('### Workflow Summary')
  expect(stdout).toContain('### Threat-Detection Usage')
})

test('csv: a header and one row per workflow and model', async () => {
  const { code, stdout } = await cli('report', examples, '--format', 'csv')
  expect(code).toBe(0)
  const lines = stdout.trim().split('\n')
  expect(lines[0].startsWith('workflow,usage,provider,model,')).toBe(true)
  expect(lines.length).toBeGreaterThan(4)
})

test("--pricing with the LLM analyzer's table gives its $1.19; --out writes the file", async () => {
  const out = join(tmp, 'report.json')
  const { code, stdout, stderr } = await cli(
    'report',
    llmExample,
    '--pricing',
    join(llmExample, 'llm-analyzer-prices.yml'),
    '--format',
    'json',
    '--out',
    out,
  )
  expect(code).toBe(0)
  expect(stdout).toBe('')
  expect(stderr).toContain(out)
  const report = JSON.parse(readFileSync(out, 'utf8'))
  expect(report.totals.costUsd.toFixed(2)).toBe('1.19')
})

test('--providers, --since/--until and --threshold reach the engine', async () => {
  const { code, stdout } = await cli(
    'report',
    examples,
    '--format',
    'json',
    '--providers',
    'copilot',
    '--since',
    '2026-04-01',
    '--until',
    '2026-05-01T00:00:00Z',
    '--threshold',
    'io-ratio=off',
    '--threshold',
    'low-cache-hit-rate=0.9',
  )
  expect(code).toBe(0)
  const report = JSON.parse(stdout)
  expect(report.window).toEqual({ since: '2026-04-01T00:00:00.000Z', until: '2026-05-01T00:00:00.000Z' })
  expect(report.providers.map((p: { provider: string }) => p.provider)).toEqual(['copilot'])
  expect(report.skipped.filteredRecords).toBeGreaterThan(0)
  const copilot = report.workflows.find((w: { name: string }) => w.name === 'smoke-copilot')
  expect(copilot.flags.map((f: { id: string }) => f.id)).toEqual(['low-cache-hits'])
})

test.each([
  [['report', examples, '--format', 'xml'], /argument 'xml' is invalid/],
  [['report', examples, '--bogus'], /unknown option '--bogus'/],
  [['report'], /No input PATH given/],
  [['report', examples, '--since', 'yesterday'], /Invalid --since 'yesterday'/],
  [['report', examples, '--since', '2026-05-01', '--until', '2026-04-01'], /--since '2026-05-01' is after --until/],
  [['report', examples, '--threshold', 'io-ratio=abc'], /Invalid threshold value 'abc'/],
  [
    ['report', examples, '--normalise', 'copilot=sometimes'],
    /Invalid token semantics 'sometimes' for provider 'copilot'/,
  ],
  [['report', examples, '--providers', 'antropic'], /Invalid --providers 'antropic'\. Expected some of anthropic/],
  [['report', examples, '--until', '2099-01-01'], /Invalid --until '2099-01-01'\. It is in the future/],
  [['report', examples, '--since', '2026-02-30'], /2026-02-30 is not a day of the calendar/],
  [['frobnicate'], /unknown command 'frobnicate'/],
  [[], /Usage: token-usage-analyzer/],
])('usage error %j exits 2 with a message', async (args, message) => {
  const { code, stderr, stdout } = await cli(...args)
  expect(code).toBe(2)
  expect(stderr).toMatch(message)
  expect(stdout).toBe('')
})

test('--out in a missing directory exits 2 naming --out and the directory, and creates nothing', async () => {
  const out = join(tmp, 'nested', 'report.json')
  const { code, stderr, stdout } = await cli('report', examples, '--out', out)
  expect(code).toBe(2)
  expect(stderr).toContain(`Invalid --out '${out}': the directory '${join(tmp, 'nested')}' does not exist`)
  expect(stdout).toBe('')
  expect(existsSync(join(tmp, 'nested'))).toBe(false)
})

test('an unreadable path exits 1 and names the path', async () => {
  const missing = join(tmp, 'no-such-dir')
  const { code, stderr, stdout } = await cli('report', examples, missing)
  expect(code).toBe(1)
  expect(stderr).toBe(`error: Input path '${missing}' does not exist\n`)
  expect(stdout).toBe('')
})

test('an unreadable price file exits 1 and names the file', async () => {
  const { code, stderr } = await cli('report', examples, '--pricing', join(tmp, 'prices.yml'))
  expect(code).toBe(1)
  expect(stderr).toContain(join(tmp, 'prices.yml'))
})

test('--help exits 0 and documents the exit statuses', async () => {
  const { code, stdout } = await cli('report', '--help')
  expect(code).toBe(0)
  expect(stdout).toContain('--format <format>')
  expect(stdout).toContain('2  usage error')
})
