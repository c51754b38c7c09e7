import { opendir, realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve, sep } from 'node:path'
import {
  ArchiveError,
  defaultArchiveLimits,
  fileSource,
  findTokenFilesAndZips,
  inventoryPaths,
  mergeInventories,
  sourceKindForPath,
  tokenFileSourcesInZip,
  usageFileKind,
  type ArchiveLimits,
  type FoundFile,
} from './archive.js'
import { configuredArtifactName } from './artifact-name.js'
import { holdsUsageRecords } from './record-sniff.js'
import type { ArchiveInventory, RunMeta, UsageSource, UsageSources } from './summarise-run.js'

/** One run found on disk, with every usage file (loose or inside zips) that belongs to it. */
export interface LocalRun {
  meta: RunMeta
  /** With what its archives held attached, for a run that yields nothing. */
  sources: UsageSources
}

/**
 * Folder names that belong to an artifact's inside (or are artifact names), never to the `<workflow>/<run-id>`
 * layout: a downloaded artifact passed directly, or `ROOT/<wf>/<run>/agent/sandbox/...`, groups as one run.
 */
const artifactFolderNames = ['agent-artifacts', 'firewall-audit-logs', 'agent', 'usage', 'sandbox', 'logs', 'detection']

/** An artifact folder, also with a `workflow_call` hash prefix (`3f9a1c2b-agent`). */
function isArtifactFolder(name: string): boolean {
  return configuredArtifactName(name, artifactFolderNames) !== undefined
}

/**
 * The artifact names gh-aw uploads a run's usage in (the action's default `artifact-names`): a folder of
 * `<workflow>/<run-id>/` named like one (also with a hash prefix) is an extracted artifact, reported even when it
 * holds no token file.
 */
const artifactNames = ['usage', 'agent', 'agent-artifacts', 'firewall-audit-logs']

interface RunKey {
  workflow: string
  runId: string
}

/**
 * `ROOT/<workflow>/<run-id>/**` gives workflow and run. Anything else is workflow `local`, one run per directory
 * (the part of the path above any artifact folder, or the root's own name for files directly in it).
 */
function runKeyFor(root: string, relativePath: string): RunKey {
  const folders = relativePath.split('/').slice(0, -1)
  const cut = folders.findIndex(isArtifactFolder)
  const own = cut >= 0 ? folders.slice(0, cut) : folders
  if (own.length >= 2) return { workflow: own[0]!, runId: own[1]! }
  return { workflow: 'local', runId: own.length === 1 ? own[0]! : basename(resolve(root)) }
}

async function statOrThrow(path: string): Promise<Awaited<ReturnType<typeof stat>>> {
  try {
    return await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'is not readable' : `cannot be read (${code})`
    throw new Error(`Input path '${path}' ${why}`)
  }
}

