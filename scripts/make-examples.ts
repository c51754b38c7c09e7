/**
 * Builds examples/artifacts/: a small artifact tree laid out like downloaded gh-aw artifacts, from real per-run
 * totals in scripts/data/token-dataset.jsonl (an excerpt of github/gh-aw-firewall's token dataset, MIT). Each run's totals are split over its
 * api_calls into per-request token-usage.jsonl records. Deterministic: the same dataset gives the same files.
 *
 *   npx tsx scripts/make-examples.ts [DATASET] [OUT_DIR]
 */
import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { seededRandom } from '../src/usage/seeded-random.js'
import { readDatasetRuns, type DatasetRun } from './token-dataset.js'

const dataset = process.argv[2] || new URL('./data/token-dataset.jsonl', import.meta.url).pathname
const outDir = process.argv[3] || 'examples/artifacts'

/** Workflows shown, with their folder name and how many runs with data to take (the most recent ones). */
const WORKFLOWS: { name: string; slug: string; runs: number }[] = [
  { name: 'Secret Digger (Claude)', slug: 'secret-digger-claude', runs: 3 },
  { name: 'Security Guard', slug: 'security-guard', runs: 4 },
  { name: 'Smoke Claude', slug: 'smoke-claude', runs: 3 },
  { name: 'Smoke Copilot', slug: 'smoke-copilot', runs: 3 },
]

/** Splits an integer total into n non-negative integers proportional to weights, summing exactly to the total. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w) => (total * w) / sum)
  const parts = raw.map(Math.floor)
  let rest = total - parts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0])
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k][1]]++
  return parts
}

function requestId(runId: number, i: number, salt = ''): string {
  const h = createHash('sha256').update(`${runId}:${i}:${salt}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** Haiku is the small model: when a run used two models, it answers every third request (classification calls). */
function modelFor(models: string[], i: number): string {
  if (models.length < 2) return models[0]
  const small = models.find((m) => m.includes('haiku')) ?? models[1]
  const large = models.find((m) => m !== small) ?? models[0]
  return i % 3 === 0 ? small : large
}

function recordsFor(run: DatasetRun, opts: { salt?: string } = {}): Record<string, unknown>[] {
  const n = run.api_calls
  const rand = seededRandom(run.run_id % 2 ** 32)
  const provider = run.providers[0] ?? 'anthropic'
  const inclusive = provider === 'copilot' || provider === 'openai'
  const weights = () => Array.from({ length: n }, () => 0.3 + rand())
  const cacheRead = split(run.cache_read_tokens, weights())
  // The first request usually writes the cache; later ones extend it.
  const cacheWrite = split(
    run.cache_write_tokens,
    weights().map((w, i) => (i === 0 ? w * 4 : w)),
  )
  const output = split(run.output_tokens, weights())
  // Inclusive providers report the whole prompt as input, so each record's input contains its cache read.
  const fresh = split(Math.max(0, run.input_tokens - (inclusive ? run.cache_read_tokens : 0)), weights())
  let at = Date.parse(run.created_at) + 90_000
  const records: Record<string, unknown>[] = []
  for (let i = 0; i < n; i++) {
    const model = modelFor(run.models, i)
    const duration = Math.round(350 + output[i] * (model.includes('haiku') ? 4 : 12) + rand() * 900)
    at += duration + Math.round(rand() * 4000)
    const record: Record<string, unknown> = {}
    if (run.artifact !== 'agent-artifacts') Object.assign(record, { _schema: 'token-usage/v0.28.4' })
    Object.assign(record, {
      timestamp: new Date(at).toISOString(),
      ...(run.artifact !== 'agent-artifacts' ? { event: 'token_usage' } : {}),
      request_id: requestId(run.run_id, i, opts.salt),
      provider,
      model,
      path: provider === 'anthropic' ? '/v1/messages?beta=true' : '/chat/completions',
      status: 200,
      streaming: true,
      input_tokens: fresh[i] + (inclusive ? cacheRead[i] : 0),
      output_tokens: output[i],
      cache_read_tokens: cacheRead[i],
      cache_write_tokens: cacheWrite[i],
      duration_ms: duration,
      response_bytes: 300 + output[i] * 6,
    })
    records.push(record)
  }
  return records
}

