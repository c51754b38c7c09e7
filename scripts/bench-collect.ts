/**
 * `npm run bench:collect`: the collector against the fake GitHub server with 80 ms latency on every API call, for
 * 30, 300 and 3,000 runs, beside the one-at-a-time method (list one run's artifacts, download, parse, next run:
 * the LLM analyzer's way) at 30 and 300 runs. Prints wall time, API requests and peak memory.
 *
 * Artifacts as in real runs: current runs have a small `usage` artifact (a few KB) and a large `agent` one
 * (hundreds of KB to a few MB, mostly other logs); older runs have only `agent`; a few runs have none or an
 * expired one. Both methods pick the same artifact per run (the first of usage, agent, … present).
 *
 * Options: --sizes 30,300,3000  --serial-sizes 30,300  --concurrency 8  --latency 80  --blob-latency 20
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startFakeGitHub, zipFromFiles } from '../__tests__/support/fake-github/index.js'

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '30,300,3000' },
    'serial-sizes': { type: 'string', default: '30,300' },
    concurrency: { type: 'string', default: '8' },
    latency: { type: 'string', default: '80' },
    'blob-latency': { type: 'string', default: '20' },
    verbose: { type: 'boolean', default: false },
  },
})
const sizes = args.sizes.split(',').map(Number)
const serialSizes = args['serial-sizes'].split(',').map(Number)
const concurrency = Number(args.concurrency)
const latencyMs = Number(args.latency)
const blobLatencyMs = Number(args['blob-latency'])
const RUN_SPACING_MS = 60_000

// Fixture data

function usageLines(count: number, provider: string, model: string): string {
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    lines.push(
      JSON.stringify({
        _schema: 'token-usage/v0.28.4',
        timestamp: new Date(Date.UTC(2026, 10, 25, 12, 0, i)).toISOString(),
        event: 'token_usage',
        request_id: `req_${randomBytes(12).toString('hex')}`,
        provider,
        model,
        path: '/v1/messages',
        status: 200,
        streaming: true,
        input_tokens: 2000 + i * 17,
        output_tokens: 300 + (i % 40) * 9,
        cache_read_tokens: 40_000 + i * 311,
        cache_write_tokens: provider === 'anthropic' ? 1500 + i : 0,
        duration_ms: 2000 + i * 13,
        response_bytes: 4000 + i,
      }),
    )
  }
  return lines.join('\n') + '\n'
}

/** Log text that compresses about as well as real agent logs (ids and numbers, not repeated lines). */
function logText(bytes: number): string {
  const lines: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const line = `2026-11-25T12:${String(i % 60).padStart(2, '0')}:00.000Z INFO tool_call id=${randomBytes(8).toString('hex')} name=bash exit=0 duration_ms=${i % 997} output="${randomBytes(24).toString('base64')}"`
    lines.push(line)
    size += line.length + 1
  }
  return lines.join('\n') + '\n'
}

async function fixtureZips() {
  const usage: Buffer[] = []
  const agent: Buffer[] = []
  for (const [i, records] of [40, 80, 120].entries()) {
    const provider = i === 1 ? 'copilot' : 'anthropic'
    const model = provider === 'copilot' ? 'claude-sonnet-4.6' : 'claude-sonnet-4-6'
    usage.push(
      await zipFromFiles({
        'agent/token_usage.jsonl': usageLines(records, provider, model),
        'detection/token_usage.jsonl': usageLines(2, 'anthropic', 'claude-haiku-4-5'),
        'agent_usage.json': JSON.stringify({ requests: records }),
      }),
    )
  }
  // Hundreds of KB to a few MB (zipped), mostly logs.
  for (const [i, logBytes] of [1_000_000, 2_500_000, 5_000_000, 9_000_000].entries()) {
    const tokens = usageLines(60 + 40 * i, 'anthropic', 'claude-sonnet-4-6')
    agent.push(
      await zipFromFiles({
        'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl': tokens,
        'sandbox/firewall/audit/token-usage.jsonl': tokens,
        'sandbox/firewall/logs/squid/access.log': logText(logBytes / 4),
        'sandbox/agent/logs/session.log': logText((logBytes * 3) / 4),
        'aw_info.json': JSON.stringify({ engine: 'claude', version: '1.0' }),
      }),
    )
  }
  return { usage, agent }
}

