// `--format table` through the CLI bundle, and its choice by default: tables when stdout is a terminal (run under
// `script`, which gives the child a pseudo-terminal), markdown when it is a pipe or a file. CLI_BUNDLE points the
// test at another build, as in report-command.e2e.test.ts.
import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { readReportSettings } from '../../src/cli/report-settings.js'

const run = promisify(execFile)
const repo = resolve(import.meta.dirname, '../..')
const bundle = process.env.CLI_BUNDLE ?? join(repo, 'dist/cli/index.js')
const examples = join(repo, 'examples/artifacts')

test('the default format is table on a terminal, markdown for a pipe or an --out file; --format wins', () => {
  const now = new Date('2026-04-10T12:00:00Z')
  expect(readReportSettings(['a'], {}, now, true).format).toBe('table')
  expect(readReportSettings(['a'], {}, now, false).format).toBe('markdown')
  expect(readReportSettings(['a'], { out: 'r.md' }, now, true).format).toBe('markdown')
  expect(readReportSettings(['a'], { format: 'json' }, now, true).format).toBe('json')
})

test('--format table prints box-drawn tables without markdown', async () => {
  const { stdout } = await run('node', [bundle, 'report', examples, '--format', 'table'], { cwd: repo })
  expect(stdout).toMatch(/^Token usage, all records \(/)
  expect(stdout).toMatch(/^Workflows\n┌/m)
  expect(stdout).toMatch(/^Models\n┌/m)
  expect(stdout).not.toMatch(/\*\*|^#|<details>|^\| /m)
})

test('on a terminal the report is tables by default; through a pipe it stays markdown', async () => {
  const command = ['node', bundle, 'report', examples].map((arg) => `'${arg}'`).join(' ')
  const terminal = await run('script', ['-qec', command, '/dev/null'], { cwd: repo })
  expect(terminal.stdout).toMatch(/^Token usage, all records \(/)
  expect(terminal.stdout).toContain('┌')
  const piped = await run('node', [bundle, 'report', examples], { cwd: repo })
  expect(piped.stdout).toMatch(/^### Overview/)
})

test('--help names the table format and the default', async () => {
  const { stdout } = await run('node', [bundle, 'report', '--help'], { cwd: repo })
  const help = stdout.replace(/\s+/g, ' ')
  expect(help).toContain('"table"')
  expect(help).toContain('default: table on a terminal, markdown otherwise')
})