/** Threat-detection usage is not in the dataset: a small, plausible detection job (one or two Sonnet calls). */
function detectionRecords(run: DatasetRun): Record<string, unknown>[] {
  const rand = seededRandom((run.run_id + 7) % 2 ** 32)
  const start = Date.parse(run.created_at) + 15 * 60_000
  return [0, 1].map((i) => ({
    _schema: 'token-usage/v0.28.4',
    timestamp: new Date(start + i * 7000).toISOString(),
    event: 'token_usage',
    request_id: requestId(run.run_id, i, 'detection'),
    provider: 'anthropic',
    model: 'claude-sonnet-4-6',
    path: '/v1/messages?beta=true',
    status: 200,
    streaming: true,
    input_tokens: 3 + Math.round(rand() * 5),
    output_tokens: 180 + Math.round(rand() * 300),
    cache_read_tokens: i === 0 ? 0 : 11_000 + Math.round(rand() * 2000),
    cache_write_tokens: i === 0 ? 11_000 + Math.round(rand() * 2000) : 0,
    duration_ms: 2500 + Math.round(rand() * 3000),
    response_bytes: 2100,
  }))
}

const jsonl = (records: Record<string, unknown>[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n'

async function put(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

const PROXY_LOG = 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl'

async function main(): Promise<void> {
  const rows = readDatasetRuns(dataset)
  await rm(outDir, { recursive: true, force: true })
  const manifest: string[] = []
  for (const wf of WORKFLOWS) {
    const seen = new Set<number>()
    const runs = rows
      .filter((r) => r.workflow === wf.name && r.api_calls > 0 && r.models.length > 0 && r.providers.length > 0)
      .filter((r) => !seen.has(r.run_id) && seen.add(r.run_id))
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .slice(0, wf.runs)
    for (const [index, run] of runs.entries()) {
      const root = join(outDir, wf.slug, String(run.run_id))
      const artifact = run.artifact === 'agent-artifacts' ? 'agent-artifacts' : 'agent'
      const records = recordsFor(run)
      let text = jsonl(records)
      // The newest Smoke Claude run: the writer was killed mid-line (a truncated last line, counted and skipped).
      if (wf.slug === 'smoke-claude' && index === 0) text += JSON.stringify(records[0]).slice(0, 70)
      await put(join(root, artifact, PROXY_LOG), text)
      // The newest run of the first two workflows also has the small `usage` artifact: the same agent records
      // again (deduplicated by request_id) and the threat-detection job's usage, which is reported apart.
      if (index === 0 && (wf.slug === 'secret-digger-claude' || wf.slug === 'security-guard')) {
        await put(join(root, 'usage/agent/token_usage.jsonl'), jsonl(records))
        await put(join(root, 'usage/detection/token_usage.jsonl'), jsonl(detectionRecords(run)))
      }
      manifest.push(`${wf.slug}/${run.run_id}\t${run.created_at}\t${run.branch}\t${run.api_calls} calls`)
    }
  }
  // A run whose token file is empty (the proxy started, no call was made): shown under runs without token data.
  const empty = rows.find((r) => r.workflow === 'Smoke Claude' && r.api_calls === 0)
  if (empty) {
    await put(join(outDir, 'smoke-claude', String(empty.run_id), 'agent', PROXY_LOG), '')
    manifest.push(`smoke-claude/${empty.run_id}\t${empty.created_at}\t${empty.branch}\tempty token file`)
  }
  await put(join(outDir, 'MANIFEST.tsv'), `run\tcreated_at\tbranch\tnote\n${manifest.join('\n')}\n`)
  console.log(`wrote ${manifest.length} runs to ${outDir}`)
}

await main()