// Measurement

/** With --verbose: the collector's log on stderr, each line with the seconds since the first. */
function timedLogger() {
  const started = performance.now()
  const line = (text: string) => process.stderr.write(`${((performance.now() - started) / 1000).toFixed(2)} ${text}\n`)
  return { info: line, warning: line, startGroup: line, endGroup: () => line('(end of group)') }
}

interface Measure {
  wallMs: number
  apiRequests: number
  peakRssMb: number
  peakHeapMb: number
  /** CPU time of the collecting process (user + system). */
  cpuMs: number
  analysed: number
  runs: number
  downloaded: number
}

async function measure(
  work: () => Promise<{ analysed: number; runs: number; downloaded?: number }>,
  apiCount: () => Promise<number>,
): Promise<Measure> {
  ;(globalThis as { gc?: () => void }).gc?.()
  let peakRss = process.memoryUsage().rss
  let peakHeap = process.memoryUsage().heapUsed
  const sampler = setInterval(() => {
    const usage = process.memoryUsage()
    peakRss = Math.max(peakRss, usage.rss)
    peakHeap = Math.max(peakHeap, usage.heapUsed)
  }, 25)
  const started = performance.now()
  const cpu = process.cpuUsage()
  try {
    const { analysed, runs, downloaded } = await work()
    const used = process.cpuUsage(cpu)
    return {
      wallMs: performance.now() - started,
      apiRequests: await apiCount(),
      peakRssMb: peakRss / 1024 / 1024,
      peakHeapMb: peakHeap / 1024 / 1024,
      cpuMs: (used.user + used.system) / 1000,
      analysed,
      runs,
      downloaded: downloaded ?? analysed,
    }
  } finally {
    clearInterval(sampler)
  }
}

/** The fake server runs in a child process, so that serving does not share the collector's event loop or heap. */
async function serveFakeGitHub(total: number) {
  const gh = await startFakeGitHub({ token: 'bench-token', latencyMs: 0, blobLatencyMs })
  // Seed: runs one minute apart, newest last; 70 % current (usage + agent), 20 % older (agent only),
  // 5 % without artifacts, 5 % expired.
  const zips = await fixtureZips()
  const now = Date.now()
  let agentCount = 0
  let usageCount = 0
  for (let i = 0; i < total; i++) {
    const run = gh.addRun({
      workflow: ['Daily Planner', 'Copilot Triage', 'Nightly Fixer'][i % 3],
      createdAt: new Date(now - (total - i) * RUN_SPACING_MS),
    })
    const kind = i % 20
    if (kind === 0) continue
    const agent = zips.agent[i % zips.agent.length]
    const expired = kind === 1
    if (kind < 16) {
      const usage = zips.usage[i % zips.usage.length]
      gh.addArtifactZip(run.id, 'usage', usage, { expired })
      usageCount++
    }
    gh.addArtifactZip(run.id, 'agent', agent, { expired })
    agentCount++
  }
  gh.setLatency({ apiMs: latencyMs })
  const zipSizes = (list: Buffer[]) => list.map((b) => `${Math.round(b.length / 1024)} KB`).join(', ')
  const description =
    `Fake repository: ${total} runs; usage zips ${zipSizes(zips.usage)}; agent zips ${zipSizes(zips.agent)} ` +
    `(${usageCount} usage and ${agentCount} agent artifacts in all; 5 % of the runs have none, 5 % only expired ones).`
  process.on('message', (message: { type: string }) => {
    if (message.type === 'clear') {
      gh.clearRequests()
      process.send?.({ type: 'cleared' })
    } else if (message.type === 'count') process.send?.({ type: 'count', api: gh.apiRequestCount() })
    else if (message.type === 'close') void gh.close().then(() => process.exit(0))
  })
  process.send?.({ type: 'ready', url: gh.url, owner: gh.owner, repo: gh.repo, now, description })
}

