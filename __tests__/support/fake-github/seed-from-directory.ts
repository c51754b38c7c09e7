// Seeds the fake repository from an artifact tree as `gh run download` leaves it (the layout of examples/artifacts
// and of the CLI's --save-artifacts): ROOT/<workflow>/<run-id>/<artifact-name>/** becomes one run per run directory
// and one zipped artifact per artifact directory.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { FakeGitHub } from './fake-github-types.js'
import type { FakeArtifact, FakeRun } from './repository-state.js'

export interface SeedOptions {
  /** The workflow's display name from its directory name; default: words capitalised (`smoke-claude` → `Smoke Claude`). */
  workflowName?: (directory: string) => string
  /**
   * Shift every run's time so the newest run was created at this moment (e.g. one hour ago, so a `24h` window
   * finds all of them). Default: times as found.
   */
  newestAt?: Date
}

export interface SeedResult {
  runs: FakeRun[]
  artifacts: FakeArtifact[]
}

interface ManifestRow {
  createdAt: string
  branch: string
}

async function directories(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

async function filesUnder(root: string, dir = root): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {}
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) Object.assign(files, await filesUnder(root, path))
    else if (entry.isFile()) files[relative(root, path).split(sep).join('/')] = await readFile(path)
  }
  return files
}

/** MANIFEST.tsv (`run  created_at  branch  note`, run = `<workflow>/<run-id>`), when the tree has one. */
async function readManifest(root: string): Promise<Map<string, ManifestRow>> {
  const rows = new Map<string, ManifestRow>()
  const text = await readFile(join(root, 'MANIFEST.tsv'), 'utf8').catch(() => '')
  const [header, ...lines] = text.split('\n').filter((line) => line.trim() !== '')
  if (!header) return rows
  const columns = header.split('\t')
  for (const line of lines) {
    const cells = line.split('\t')
    const cell = (name: string) => cells[columns.indexOf(name)] ?? ''
    rows.set(cell('run'), { createdAt: cell('created_at'), branch: cell('branch') || 'main' })
  }
  return rows
}

function titleCase(directory: string): string {
  return directory
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ')
}

export async function seedFromDirectory(gh: FakeGitHub, root: string, options: SeedOptions = {}): Promise<SeedResult> {
  const manifest = await readManifest(root)
  const found: { workflow: string; runId: number; createdAt: number; branch: string; dir: string }[] = []
  for (const workflow of await directories(root)) {
    for (const runDir of await directories(join(root, workflow))) {
      if (!/^\d+$/.test(runDir)) continue
      const dir = join(root, workflow, runDir)
      const row = manifest.get(`${workflow}/${runDir}`)
      const createdAt = row ? Date.parse(row.createdAt) : (await stat(dir)).mtimeMs
      if (Number.isNaN(createdAt))
        throw new Error(`MANIFEST.tsv: invalid created_at '${row?.createdAt}' for ${workflow}/${runDir}`)
      found.push({ workflow, runId: Number(runDir), createdAt, branch: row?.branch ?? 'main', dir })
    }
  }
  const newest = Math.max(...found.map((run) => run.createdAt))
  const shift = options.newestAt && found.length > 0 ? options.newestAt.getTime() - newest : 0
  const name = options.workflowName ?? titleCase
  const result: SeedResult = { runs: [], artifacts: [] }
  for (const entry of found.sort((a, b) => a.createdAt - b.createdAt)) {
    const workflowName = name(entry.workflow)
    if (!gh.workflows.some((w) => w.name === workflowName)) {
      gh.addWorkflow(workflowName, `.github/workflows/${entry.workflow}.lock.yml`)
    }
    const run = gh.addRun({
      id: entry.runId,
      workflow: workflowName,
      createdAt: new Date(Math.floor((entry.createdAt + shift) / 1000) * 1000),
      headBranch: entry.branch,
    })
    result.runs.push(run)
    for (const artifact of await directories(entry.dir)) {
      const files = await filesUnder(join(entry.dir, artifact))
      result.artifacts.push(await gh.addArtifact(run.id, artifact, { files }))
    }
  }
  return result
}
