// compare picks its default format as report does: box-drawn tables when stdout is a terminal, markdown for a pipe
// or an --out file (readReportSettings decides both); --format wins.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Command } from 'commander'
import { compareCommand } from '../../src/cli/compare-command.js'
import { readReportSettings } from '../../src/cli/report-settings.js'
import { runProgram } from '../../src/cli/run-program.js'

const examples = resolve(import.meta.dirname, '../../examples/artifacts')
const sides = [examples, '--a-workflow', 'smoke-claude', '--b-workflow', 'smoke-copilot']

async function compare(terminal: boolean, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), outIsTerminal: terminal }
  const program = new Command('token-usage-analyzer').addCommand(compareCommand(io))
  const code = await runProgram(program, ['compare', ...sides, ...args], io)
  return { code, out, err }
}

const isTable = (text: string) => text.includes('┌') && !/^\| /m.test(text)
const isMarkdown = (text: string) => /^\| Metric \| A \| B \|/m.test(text) && !text.includes('┌')

test('on a terminal compare prints tables, like report', async () => {
  const now = new Date()
  expect(readReportSettings([examples], {}, now, true).format).toBe('table')
  const result = await compare(true)
  expect(result).toMatchObject({ code: 0, err: '' })
  expect(isTable(result.out)).toBe(true)
})

test('through a pipe compare prints markdown; --format wins on a terminal', async () => {
  const piped = await compare(false)
  expect(piped.code).toBe(0)
  expect(isMarkdown(piped.out)).toBe(true)
  const chosen = await compare(true, '--format', 'markdown')
  expect(isMarkdown(chosen.out)).toBe(true)
})

test('an --out file is markdown even from a terminal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'compare-format-'))
  try {
    const file = join(dir, 'c.md')
    const result = await compare(true, '--out', file)
    expect(result.code).toBe(0)
    expect(result.err).toBe(`Wrote the markdown comparison to ${file}\n`)
    expect(isMarkdown(readFileSync(file, 'utf8'))).toBe(true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
