/**
 * `npm run bench:parse`: throughput and peak memory of the usage reader against the simplest possible loop.
 *
 * Generates token-usage.jsonl corpora (10 MB, 100 MB, 1 GB, and the 1 GB file inside a zip) in a temporary
 * directory from the real per-run aggregates in scripts/data (field order, sizes and value ranges as the
 * api-proxy writes them), then measures each reader in its own child process so peak RSS is its own:
 * - naive (whole file): readFile → split('\n') → JSON.parse each → add four numbers. The practical ceiling, and
 *   what most tools do; it cannot hold a 1 GB file in one string.
 * - naive (readline): the simplest streaming loop, same work per line.
 * - ours: summariseRun, i.e. streaming split + validation + normalisation + dedupe + per-request pricing.
 *
 * Options: --sizes 10,100,1024 (MB) · --no-zip · --repeat N (best of N; default 6 under 50 MB, 3 up to 1 GB, 1 at 1 GB)
 * · --readers naive-whole,naive-readline,ours · --profile (write a --cpu-prof of our reader beside the corpus)
 * · --data PATH (token-dataset.jsonl) · --keep (keep the corpus dir)
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import yauzl from 'yauzl'
import yazl from 'yazl'
import { fileSource, tokenFileSourcesInZip } from '../src/usage/archive.js'
import { createPriceBook } from '../src/usage/pricing.js'
import { summariseRun, type UsageSource } from '../src/usage/summarise-run.js'
import { seededRandom } from '../src/usage/seeded-random.js'
import { readDatasetRuns, type DatasetRun } from './token-dataset.js'

const MB = 1024 * 1024
const here = fileURLToPath(import.meta.url)

// ---------------------------------------------------------------- corpus

function loadRuns(dataPath: string): DatasetRun[] {
  return readDatasetRuns(dataPath).filter((r) => r.api_calls > 0 && r.models.length > 0)
}

/** Splits a run total over its calls with random weights, keeping integers that add up to the total. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0)
  const parts = weights.map((w) => Math.floor((total * w) / sum))
  parts[parts.length - 1]! += total - parts.reduce((s, p) => s + p, 0)
  return parts
}

/** Writes records (api-proxy field order) until the file reaches `bytes`; returns the record count. */
async function writeCorpus(path: string, bytes: number, runs: DatasetRun[]): Promise<number> {
  const rand = seededRandom(20260426)
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('')
  const out = createWriteStream(path)
  let written = 0
  let records = 0
  let batch = ''
  for (let round = 0; written < bytes; round++) {
    for (const run of runs) {
      if (written >= bytes) break
      const n = run.api_calls
      const weights = Array.from({ length: n }, () => 0.2 + rand())
      const input = split(run.input_tokens, weights)
      const output = split(run.output_tokens, weights)
      const cacheRead = split(run.cache_read_tokens, weights)
      const cacheWrite = split(run.cache_write_tokens, weights)
      const provider = run.providers[0] ?? 'anthropic'
      let at = Date.parse(run.created_at) + round * 86_400_000
      for (let i = 0; i < n; i++) {
        const duration = Math.round(800 + rand() * 25_000)
        at += duration + Math.round(rand() * 4000)
        const copilot = provider === 'copilot'
        const line = JSON.stringify({
          _schema: 'token-usage/v0.28.4',
          timestamp: new Date(at).toISOString(),
          event: 'token_usage',
          request_id: copilot ? `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}` : `req_011C${hex(20)}`,
          provider,
          model: run.models[i % run.models.length],
          path: copilot ? '/chat/completions' : '/v1/messages',
          status: 200,
          streaming: true,
          input_tokens: input[i],
          output_tokens: output[i],
          cache_read_tokens: cacheRead[i],
          cache_write_tokens: cacheWrite[i],
          duration_ms: duration,
          response_bytes: Math.round(output[i]! * 4.2 + 600),
          ...(copilot ? { x_initiator: i === 0 ? 'user' : 'agent' } : {}),
        })
        batch += line + '\n'
        written += Buffer.byteLength(line) + 1
        records++
        if (batch.length > 4 * MB) {
          if (!out.write(batch)) await new Promise<void>((r) => out.once('drain', () => r()))
          batch = ''
        }
      }
    }
  }
  out.end(batch)
  await new Promise<void>((r) => out.once('close', () => r()))
  return records
}

async function zipCorpus(file: string, zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile()
  zip.addFile(file, 'sandbox/firewall/logs/api-proxy-logs/token-usage.jsonl')
  zip.end()
  await new Promise<void>((r) => zip.outputStream.pipe(createWriteStream(zipPath)).once('close', () => r()))
}

