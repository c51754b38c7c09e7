/**
 * The layer order of .dependency-cruiser.cjs holds for every folder, dynamic import() included: a probe file in each
 * folder imports a folder above it, once statically and once with import(), and each probe must be rejected. The
 * probes live in a scratch tree (a copy of the folder names, not of the code), so the real src/ is never touched;
 * `npm run lint` checks the real src/ with the same configuration.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const root = process.cwd()
const require = createRequire(import.meta.url)
const config = path.join(root, '.dependency-cruiser.cjs')
interface Rule {
  name: string
  to: { path?: string }
}
/** Each layer and the folders it may not import, read back from its `layer-<name>` rule. */
const above: Record<string, string[]> = Object.fromEntries(
  (require(config) as { forbidden: Rule[] }).forbidden
    .filter((rule) => rule.name.startsWith('layer-') && rule.name !== 'layer-core-runtime')
    .map((rule) => [rule.name.slice('layer-'.length), /^\^src\/\((.*)\)\/$/.exec(rule.to.path ?? '')![1]!.split('|')]),
)
const layers = Object.keys(above)
const depcruise = path.join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs')

interface Violation {
  rule: { name: string }
  from: string
  to: string
}

function cruise(cwd: string, target: string): Promise<Violation[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [depcruise, target, '--config', config, '--output-type', 'json', '--no-progress'],
      { cwd, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // depcruise exits non-zero when it finds violations: that is the point here.
        if (!stdout) return reject(error ?? new Error(stderr))
        resolve((JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations)
      },
    )
  })
}

/** A folder each layer must not import (the top layer has none). */
function forbiddenFor(name: string): string | undefined {
  return above[name]![0]?.replace(/\\/g, '')
}

describe('the layer order', () => {
  let scratch: string
  let violations: Violation[]

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'layer-probe-'))
    for (const name of layers) {
      mkdirSync(path.join(scratch, 'src', name), { recursive: true })
      writeFileSync(path.join(scratch, 'src', name, 'leaf.ts'), 'export const leaf = 1\n')
    }
    for (const name of layers) {
      const target = forbiddenFor(name)
      if (!target) continue
      const dir = path.join(scratch, 'src', name)
      writeFileSync(
        path.join(dir, 'probe-static.ts'),
        `import { leaf } from '../${target}/leaf.js'\nexport const x = leaf\n`,
      )
      writeFileSync(
        path.join(dir, 'probe-dynamic.ts'),
        `export async function load() {\n  return (await import('../${target}/leaf.js')).leaf\n}\n`,
      )
    }
    mkdirSync(path.join(scratch, 'src', 'unplaced'))
    writeFileSync(path.join(scratch, 'src', 'unplaced', 'probe.ts'), "export { leaf } from '../common/leaf.js'\n")
    writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext' } }))
    violations = await cruise(scratch, 'src')
  }, 60_000)

  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  const probed = layers.filter((name) => forbiddenFor(name) !== undefined)

  test('every folder but the top one has a folder above it to probe', () => {
    expect(probed.length).toBeGreaterThanOrEqual(layers.length - 1)
  })

  test.each(probed)('%s/ may not import a folder above it, statically or with import()', (name) => {
    const ofProbe = (file: string) =>
      violations.filter((v) => v.from === `src/${name}/${file}` && v.rule.name === `layer-${name}`)
    expect(ofProbe('probe-static.ts')).toHaveLength(1)
    expect(ofProbe('probe-dynamic.ts')).toHaveLength(1)
  })

  test('a folder without a place in the order is rejected', () => {
    expect(violations.filter((v) => v.rule.name === 'unplaced-folder').map((v) => v.from)).toEqual([
      'src/unplaced/probe.ts',
    ])
  })

  test('allowed imports are not reported', () => {
    const leaves = violations.filter((v) => !v.from.includes('probe'))
    expect(leaves).toEqual([])
  })
})
