// `npm run bench:startup`: how long the CLI bundle takes to start, against a bare `node -e 0` on the same machine:
// `--help` (targets ≤ 2×) and the markdown report of examples/ (≤ 3×). Uses hyperfine when it is on PATH
// (`apt-get install hyperfine`), else times child processes itself. Figures in BENCHMARKS.md.
//   npm run bench:startup -- [--runs 30] [--cli dist/cli/index.js]
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    cli: { type: 'string', default: 'dist/cli/index.js' },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 3) throw new Error(`--runs must be a whole number ≥ 3, got '${values.runs}'`)
const cli = path.resolve(values.cli)
const node = process.execPath

interface Case {
  name: string
  args: string[]
  /** Allowed multiple of the bare node's median; none for the baseline. */
  target?: number
}
const cases: Case[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: '--help', args: [cli, '--help'], target: 2 },
  { name: 'report examples/ (markdown)', args: [cli, 'report', 'examples/artifacts'], target: 3 },
]

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function hasHyperfine(): boolean {
  return spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0
}

/** Milliseconds per run of every case, measured by hyperfine (no shell between it and node). */
function timeWithHyperfine(): number[][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tua-bench-startup-'))
  try {
    const out = path.join(dir, 'times.json')
    const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`
    const commands = cases.map((c) => [node, ...c.args].map(quote).join(' '))
    execFileSync(
      'hyperfine',
      ['--shell=none', '--warmup', '3', '--runs', String(runs), '--style', 'none', '--export-json', out, ...commands],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    const results = (JSON.parse(readFileSync(out, 'utf8')) as { results: { times: number[] }[] }).results
    return results.map((result) => result.times.map((seconds) => seconds * 1000))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The same without hyperfine: each case in turn, so a burst of load on the machine hits every case alike. */
function timeWithChildProcesses(): number[][] {
  const times: number[][] = cases.map(() => [])
  for (let round = -3; round < runs; round++) {
    cases.forEach((c, index) => {
      const start = process.hrtime.bigint()
      const result = spawnSync(node, c.args, { stdio: 'ignore' })
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6
      if (result.status !== 0) throw new Error(`'node ${c.args.join(' ')}' exited ${result.status}`)
      if (round >= 0) times[index].push(elapsed)
    })
  }
  return times
}

const tool = hasHyperfine() ? 'hyperfine' : 'child processes timed by node'
const times = tool === 'hyperfine' ? timeWithHyperfine() : timeWithChildProcesses()
const baseline = median(times[0])
const baselineMin = Math.min(...times[0])
console.log(`Node ${process.version}, ${os.cpus().length} cores, ${runs} runs each (${tool}); CLI ${values.cli}\n`)
// Medians compare typical runs; minimums the runs least disturbed by other work on a shared machine.
console.log('| command | median | min | median × node -e 0 | min × node -e 0 | target (median) |')
console.log('| --- | ---: | ---: | ---: | ---: | --- |')
cases.forEach((c, index) => {
  const ms = median(times[index])
  const ratio = ms / baseline
  const verdict = c.target === undefined ? '' : `≤ ${c.target}× ${ratio <= c.target ? 'met' : 'missed'}`
  const min = Math.min(...times[index])
  const minRatio = (min / baselineMin).toFixed(1)
  console.log(
    `| ${c.name} | ${ms.toFixed(0)} ms | ${min.toFixed(0)} ms | ${ratio.toFixed(1)}× | ${minRatio}× | ${verdict} |`,
  )
})
