// `npm run bench:startup`: how long the CLI bundle takes to start, against a bare `node -e 0` on the same machine:
// `--help` and the markdown report of examples/ (targets ≤ 2× each). Uses hyperfine when it is on PATH
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
  { name: 'report examples/ (markdown)', args: [cli, 'report', 'examples/artifacts'], target: 2 },
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

/**
 * CPU seconds (user + system) of this process's waited-for children so far, from /proc (Linux): on a machine shared
 * with other work, a child's CPU time moves far less with the load than its wall time. Null elsewhere.
 */
function childCpuMs(): number | null {
  try {
    // After the command name in parentheses: state is field 3; cutime and cstime are fields 16 and 17.
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100
  } catch {
    return null
  }
}

/** The same without hyperfine: each case in turn, so a burst of load on the machine hits every case alike. */
function timeWithChildProcesses(): { wall: number[][]; cpu: number[][] } {
  const times: number[][] = cases.map(() => [])
  const cpu: number[][] = cases.map(() => [])
  for (let round = -3; round < runs; round++) {
    cases.forEach((c, index) => {
      const start = process.hrtime.bigint()
      const cpuBefore = childCpuMs()
      const result = spawnSync(node, c.args, { stdio: 'ignore' })
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6
      const cpuAfter = childCpuMs()
      if (result.status !== 0) throw new Error(`'node ${c.args.join(' ')}' exited ${result.status}`)
      if (round >= 0) times[index].push(elapsed)
      if (round >= 0 && cpuBefore !== null && cpuAfter !== null) cpu[index].push(cpuAfter - cpuBefore)
    })
  }
  return { wall: times, cpu }
}

const tool = hasHyperfine() ? 'hyperfine' : 'child processes timed by node'
const measured = tool === 'hyperfine' ? { wall: timeWithHyperfine(), cpu: [] } : timeWithChildProcesses()
const times = measured.wall
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
// CPU time (10 ms ticks): what each start costs the machine, whatever else runs beside it.
if (measured.cpu.length > 0 && measured.cpu[0].length > 0) {
  const cpuBaseline = median(measured.cpu[0])
  console.log('\n| command | CPU median | CPU min | CPU median × node -e 0 |')
  console.log('| --- | ---: | ---: | ---: |')
  cases.forEach((c, index) => {
    const cpu = measured.cpu[index]
    const ms = median(cpu)
    console.log(
      `| ${c.name} | ${ms.toFixed(0)} ms | ${Math.min(...cpu).toFixed(0)} ms | ${(ms / cpuBaseline).toFixed(1)}× |`,
    )
  })
}