/** Directory entries sorted by name, so that reports list them the same on every file system. */
async function sortedEntries(dir: string) {
  const entries = []
  for await (const entry of await opendir(dir)) entries.push(entry)
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** An extracted artifact folder of the `<workflow>/<run-id>/<artifact>/` layout, with what it holds. */
interface ArtifactFolder {
  key: RunKey
  artifact: string
  /** Its path below the search root, `/`-separated, for matching the token files found. */
  relativePath: string
  inventory: ArchiveInventory
}

/** Every file of a folder (counted; the first `inventoryPaths` kept), as the inventory of a zip is. */
async function folderInventory(dir: string): Promise<ArchiveInventory> {
  const inventory: ArchiveInventory = { entries: 0, paths: [] }
  const walk = async (absolute: string): Promise<void> => {
    for (const entry of await sortedEntries(absolute)) {
      const path = join(absolute, entry.name)
      if (entry.isDirectory()) await walk(path)
      else {
        inventory.entries++
        if (inventory.paths.length < inventoryPaths) inventory.paths.push(path)
      }
    }
  }
  await walk(dir)
  return inventory
}

/**
 * The artifact folders of `ROOT/<workflow>/<run-id>/<artifact>/`: only that layout, where workflow and run
 * are no artifact folders themselves (the layout runKeyFor reads), so no other directory turns into a run.
 */
async function artifactFoldersIn(root: string): Promise<ArtifactFolder[]> {
  const folders: ArtifactFolder[] = []
  for (const workflow of await sortedEntries(root)) {
    if (!workflow.isDirectory()) continue
    for (const run of await sortedEntries(join(root, workflow.name))) {
      if (!run.isDirectory()) continue
      for (const artifact of await sortedEntries(join(root, workflow.name, run.name))) {
        if (!artifact.isDirectory() || configuredArtifactName(artifact.name, artifactNames) === undefined) continue
        const relativePath = `${workflow.name}/${run.name}/${artifact.name}`
        const key = runKeyFor(root, `${relativePath}/file`)
        if (key.workflow !== workflow.name || key.runId !== run.name) continue
        const inventory = await folderInventory(join(root, workflow.name, run.name, artifact.name))
        folders.push({ key, artifact: artifact.name, relativePath, inventory })
      }
    }
  }
  return folders
}

/**
 * The paths with every directory before the paths inside it (by real path), so that a file reached through two
 * overlapping paths (`mine mine/wf-a`) takes the run its outermost path gives it (`wf-a/<run>`, not `local/<run>`).
 * Stable otherwise. A path that cannot be resolved keeps its place; statOrThrow names it.
 */
async function outermostFirst(paths: string[]): Promise<string[]> {
  const reals = await Promise.all(paths.map((p) => realpath(p).catch(() => resolve(p))))
  const depth = (real: string): number => real.split(sep).filter(Boolean).length
  return paths
    .map((path, i) => ({ path, depth: depth(reals[i]!), i }))
    .sort((a, b) => a.depth - b.depth || a.i - b.i)
    .map((p) => p.path)
}

interface FoundRun {
  meta: RunMeta
  sources: UsageSource[]
  artifacts: string[]
  inventories: ArchiveInventory[]
}

/** The runs gathered from every path, each file counted once however the paths name it. */
class RunGathering {
  private readonly runs = new Map<string, FoundRun>()
  private readonly counted = new Set<string>()
  private readonly emptyFolders: ArtifactFolder[] = []
  /** Files named as paths that hold no usage (a `MANIFEST.tsv` caught by a glob). */
  readonly strays: string[] = []

  constructor(private readonly limits: ArchiveLimits) {}

  private runFor(key: RunKey): FoundRun {
    const id = `${key.workflow}\u0000${key.runId}`
    let run = this.runs.get(id)
    if (!run) {
      run = { meta: { workflow: key.workflow, runId: key.runId }, sources: [], artifacts: [], inventories: [] }
      this.runs.set(id, run)
    }
    return run
  }

  /** False for a file already gathered (overlapping paths, a symbolic link, `./x` and `x`). */
  private async firstTime(file: string): Promise<boolean> {
    const real = await realpath(file).catch(() => resolve(file))
    if (this.counted.has(real)) return false
    this.counted.add(real)
    return true
  }

  private async addFile(root: string, file: FoundFile, kind: UsageSource['kind']): Promise<void> {
    if (!(await this.firstTime(file.path))) return
    this.runFor(runKeyFor(root, file.relativePath)).sources.push(fileSource(file.path, file.path, kind))
  }

  private async addZip(root: string, zip: FoundFile): Promise<void> {
    if (!(await this.firstTime(zip.path))) return
    const run = this.runFor(runKeyFor(root, zip.relativePath))
    run.artifacts.push(basename(zip.path).replace(/\.zip$/i, ''))
    try {
      const inZip = await tokenFileSourcesInZip(zip.path, this.limits, zip.path)
      run.sources.push(...inZip)
      run.inventories.push(inZip.inspected)
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error
      // A refused archive fails its own run when it is summarised (like a zip bomb caught while streaming), so
      // the other runs of the report go on.
      run.sources.push({ name: zip.path, kind: 'agent', open: () => Promise.reject(error), refused: error })
    }
  }

  async addDirectory(path: string): Promise<void> {
    const found = await readingPath(path, () => findTokenFilesAndZips(path))
    for (const file of found.tokenFiles) await this.addFile(path, file, usageFileKind(file.relativePath)!)
    // Other `.jsonl` files whose lines are records: `log --file` output, files renamed by hand.
    for (const file of found.otherJsonl) {
      if (await holdsUsageRecords(file.path)) await this.addFile(path, file, sourceKindForPath(file.relativePath))
    }
    for (const zip of found.zips) await this.addZip(path, zip)
    const folders = await readingPath(path, () => artifactFoldersIn(path))
    // An extracted artifact without a token file is a run without data that names the folder and what it
    // held (as a zip without one does), never silently nothing.
    for (const folder of folders) {
      const holdsTokenFile = found.tokenFiles.some((f) => f.relativePath.startsWith(`${folder.relativePath}/`))
      if (!holdsTokenFile) this.emptyFolders.push(folder)
    }
  }

  async addPath(path: string): Promise<void> {
    const info = await statOrThrow(path)
    const file = { path, relativePath: basename(path) }
    const kind = usageFileKind(file.relativePath)
    if (info.isDirectory()) await this.addDirectory(path)
    else if (path.toLowerCase().endsWith('.zip')) await this.addZip(dirname(path), file)
    else if (kind !== undefined) await this.addFile(dirname(path), file, kind)
    else if (path.toLowerCase().endsWith('.jsonl') && (await holdsUsageRecords(path))) {
      await this.addFile(dirname(path), file, 'agent')
    } else this.strays.push(path)
  }

  /** The runs, sorted; a run with usage files elsewhere (another artifact, another path) is summarised from them. */
  result(): LocalRun[] {
    for (const folder of this.emptyFolders) {
      const run = this.runFor(folder.key)
      if (run.sources.length > 0) continue
      run.artifacts.push(folder.artifact)
      run.inventories.push(folder.inventory)
    }
    return [...this.runs.values()]
      .map(({ meta, sources, artifacts, inventories }) => ({
        meta: artifacts.length > 0 ? { ...meta, artifact: [...new Set(artifacts)].join(', ') } : meta,
        sources:
          inventories.length > 0 ? Object.assign(sources, { inspected: mergeInventories(inventories) }) : sources,
      }))
      .sort((a, b) => a.meta.workflow.localeCompare(b.meta.workflow) || a.meta.runId.localeCompare(b.meta.runId))
  }
}

/** Runs a read of a directory tree, naming the path when it fails. */
async function readingPath<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new Error(`Input path '${path}' cannot be read (${code})`)
  }
}

