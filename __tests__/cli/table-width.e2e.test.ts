// Tables fit the terminal: the CLI's --format table lays its tables out within the terminal's width (COLUMNS when
// there is no terminal, 80 when neither says), leaving out the columns of least priority and naming them.
import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { terminalWidthOf } from '../../src/report/terminal-table.js'

const run = promisify(execFile)
const repo = resolve(import.meta.dirname, '../..')
const examples = join(repo, 'examples/artifacts')

async function tableReport(columns: string | undefined): Promise<string> {
  const env = { ...process.env }
  delete env.COLUMNS
  if (columns !== undefined) env.COLUMNS = columns
  const args = ['--import', 'tsx', join(repo, 'src/cli.ts'), 'report', examples, '--format', 'table']
  return (await run('node', args, { cwd: repo, env })).stdout
}

/** The lines of box-drawn tables (borders and rows). */
const tableLines = (text: string): string[] => text.split('\n').filter((line) => /^[┌│├└]/.test(line))
const widthOf = (line: string): number => Array.from(line).length

test('the width: the terminal, else COLUMNS, else 80', () => {
  expect(terminalWidthOf(132, '90')).toBe(132)
  expect(terminalWidthOf(undefined, '90')).toBe(90)
  expect(terminalWidthOf(undefined, undefined)).toBe(80)
  expect(terminalWidthOf(undefined, 'wide')).toBe(80)
})

test('at 80 columns every table fits, and the columns left out are named', async () => {
  const [narrow, unset] = await Promise.all([tableReport('80'), tableReport(undefined)])
  const lines = tableLines(narrow)
  expect(lines.length).toBeGreaterThan(10)
  for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(80)
  expect(narrow).toMatch(/left out to fit 80 columns/)
  // The columns kept first: the workflow, its runs and its cost.
  expect(narrow).toMatch(/│ Workflow +│ +Runs │.*│ +Cost │/)
  expect(unset).toBe(narrow)
})

test('on a wide terminal every column is there', async () => {
  const wide = await tableReport('240')
  for (const line of tableLines(wide)) expect(widthOf(line)).toBeLessThanOrEqual(240)
  expect(wide).not.toContain('left out to fit')
  for (const title of [
    'With data',
    'Requests',
    'Tokens',
    'Cost/run',
    'Cache hit rate',
    'I/O ratio',
    'Latency',
    'Share',
  ])
    expect(wide).toContain(title)
  // The widest table is wider than 80: it was cut before.
  expect(Math.max(...tableLines(wide).map(widthOf))).toBeGreaterThan(80)
})
