// `--version` prints the version of package.json, from the program itself (src/cli.ts run through tsx).
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const repo = resolve(import.meta.dirname, '../..')
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version

test.each(['--version', '-V'])('%s prints the package version and exits 0', async (flag) => {
  const { stdout, stderr } = await run('node', ['--import', 'tsx', join(repo, 'src/cli.ts'), flag], { cwd: repo })
  expect(stdout).toBe(`${version}\n`)
  expect(stderr).toBe('')
})