function strayMessage(path: string): string {
  return `Input path '${path}' is not a directory, a .zip archive, a token-usage.jsonl file (or another .jsonl of usage records) or an agent_usage.json file`
}

/**
 * Finds the runs under the given paths (directories, zip archives, token files and other `.jsonl` files of usage
 * records). Runs found under several paths with the same workflow and run id are merged, so their records
 * deduplicate; a file reached through several paths is read once. Throws an Error naming the path when one does not
 * exist or cannot be read. A file that holds no usage (a `MANIFEST.tsv` caught by a glob) is named through `warn`
 * and skipped, unless nothing else was found: then it is the error. A refused archive (ArchiveError: not a zip,
 * unsafe entry, too many entries…) does not throw here: its run gets a source marked `refused` whose open() rejects
 * with that error, so it fails that run only, or only itself where the run has other files (summariseLocalRuns).
 */
export async function discoverLocalRuns(
  paths: string[],
  limits: ArchiveLimits = defaultArchiveLimits,
  warn: (message: string) => void = () => undefined,
): Promise<LocalRun[]> {
  const gathering = new RunGathering(limits)
  for (const path of await outermostFirst(paths)) await gathering.addPath(path)
  const runs = gathering.result()
  const [firstStray] = gathering.strays
  if (runs.length === 0 && firstStray !== undefined) throw new Error(strayMessage(firstStray))
  for (const stray of gathering.strays) warn(`${strayMessage(stray)}; skipped.`)
  return runs
}
