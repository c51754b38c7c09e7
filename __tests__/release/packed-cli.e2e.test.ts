// The CLI as a user gets it: `npm pack` the repository (its committed dist/), install the tarball into an empty
// project without the network, and run the installed bin directly, so its `#!/usr/bin/env node` line is what starts
// it: `env node` finds the first Node on PATH (.ci/run's Node 24 pass puts Node 24 there).
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const REPO = path.resolve(import.meta.dirname, '../..')

let dir: string
let project: string
let tarball: string
let packedFiles: string[]

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tua-pack-'))
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: REPO })
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
  tarball = path.join(dir, packed.filename)
  packedFiles = packed.files.map((file) => file.path)
  project = path.join(dir, 'project')
  await mkdir(project)
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'adopter', private: true }))
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: project })
}, 120_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

const bin = () => path.join(project, 'node_modules', '.bin', 'token-usage-analyzer')

test('the tarball holds the bundles, action.yml, README, CHANGELOG and LICENSE, and no sources or tests', () => {
  expect(packedFiles).toEqual(
    expect.arrayContaining([
      'package.json',
      'dist/index.js',
      'dist/cli/index.js',
      'action.yml',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ]),
  )
  expect(packedFiles.filter((file) => /^(src|__tests__|scripts|examples|node_modules)\//.test(file))).toEqual([])
})

test('the installed package needs nothing else: no dependencies, a bin with a shebang', async () => {
  const installed = path.join(project, 'node_modules', 'token-usage-analyzer')
  const manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as {
    dependencies?: object
  }
  expect(manifest.dependencies ?? {}).toEqual({})
  const bundle = await readFile(path.join(installed, 'dist', 'cli', 'index.js'), 'utf8')
  expect(bundle.split('\n', 1)[0]).toBe('#!/usr/bin/env node')
})

test('the installed bin prints its help', async () => {
  const { stdout } = await run(bin(), ['--help'], { cwd: project })
  expect(stdout).toContain('Usage: token-usage-analyzer')
  expect(stdout).toMatch(/^\s+report \[options\]/m)
  expect(stdout).toMatch(/^\s+github \[options\]/m)
})

test('the installed bin reports an artifact tree, priced with a price file', async () => {
  const record = (id: string, input: number, output: number) =>
    JSON.stringify({
      request_id: id,
      timestamp: '2026-04-02T10:00:00.000Z',
      provider: 'anthropic',
      model: 'pack-test-model',
      input_tokens: input,
      output_tokens: output,
      cache_read_tokens: 0,
      cache_write_tokens: 0,
    })
  const root = path.join(dir, 'artifacts')
  await mkdir(path.join(root, 'nightly', '101'), { recursive: true })
  await mkdir(path.join(root, 'review', '202'), { recursive: true })
  await writeFile(
    path.join(root, 'nightly', '101', 'token-usage.jsonl'),
    `${record('a', 1000, 200)}\n${record('b', 3000, 400)}\n`,
  )
  await writeFile(path.join(root, 'review', '202', 'token-usage.jsonl'), `${record('c', 5000, 600)}\n`)
  const prices = path.join(dir, 'prices.yml')
  await writeFile(prices, 'pack-test-model: { input: 2, output: 10 }\n')

  const { stdout } = await run(bin(), ['report', root, '--format', 'json', '--pricing', prices], { cwd: project })
  const report = JSON.parse(stdout) as {
    totals: { runs: number; requests: number; inputTokens: number; outputTokens: number; costUsd: number }
    workflows: { name: string; runs: number }[]
  }
  expect(report.totals).toMatchObject({ runs: 2, requests: 3, inputTokens: 9000, outputTokens: 1200 })
  // $2 per million input tokens, $10 per million output tokens.
  expect(report.totals.costUsd).toBeCloseTo((9000 * 2 + 1200 * 10) / 1e6, 9)
  expect(report.workflows.map((w) => [w.name, w.runs]).sort()).toEqual([
    ['nightly', 1],
    ['review', 1],
  ])
})
