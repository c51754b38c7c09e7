// The orchestrator with injected I/O against the fake GitHub server, without dist/: the daily mode end to end,
// one API budget for runs and issues, outputs named for what they count, and a report that reaches report-json
// and the job summary when its issue cannot be written.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { jsonl, records, startCollectorHarness, TOKEN, type CollectorHarness } from '../collect/collector-harness.js'
import type { ActionDeps } from '../../src/orchestrator/run-action.js'
import type { ActionSettings } from '../../src/settings/action-settings.js'

let h: CollectorHarness
let work: string
let runAction: typeof import('../../src/orchestrator/run-action.js').runAction
let createGitHubSurface: typeof import('../../src/github/github-surface.js').createGitHubSurface
let readActionSettings: typeof import('../../src/settings/action-settings.js').readActionSettings
let DirectorySummaryCache: typeof import('../../src/collect/directory-summary-cache.js').DirectorySummaryCache

const NOW = new Date('2026-11-26T06:00:00Z')
const hour = 3_600_000

beforeAll(async () => {
  h = await startCollectorHarness()
  ;({ runAction } = await import('../../src/orchestrator/run-action.js'))
  ;({ createGitHubSurface } = await import('../../src/github/github-surface.js'))
  ;({ readActionSettings } = await import('../../src/settings/action-settings.js'))
  ;({ DirectorySummaryCache } = h.caches)
  work = await mkdtemp(path.join(os.tmpdir(), 'run-action-'))
  // Four runs in the last day: two with usage, one without an artifact, one still running (carried to the next).
  const withUsage = [
    h.gh.addRun({ workflow: 'Daily Planner', createdAt: new Date(NOW.getTime() - 5 * hour) }),
    h.gh.addRun({ workflow: 'Copilot Triage', createdAt: new Date(NOW.getTime() - 4 * hour) }),
  ]
  await h.gh.addArtifact(withUsage[0].id, 'usage', {
    files: { 'agent/token_usage.jsonl': jsonl(records('anthropic', 'claude-sonnet-4.6', 3)) },
  })
  await h.gh.addArtifact(withUsage[1].id, 'usage', {
    files: { 'agent/token_usage.jsonl': jsonl(records('copilot', 'claude-sonnet-4.6', 2)) },
  })
  h.gh.addRun({ workflow: 'Daily Planner', createdAt: new Date(NOW.getTime() - 3 * hour) })
  h.gh.addRun({ workflow: 'Daily Planner', createdAt: new Date(NOW.getTime() - 2 * hour), conclusion: null })
})

afterAll(async () => {
  await h?.close()
  await rm(work, { recursive: true, force: true })
})

/** Settings as the runner would give them: action.yml's defaults with these inputs on top. */
async function settingsWith(inputs: Record<string, string>): Promise<ActionSettings> {
  const { actionDefaults } = await import('../support/run-action.js')
  const values: Record<string, string> = {
    ...(await actionDefaults()),
    'github-token': TOKEN,
    repository: `${h.gh.owner}/${h.gh.repo}`,
    until: NOW.toISOString(),
    ...inputs,
  }
  return readActionSettings((name) => values[name] ?? '')
}

interface Recorded {
  deps: ActionDeps
  outputs: Record<string, string | number>
  summaries: string[]
  lines: string[]
}

function fakeDeps(): Recorded {
  const outputs: Record<string, string | number> = {}
  const summaries: string[] = []
  const lines: string[] = []
  const deps: ActionDeps = {
    github: createGitHubSurface({
      token: TOKEN,
      owner: h.gh.owner,
      repo: h.gh.repo,
      baseUrl: h.gh.url,
      retryBaseMs: 5,
      issueWrites: { writeSpacingMs: 0 },
    }),
    openSummaryCache: (fingerprint) => new DirectorySummaryCache(path.join(work, 'cache'), fingerprint, h.logger),
    log: {
      info: (m) => void lines.push(m),
      warning: (m) => void lines.push(`warning: ${m}`),
      debug: () => undefined,
      startGroup: (m) => void lines.push(`group: ${m}`),
      endGroup: () => undefined,
    },
    env: { runId: '999999', tempDir: work },
    clock: () => NOW,
    writeJobSummary: async (markdown) => void summaries.push(markdown),
    setOutput: (name, value) => void (outputs[name] = value),
  }
  return { deps, outputs, summaries, lines }
}