// ---------------------------------------------------------------- readers (run in a child process)

interface Measurement {
  records: number
  ms: number
  maxRssMb: number
  check: number
  error?: string
}

async function naiveWhole(file: string): Promise<{ records: number; check: number }> {
  const lines = (await readFile(file, 'utf8')).split('\n')
  let records = 0
  let check = 0
  for (const line of lines) {
    if (line === '') continue
    const r = JSON.parse(line)
    check += r.input_tokens + r.output_tokens + r.cache_read_tokens + r.cache_write_tokens
    records++
  }
  return { records, check }
}

async function naiveReadline(stream: NodeJS.ReadableStream): Promise<{ records: number; check: number }> {
  let records = 0
  let check = 0
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    if (line === '') continue
    const r = JSON.parse(line)
    check += r.input_tokens + r.output_tokens + r.cache_read_tokens + r.cache_write_tokens
    records++
  }
  return { records, check }
}

async function ours(sources: UsageSource[]): Promise<{ records: number; check: number }> {
  const summary = await summariseRun({ workflow: 'bench', runId: '1' }, sources, { priceBook: createPriceBook() })
  let records = 0
  let check = 0
  for (const m of [...summary.models, ...summary.detection]) {
    records += m.requests
    check += m.costUsd
  }
  if (summary.skipped.invalidLines > 0) throw new Error(`unexpected skipped lines: ${summary.skipped.invalidLines}`)
  return { records, check }
}

/** The simplest way to stream a zip entry: yauzl's own openReadStream on the first token file. */
function zipEntryStream(zipPath: string): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (error, zipfile) => {
      if (error || !zipfile) return reject(error)
      zipfile.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('token-usage.jsonl')) return zipfile.readEntry()
        zipfile.openReadStream(entry, (e, stream) => (e || !stream ? reject(e) : resolve(stream)))
      })
      zipfile.readEntry()
    })
  })
}

async function measureInChild(mode: string, file: string): Promise<Measurement> {
  const start = performance.now()
  let result: { records: number; check: number }
  if (mode === 'naive-whole') result = await naiveWhole(file)
  else if (mode === 'naive-readline') result = await naiveReadline(createReadStream(file, { highWaterMark: MB }))
  else if (mode === 'naive-readline-zip') result = await naiveReadline(await zipEntryStream(file))
  else if (mode === 'ours') result = await ours([fileSource(file)])
  else if (mode === 'ours-zip') result = await ours(await tokenFileSourcesInZip(file))
  else throw new Error(`unknown mode '${mode}'`)
  const ms = performance.now() - start
  return { ...result, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }
}

/**
 * Children run a plain-JS bundle of this script, not `tsx`: the TypeScript loader alone holds ~100 MB of RSS and
 * would be measured as the reader's. esbuild comes with tsx; dependencies stay external (node_modules).
 */
async function bundleForChildren(): Promise<string[]> {
  try {
    const { build } = await import('esbuild')
    const outfile = join(here, '..', '..', 'node_modules', '.cache', 'bench-parse', 'bench-parse.mjs')
    await build({
      entryPoints: [here],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'error',
    })
    return [outfile]
  } catch (error) {
    console.log(`(could not bundle the readers, measuring under tsx: ${String(error)})`)
    return ['--import', 'tsx', here]
  }
}

let childEntry: string[] = []
let repeats = 3
let readers: string[] | undefined

/**
 * Best of `repeats` runs (fastest), each in a fresh process. Small corpora run more often (their times are tens of
 * milliseconds, at the mercy of anything else on the machine); 1 GB corpora run once unless --repeat is given.
 */
function measure(mode: string, file: string, bytes: number): Measurement {
  if (readers && !readers.includes(mode.replace(/-zip$/, '')))
    return { records: 0, ms: 0, maxRssMb: 0, check: 0, error: 'not measured (--readers)' }
  const explicit = process.argv.includes('--repeat')
  const runs = explicit ? repeats : bytes >= 1024 * MB ? 1 : bytes < 50 * MB ? 2 * repeats : repeats
  let best: Measurement | undefined
  for (let i = 0; i < runs; i++) {
    const m = runChild(mode, file)
    if (m.error) return m
    if (!best || m.ms < best.ms) best = m
  }
  return best!
}

function runChild(mode: string, file: string, nodeArgs: string[] = []): Measurement {
  try {
    const out = execFileSync(process.execPath, [...nodeArgs, ...childEntry, '--child', mode, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 16 * MB,
    })
    return JSON.parse(out.trim().split('\n').pop()!) as Measurement
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error)
    const reason =
      stderr.match(
        /(RangeError[^\n]*|ERR_STRING_TOO_LONG[^\n]*|Cannot create a string[^\n]*|heap out of memory)/,
      )?.[1] ??
      stderr.trim().split('\n').pop() ??
      'failed'
    return { records: 0, ms: 0, maxRssMb: 0, check: 0, error: reason.slice(0, 90) }
  }
}

