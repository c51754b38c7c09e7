// The `github` CLI subcommand against the fake server: the JSON report, --save-artifacts in the layout `report`
// reads (same totals from both), --cache-dir making the second collection download nothing, and usage errors.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jest } from '@jest/globals'
import { Command } from 'commander'
import { jsonl, records, startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'

jest.setTimeout(60_000)

let h: CollectorHarness
let work: string
let commandModule: typeof import('../../src/cli/github-command.js')
let reportModule: typeof import('../../src/cli/report-command.js')
let runProgram: typeof import('../../src/cli/run-program.js').runProgram

beforeAll(async () => {
  h = await startCollectorHarness()
  commandModule = await import('../../src/cli/github-command.js')
  reportModule = await import('../../src/cli/report-command.js')
  runProgram = (await import('../../src/cli/run-program.js')).runProgram
  work = await mkdtemp(path.join(os.tmpdir(), 'github-command-'))
  const hour = 3_600_000
  for (let i = 0; i < 6; i++) {
    const run = h.gh.addRun({
      workflow: i % 2 ? 'Daily Planner' : 'Copilot Triage',
      createdAt: new Date(Date.now() - (i + 1) * hour),
    })
    if (i === 5) continue // no artifact
    const provider = i % 2 ? 'anthropic' : 'copilot'
    await h.gh.addArtifact(run.id, i === 4 ? 'agent' : 'usage', {
      files: {
        [i === 4 ? 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl' : 'agent/token_usage.jsonl']: jsonl(
          records(provider, 'claude-sonnet-4.6', 2 + i),
        ),
      },
    })
  }
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  let out = ''
  let err = ''
  const io = { out: (text: string) => void (out += text), err: (text: string) => void (err += text) }
  const program = new Command('token-usage-analyzer')
    .addCommand(commandModule.githubCommand(io, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: h.gh.url, ...env }))
    .addCommand(reportModule.reportCommand(io))
  const status = await runProgram(program, args, io)
  return { status, out, err }
}

test('prints the report, saves artifacts that `report` reads to the same totals, and caches summaries', async () => {
  const saved = path.join(work, 'artifacts')
  const cacheDir = path.join(work, 'cache')
  const repo = `${h.gh.owner}/${h.gh.repo}`
  const first = await cli([
    'github',
    '--repo',
    repo,
    '--since',
    '7d',
    '-f',
    'json',
    '--save-artifacts',
    saved,
    '--cache-dir',
    cacheDir,
  ])
  expect(first.err).toMatch(/Collected 6 runs in [\d.]+ s: 5 downloaded, 0 from the cache/)
  expect(first.status).toBe(0)
  const report = JSON.parse(first.out)
  expect(report.totals.runs).toBe(6)
  expect(report.totals.runsWithData).toBe(5)
  // records(…, 2 + i) for i = 0..4
  expect(report.totals.requests).toBe(2 + 3 + 4 + 5 + 6)
  expect(report.runsWithoutData).toEqual([
    expect.objectContaining({ workflow: 'Daily Planner', reason: expect.stringMatching(/no artifact/) }),
  ])

  // One fingerprint for the action and the CLI: the action's default settings key the same cache file.
  const { readActionSettings } = await import('../../src/settings/action-settings.js')
  const { summaryFingerprintOf } = await import('../../src/collect/summary-cache.js')
  const { actionDefaults } = await import('../support/run-action.js')
  const inputs: Record<string, string> = { ...(await actionDefaults()), 'github-token': TOKEN, repository: repo }
  const action = await readActionSettings((name) => inputs[name] ?? '')
  const actionFingerprint = summaryFingerprintOf({ ...action, repository: repo })
  expect(await readdir(cacheDir)).toEqual([`run-summaries-${actionFingerprint}.json`])

  expect((await readdir(saved)).sort()).toEqual(['Copilot Triage', 'Daily Planner'])
  const planner = await readdir(path.join(saved, 'Daily Planner'))
  expect(planner).toHaveLength(2) // the run without an artifact has nothing to keep
  expect(await readdir(path.join(saved, 'Daily Planner', planner[0]))).toEqual(['usage.zip'])

  const local = await cli(['report', saved, '-f', 'json'])
  expect(local.status).toBe(0)
  const localReport = JSON.parse(local.out)
  expect(localReport.totals.requests).toBe(report.totals.requests)
  expect(localReport.totals.totalTokens).toBe(report.totals.totalTokens)
  expect(localReport.totals.costUsd).toBeCloseTo(report.totals.costUsd, 9)

  h.gh.clearRequests()
  const second = await cli(['github', '--repo', repo, '--since', '7d', '-f', 'json', '--cache-dir', cacheDir])
  expect(second.err).toMatch(/Collected 6 runs in [\d.]+ s: 0 downloaded, 6 from the cache/)
  expect(h.gh.requests.filter((entry) => !entry.isApi || entry.path.endsWith('/zip'))).toHaveLength(0)
  expect(JSON.parse(second.out).totals).toEqual(report.totals)
})

test('usage errors name the bad value; a missing token is an error', async () => {
  const bad = await cli(['github', '--repo', 'not-a-repo'])
  expect(bad.status).toBe(2)
  expect(bad.err).toMatch(/Invalid --repo 'not-a-repo'/)
  const since = await cli(['github', '--repo', 'o/r', '--since', 'last week'])
  expect(since.status).toBe(2)
  expect(since.err).toMatch(/'last week'/)
  const noToken = await cli(['github', '--repo', 'o/r'], { GITHUB_TOKEN: undefined, GH_TOKEN: undefined })
  expect(noToken.status).toBe(2)
  expect(noToken.err).toMatch(/GITHUB_TOKEN is not set \(nor GH_TOKEN\)\. Export a token .*gh auth token/)
})

test('a rejected token is an error naming the operation, the repository and GITHUB_TOKEN', async () => {
  const rejected = await cli(['github', '--repo', `${h.gh.owner}/${h.gh.repo}`], { GITHUB_TOKEN: 'wrong' })
  expect(rejected.status).toBe(1)
  expect(rejected.err).toContain(
    `error: Listing workflow runs of ${h.gh.owner}/${h.gh.repo} failed: 401 Bad credentials. Check \`GITHUB_TOKEN\``,
  )
  const fromGh = await cli(['github', '--repo', `${h.gh.owner}/${h.gh.repo}`], {
    GITHUB_TOKEN: undefined,
    GH_TOKEN: 'wrong',
  })
  expect(fromGh.err).toContain('Check `GH_TOKEN`')
})

test('bad names, future times and paths that cannot be written fail before any request, exit 2', async () => {
  const file = path.join(work, 'a-file')
  await writeFile(file, 'x')
  const repo = `${h.gh.owner}/${h.gh.repo}`
  const before = h.gh.requests.length
  const cases: [string[], string][] = [
    [['--conclusions', 'success,sucess'], "Invalid --conclusions 'sucess'. Expected some of success, failure"],
    [['--providers', 'antropic'], "Invalid --providers 'antropic'. Expected some of anthropic"],
    [['--until', '2099-01-01'], "Invalid --until '2099-01-01'. It is in the future"],
    [['--since', '2026-02-30'], "Invalid --since '2026-02-30'. 2026-02-30 is not a day of the calendar"],
    [['--save-artifacts', file], `Invalid --save-artifacts '${file}': it is a file.`],
    [['--cache-dir', file], `Invalid --cache-dir '${file}': it is a file.`],
    // The action's limit on downloads at once holds for the CLI too.
    [['--concurrency', '65'], "Invalid --concurrency '65'. Expected a whole number from 1 to 64."],
    [['--out', path.join(work, 'missing', 'r.json')], `the directory '${path.join(work, 'missing')}' does not exist`],
  ]
  for (const [args, message] of cases) {
    const result = await cli(['github', '--repo', repo, ...args])
    expect({ args, status: result.status }).toEqual({ args, status: 2 })
    expect(result.err).toContain(message)
  }
  expect(h.gh.requests.length).toBe(before)
  await expect(stat(path.join(work, 'missing'))).rejects.toThrow(/ENOENT/)
})
