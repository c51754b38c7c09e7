import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { UsageError } from '../../src/cli/cli-errors.js'
import { checkDirectoryOption, checkOutFile } from '../../src/cli/output-paths.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'output-paths-'))
  await writeFile(path.join(dir, 'a-file'), 'x')
  await mkdir(path.join(dir, 'a-dir'))
})

afterAll(async () => rm(dir, { recursive: true, force: true }))

test('--out in an existing directory passes, new or overwritten', async () => {
  await expect(checkOutFile(path.join(dir, 'report.md'))).resolves.toBeUndefined()
  await expect(checkOutFile(path.join(dir, 'a-file'))).resolves.toBeUndefined()
})

test('--out in a missing directory is a usage error naming --out and the directory, which is not created', async () => {
  const out = path.join(dir, 'missing', 'report.md')
  const check = checkOutFile(out)
  await expect(check).rejects.toThrow(UsageError)
  await expect(checkOutFile(out)).rejects.toThrow(
    `Invalid --out '${out}': the directory '${path.join(dir, 'missing')}' does not exist. Create it first`,
  )
})

test('--out naming a directory, or a file as its directory, is refused', async () => {
  await expect(checkOutFile(path.join(dir, 'a-dir'))).rejects.toThrow(/it is a directory/)
  await expect(checkOutFile(path.join(dir, 'a-file', 'r.md'))).rejects.toThrow(/'.*a-file' is a file, not a directory/)
})

test('--save-artifacts and --cache-dir may be missing or a directory, not a file', async () => {
  await expect(checkDirectoryOption('--cache-dir', path.join(dir, 'new'))).resolves.toBeUndefined()
  await expect(checkDirectoryOption('--cache-dir', path.join(dir, 'a-dir'))).resolves.toBeUndefined()
  await expect(checkDirectoryOption('--save-artifacts', path.join(dir, 'a-file'))).rejects.toThrow(
    `Invalid --save-artifacts '${path.join(dir, 'a-file')}': it is a file.`,
  )
})

test("log's --file is checked like --out, and named in the message", async () => {
  const file = path.join(dir, 'missing', 'token-usage.jsonl')
  await expect(checkOutFile(file, '--file', 'token-usage.jsonl')).rejects.toThrow(UsageError)
  await expect(checkOutFile(file, '--file', 'token-usage.jsonl')).rejects.toThrow(
    `Invalid --file '${file}': the directory '${path.join(dir, 'missing')}' does not exist.`,
  )
  await expect(checkOutFile(path.join(dir, 'a-dir'), '--file', 'token-usage.jsonl')).rejects.toThrow(
    `Invalid --file '${path.join(dir, 'a-dir')}': it is a directory. Name a file, e.g. ${path.join(dir, 'a-dir')}/token-usage.jsonl.`,
  )
})