// ---------------------------------------------------------------- main

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const result = await measureInChild(process.argv[3]!, process.argv[4]!)
    process.stdout.write(`${JSON.stringify(result)}\n`)
    return
  }
  const sizes = (flag('--sizes') ?? '10,100,1024').split(',').map(Number)
  const withZip = !process.argv.includes('--no-zip')
  const keep = process.argv.includes('--keep')
  repeats = Number(flag('--repeat') ?? 3)
  readers = flag('--readers')?.split(',')
  const dataPath = resolve(flag('--data') ?? join(here, '..', 'data', 'token-dataset.jsonl'))
  if (!existsSync(dataPath)) throw new Error(`Dataset '${dataPath}' not found; pass --data PATH`)
  const runs = loadRuns(dataPath)
  const dir = await mkdtemp(join(os.tmpdir(), 'bench-parse-'))
  childEntry = await bundleForChildren()
  console.log(`Machine: ${machine()}`)
  console.log(`Corpus: generated in ${dir} from ${runs.length} runs of ${dataPath}\n`)

  const rows: string[] = []
  const row = (corpus: string, reader: string, bytes: number, m: Measurement, ceiling?: Measurement) => {
    if (m.error) {
      rows.push(`| ${corpus} | ${reader} | fails: ${m.error} | | | |`)
      return
    }
    const mbps = bytes / MB / (m.ms / 1000)
    const share = ceiling && !ceiling.error ? ` (${Math.round((ceiling.ms / m.ms) * 100)}%)` : ''
    rows.push(
      `| ${corpus} | ${reader} | ${mbps.toFixed(0)} MB/s${share} | ${Math.round(m.records / (m.ms / 1000)).toLocaleString('en-US')} | ${m.maxRssMb.toFixed(0)} MB | ${(m.ms / 1000).toFixed(2)} s |`,
    )
  }

  try {
    for (const size of sizes) {
      const file = join(dir, `token-usage-${size}MB.jsonl`)
      const t0 = performance.now()
      const records = await writeCorpus(file, size * MB, runs)
      const bytes = (await stat(file)).size
      console.log(
        `generated ${size} MB: ${records.toLocaleString('en-US')} records in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      )
      const whole = measure('naive-whole', file, bytes)
      const readline = measure('naive-readline', file, bytes)
      const ourRun = measure('ours', file, bytes)
      if (process.argv.includes('--profile'))
        runChild('ours', file, ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'profiles')}`])
      const ceiling = whole.error ? readline : whole
      const label = `${size >= 1024 ? `${size / 1024} GB` : `${size} MB`} (${records.toLocaleString('en-US')} records)`
      row(label, 'naive: readFile + split + JSON.parse', bytes, whole)
      row(label, 'naive: readline + JSON.parse', bytes, readline, ceiling)
      row(label, '**ours**: summariseRun (validate, normalise, dedupe, price)', bytes, ourRun, ceiling)
      for (const m of [whole, readline, ourRun])
        if (!m.error && m.records !== records) throw new Error(`record count mismatch: ${m.records} != ${records}`)

      if (withZip && size === Math.max(...sizes)) {
        const zipPath = join(dir, `agent-${size}MB.zip`)
        const z0 = performance.now()
        await zipCorpus(file, zipPath)
        const zipBytes = (await stat(zipPath)).size
        console.log(
          `zipped ${size} MB → ${(zipBytes / MB).toFixed(0)} MB in ${((performance.now() - z0) / 1000).toFixed(1)} s`,
        )
        const zipLabel = `${label} in a ${(zipBytes / MB).toFixed(0)} MB zip`
        const naiveZip = measure('naive-readline-zip', zipPath, bytes)
        const oursZip = measure('ours-zip', zipPath, bytes)
        row(zipLabel, 'naive: unzip stream + readline + JSON.parse', bytes, naiveZip)
        row(zipLabel, '**ours**: zip entry stream + summariseRun', bytes, oursZip, naiveZip)
        if (!keep) await rm(zipPath)
      }
      if (!keep) await rm(file)
    }
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true })
  }

  console.log('\nMB/s and records/s of uncompressed JSONL; (n%) = share of the best naive loop that completes.')
  console.log('| corpus | reader | throughput | records/s | peak RSS | time |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const r of rows) console.log(r)
}

await main()