interface ServerHandle {
  url: string
  owner: string
  repo: string
  now: number
  description: string
  clearRequests(): Promise<void>
  apiRequestCount(): Promise<number>
  close(): void
}

async function startServerProcess(total: number): Promise<ServerHandle> {
  const child = fork(fileURLToPath(import.meta.url), process.argv.slice(2), {
    env: { ...process.env, BENCH_FAKE_GITHUB_RUNS: String(total) },
    execArgv: ['--import', 'tsx'],
  })
  const next = (type: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (message.type !== type) return
        child.off('message', onMessage)
        resolve(message)
      }
      child.on('message', onMessage)
    })
  const ready = (await next('ready')) as unknown as ServerHandle
  return {
    url: ready.url,
    owner: ready.owner,
    repo: ready.repo,
    now: ready.now,
    description: ready.description,
    async clearRequests() {
      const done = next('cleared')
      child.send({ type: 'clear' })
      await done
    },
    async apiRequestCount() {
      const answer = next('count')
      child.send({ type: 'count' })
      return (await answer).api as number
    },
    close: () => child.send({ type: 'close' }),
  }
}

async function main() {
  const total = Math.max(...sizes, ...serialSizes)
  const gh = await startServerProcess(total)
  const now = gh.now
  // @actions/artifact's Octokit takes GITHUB_API_URL when @actions/github loads: set it first, import after.
  process.env.GITHUB_API_URL = gh.url
  process.env.NO_PROXY = '127.0.0.1,localhost'
  const { createGitHubClient } = await import('../src/github/github-client.js')
  const { createOctokit } = await import('../src/github/octokit-client.js')
  const { collectRuns } = await import('../src/collect/collect-runs.js')
  const { DirectorySummaryCache } = await import('../src/collect/directory-summary-cache.js')
  const { chooseArtifact, defaultArtifactNames } = await import('../src/collect/artifact-choice.js')
  const { tokenFileSourcesInZip } = await import('../src/usage/archive.js')
  const { summariseRun } = await import('../src/usage/summarise-run.js')
  const { createPriceBook } = await import('../src/usage/pricing.js')
  // @actions/artifact logs each download on stdout; the bench prints only its own lines.
  const write = process.stdout.write.bind(process.stdout)
  let muted = false
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    muted ? true : (write as (...a: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write

  console.log(gh.description)
  console.log(`API latency ${latencyMs} ms per call, blob latency ${blobLatencyMs} ms, concurrency ${concurrency}.\n`)

  const priceBook = createPriceBook()
  const sinceFor = (runs: number) => new Date(now - runs * RUN_SPACING_MS - RUN_SPACING_MS / 2)
  const client = () => createGitHubClient({ token: 'bench-token', owner: gh.owner, repo: gh.repo, baseUrl: gh.url })

  // Each size gets its own summary cache: empty for the first collection, restored for the second.
  const cacheRoot = await mkdtemp(path.join(os.tmpdir(), 'bench-cache-'))
  const quiet = { warning: (message: string) => process.stderr.write(`${message}\n`) }
  const collector = async (runs: number) => {
    await gh.clearRequests()
    return measure(async () => {
      muted = true
      try {
        const cache = new DirectorySummaryCache(path.join(cacheRoot, String(runs)), 'bench', quiet)
        const result = await collectRuns(client(), cache, {
          since: sinceFor(runs),
          until: new Date(now),
          concurrency,
          summarise: { priceBook },
          ...(args.verbose ? { logger: timedLogger(), progressIntervalMs: 1000 } : {}),
        })
        return { analysed: result.stateCounts.analysed, runs: result.runs.length, downloaded: result.downloaded }
      } finally {
        muted = false
      }
    }, gh.apiRequestCount)
  }

  // One run at a time: the runs listing, then per run its artifact list, one download, parse, next.
  const oneAtATime = async (runs: number) => {
    await gh.clearRequests()
    return measure(async () => {
      muted = true
      const work = await mkdtemp(path.join(os.tmpdir(), 'bench-serial-'))
      try {
        const github = client()
        const octokit = createOctokit('bench-token', { baseUrl: gh.url })
        const listed = await github.listRuns({ since: sinceFor(runs), until: new Date(now) })
        let analysed = 0
        for (const run of listed) {
          const response = await octokit.rest.actions.listWorkflowRunArtifacts({
            owner: gh.owner,
            repo: gh.repo,
            run_id: run.id,
            per_page: 100,
          })
          const artifacts = response.data.artifacts.map((a) => ({
            id: a.id,
            name: a.name,
            runId: run.id,
            expired: a.expired,
            sizeInBytes: a.size_in_bytes,
            digest: a.digest ?? undefined,
          }))
          const choice = chooseArtifact(artifacts, defaultArtifactNames)
          if (choice.kind !== 'download') continue
          const directory = path.join(work, String(run.id))
          try {
            const { zipPath } = await github.downloadArtifact(choice.artifact, directory)
            const sources = await tokenFileSourcesInZip(zipPath)
            const meta = { workflow: run.workflowName, runId: String(run.id) }
            const summary = await summariseRun(meta, sources, { priceBook })
            if (summary.state === 'analysed') analysed++
          } finally {
            await rm(directory, { recursive: true, force: true })
          }
        }
        return { analysed, runs: listed.length }
      } finally {
        await rm(work, { recursive: true, force: true })
        muted = false
      }
    }, gh.apiRequestCount)
  }

  const rows: string[] = []
  const row = (runs: number, method: string, m: Measure, ratio = '') =>
    rows.push(
      `| ${runs} | ${method} | ${(m.wallMs / 1000).toFixed(1)} s | ${m.apiRequests} | ` +
        `${(m.apiRequests / Math.max(1, m.analysed)).toFixed(2)} | ${m.peakRssMb.toFixed(0)} MB | ${m.analysed}/${m.runs} | ${ratio} |`,
    )
  for (const runs of sizes) {
    const fast = await collector(runs)
    console.log(
      `collector     ${String(runs).padStart(5)} runs: ${(fast.wallMs / 1000).toFixed(1)} s, ${fast.apiRequests} API requests, ` +
        `CPU ${(fast.cpuMs / 1000).toFixed(1)} s, peak RSS ${fast.peakRssMb.toFixed(0)} MB (heap ${fast.peakHeapMb.toFixed(0)} MB), ${fast.analysed}/${fast.runs} analysed`,
    )
    if (serialSizes.includes(runs)) {
      const slow = await oneAtATime(runs)
      const ratio = slow.wallMs / fast.wallMs
      console.log(
        `one at a time ${String(runs).padStart(5)} runs: ${(slow.wallMs / 1000).toFixed(1)} s, ${slow.apiRequests} API requests, ` +
          `peak RSS ${slow.peakRssMb.toFixed(0)} MB, ${slow.analysed}/${slow.runs} analysed → collector ${ratio.toFixed(1)}× faster`,
      )
      row(runs, 'collector', fast, `${ratio.toFixed(1)}×`)
      row(runs, 'one at a time', slow)
    } else row(runs, 'collector', fast)
    const again = await collector(runs)
    console.log(
      `cache restored${String(runs).padStart(5)} runs: ${(again.wallMs / 1000).toFixed(1)} s, ${again.apiRequests} API requests, ` +
        `${again.downloaded} downloads`,
    )
    row(runs, 'collector, cache restored', again)
  }
  await rm(cacheRoot, { recursive: true, force: true })
  console.log('\n| runs | method | wall time | API requests | per analysed run | peak RSS | analysed | speed-up |')
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const line of rows) console.log(line)
  gh.close()
}

if (process.env.BENCH_FAKE_GITHUB_RUNS) await serveFakeGitHub(Number(process.env.BENCH_FAKE_GITHUB_RUNS))
else await main()
