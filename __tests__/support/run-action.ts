// Runs the bundled action (dist/index.js) as the Actions runner does: a child process with INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, pointed at the fake GitHub server.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { FakeGitHub } from './fake-github/index.js'

export const DIST_ACTION = path.resolve(import.meta.dirname, '../../dist/index.js')

export interface ActionRun {
  exitCode: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

/**
 * Each run's directory (RUNNER_TEMP, with report.json, the outputs and the summary) outlives runAction, since tests
 * read the files the outputs name; remove-run-directories.ts removes them after each test file.
 */
export const runDirs = new Set<string>()

async function runDirectory(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tua-e2e-'))
  runDirs.add(dir)
  return dir
}

export async function runAction(gh: FakeGitHub, inputs: Record<string, string>): Promise<ActionRun> {
  const dir = await runDirectory()
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    TZ: 'UTC',
    ...gh.actionEnv({ token: 'ghs_e2e' }),
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    // No waiting GitHub's second between issue writes (see octokit-client.ts): the fake server does not ask for it.
    TOKEN_USAGE_ANALYZER_WRITE_SPACING_MS: '0',
    'INPUT_GITHUB-TOKEN': 'ghs_e2e',
    INPUT_REPOSITORY: `${gh.owner}/${gh.repo}`,
    // The bundled prices: nothing in a test may reach the internet (prices-update defaults to auto).
    'INPUT_PRICES-UPDATE': 'off',
    // And should a test turn it on, the catalogue is looked for on this machine only.
    TOKEN_USAGE_ANALYZER_PRICES_URL:
      process.env.TOKEN_USAGE_ANALYZER_PRICES_URL ?? 'http://127.0.0.1:9/genai-prices.json',
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [DIST_ACTION], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    exitCode,
    stdout,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
  }
}

/** action.yml's defaults, as the runner fills them in for inputs the workflow does not set. */
export async function actionDefaults(): Promise<Record<string, string>> {
  const { parse } = await import('yaml')
  const action = parse(await readFile(path.resolve(import.meta.dirname, '../../action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined && !spec.default.includes('${{')) defaults[name] = spec.default
  }
  return defaults
}