test('daily: publishes the report, writes report.json and the job summary, sets every output', async () => {
  h.gh.clearRequests()
  const { deps, outputs, summaries, lines } = fakeDeps()
  await runAction(await settingsWith({}), deps)

  const issue = h.gh.issues.at(-1)!
  expect(outputs['issue-number']).toBe(issue.number)
  expect(String(outputs['issue-url'])).toContain(`/issues/${issue.number}`)
  // 3 finished runs selected (the running one is carried): 2 with usage, 1 without an artifact.
  expect(outputs).toMatchObject({
    'runs-in-window': 3,
    'runs-with-data': 2,
    'runs-analyzed': 2,
    'runs-without-data': 1,
    'runs-not-reached': 0,
  })
  const report = JSON.parse(await readFile(String(outputs['report-json']), 'utf8'))
  expect(report.totals.requests).toBe(3 + 2)
  expect(outputs['total-tokens']).toBe(report.totals.totalTokens)
  expect(outputs['total-cost-usd']).toBe(report.totals.costUsd.toFixed(2))
  expect(summaries).toHaveLength(1)
  expect(summaries[0]).toContain('Daily Planner')

  // One budget: the count in the log is every API request the server saw, issue reads and writes included
  // (downloads' blob fetches are not API requests; their 302 is).
  const counted = /API requests in all: (\d+)/.exec(lines.join('\n'))
  expect(counted).not.toBeNull()
  expect(Number(counted![1])).toBe(h.gh.apiRequestCount())
  expect(h.gh.requests.some((r) => r.isApi && r.path.endsWith('/issues') && r.method === 'GET')).toBe(true)
  // One listing of the series (open and closed) serves the previous reports and the budgets' and forecast's days.
  const seriesListings = h.gh.requests.filter(
    (r) => r.method === 'GET' && r.path.endsWith('/issues') && r.query.state === 'all' && r.query.page === undefined,
  )
  expect(seriesListings).toHaveLength(1)
})

test('a report whose issue cannot be written still reaches report-json, the job summary and the outputs; the step fails', async () => {
  const { deps, outputs, summaries } = fakeDeps()
  h.gh.inject({ method: 'PATCH', path: '/repos/*/*/issues/*', status: 403, message: 'Resource not accessible' })
  h.gh.inject({ method: 'POST', path: '/repos/*/*/issues', status: 403, message: 'Resource not accessible' })
  await expect(runAction(await settingsWith({ until: '2026-11-27T06:00:00Z' }), deps)).rejects.toThrow(
    /Resource not accessible/,
  )
  h.gh.clearFaults()
  expect(outputs['report-json']).toBeDefined()
  expect(JSON.parse(await readFile(String(outputs['report-json']), 'utf8')).totals).toBeDefined()
  expect(summaries).toHaveLength(1)
  expect(outputs['issue-number']).toBeUndefined()
  // The outputs that come from the report stand too, and agree with report-json.
  const written = JSON.parse(await readFile(String(outputs['report-json']), 'utf8'))
  expect(outputs['total-cost-usd']).toBe(written.totals.costUsd.toFixed(2))
  expect(outputs['total-tokens']).toBe(written.totals.totalTokens)
  expect(outputs['runs-in-window']).toBe(written.totals.runs)
  expect(outputs['runs-with-data']).toBe(written.totals.runsWithData)
})

test('the cache input off: nothing is restored or saved', async () => {
  const { deps } = fakeDeps()
  let opened = 0
  deps.openSummaryCache = () => {
    opened++
    throw new Error('the cache must not be opened')
  }
  await runAction(await settingsWith({ cache: 'false', 'dry-run': 'true' }), deps)
  expect(opened).toBe(0)
})

test('a run whose records are all filtered out counts as without data in the outputs, as in the report', async () => {
  const { deps, outputs } = fakeDeps()
  // Only anthropic's records count: the Copilot Triage run read its file, but every record of it is copilot's.
  await runAction(
    await settingsWith({ providers: 'anthropic', labels: 'token-usage-anthropic', 'dry-run': 'true' }),
    deps,
  )
  const report = JSON.parse(await readFile(String(outputs['report-json']), 'utf8'))
  const filtered = report.runsWithoutData.filter((r: { workflow: string }) => r.workflow === 'Copilot Triage')
  expect(filtered).toHaveLength(1)
  expect(outputs['runs-with-data']).toBe(report.totals.runsWithData)
  expect(outputs['runs-analyzed']).toBe(report.totals.runsWithData)
  expect(outputs['runs-in-window']).toBe(report.totals.runs)
  expect(outputs['runs-without-data']).toBe(report.totals.runs - report.totals.runsWithData)
})
