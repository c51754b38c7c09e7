import { createReadStream } from 'node:fs'
import { open as openFile, opendir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type Readable, type TransformCallback } from 'node:stream'
import { createInflateRaw } from 'node:zlib'
import type yauzl from 'yauzl'
import type { ArchiveInventory, UsageSource, UsageSources } from './summarise-run.js'

/** Limits applied to every artifact archive, because artifacts come from runs anyone with a pull request can shape. */
export interface ArchiveLimits {
  /** Largest archive (compressed) accepted, in bytes. */
  maxArchiveBytes: number
  /** Largest total of uncompressed bytes, both as declared by the entries and as actually streamed. */
  maxUnzippedBytes: number
  /** Most entries (files and directories) in one archive. */
  maxEntries: number
}

/** Real `agent` artifacts are tens of MB zipped with a few thousand entries; these leave ample room. */
export const defaultArchiveLimits: ArchiveLimits = Object.freeze({
  maxArchiveBytes: 2 * 1024 ** 3,
  maxUnzippedBytes: 8 * 1024 ** 3,
  maxEntries: 50_000,
})

export type ArchiveErrorReason =
  'too-large' | 'zip-bomb' | 'too-many-entries' | 'not-a-zip' | 'unsafe-entry' | 'corrupt' | 'unreadable'

/** An archive refused or broken; `reason` is stable for reports, `message` names the archive and the value. */
export class ArchiveError extends Error {
  constructor(
    readonly reason: ArchiveErrorReason,
    message: string,
    readonly archive: string,
  ) {
    super(message)
    this.name = 'ArchiveError'
  }
}

/**
 * The run state an archive problem leaves: an archive refused by a safety limit (too large, a zip bomb, too many
 * entries, unsafe entries) failed an integrity check; a broken one (truncated, corrupt, not a zip at all, unreadable)
 * could not be read, which a new download may fix.
 */
export function runStateOfArchiveError(error: ArchiveError): 'integrity-failed' | 'download-failed' {
  const broken: ArchiveErrorReason[] = ['corrupt', 'unreadable', 'not-a-zip']
  return broken.includes(error.reason) ? 'download-failed' : 'integrity-failed'
}

/**
 * File names the api-proxy's usage is written to (DESIGN.md §2: both spellings occur), wherever they are in an
 * artifact: `sandbox/firewall/logs/api-proxy-logs/`, `sandbox/firewall/audit/api-proxy-logs/` (firewall 0.27.7 and
 * later write there too, so one run can hold both copies: records deduplicate by `request_id`), `logs/…`, `agent/`.
 */
export function isTokenFileName(name: string): boolean {
  return name === 'token-usage.jsonl' || name === 'token_usage.jsonl'
}

/** gh-aw's per-run totals, in the `usage` and `agent` artifacts. */
export function isAggregateFileName(name: string): boolean {
  return name === 'agent_usage.json'
}

/** Threat-detection usage lives under a `detection/` folder (the `usage` artifact). */
export function sourceKindForPath(path: string): UsageSource['kind'] {
  return path.split(/[\\/]/).includes('detection') ? 'detection' : 'agent'
}

/**
 * The kind of source a file at `path` is, or undefined when it is none: token files by their folder, the agent's
 * `agent_usage.json` as `aggregate`. A detection job's totals are not the agent's, and its records are read anyway.
 */
export function usageFileKind(path: string): UsageSource['kind'] | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  if (isTokenFileName(name)) return sourceKindForPath(path)
  if (isAggregateFileName(name)) return sourceKindForPath(path) === 'detection' ? undefined : 'aggregate'
  return undefined
}

/** Paths an inventory keeps: enough to see an archive's layout, few enough for a report. */
export const inventoryPaths = 20

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

function isSymlinkEntry(entry: yauzl.Entry): boolean {
  // Unix mode bits sit in the high 16 bits of the external attributes (made by a Unix zipper).
  return ((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK
}

/** yauzl's own checks (entry names, sizes) become ArchiveErrors with a reason. */
function archiveErrorFrom(error: unknown, zipPath: string): ArchiveError {
  if (error instanceof ArchiveError) return error
  const message = error instanceof Error ? error.message : String(error)
  if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(message)) {
    return new ArchiveError('unsafe-entry', `Archive '${zipPath}' has an unsafe entry name (${message})`, zipPath)
  }
  if (/end of central directory record signature not found|not a zip/i.test(message)) {
    return new ArchiveError('not-a-zip', `'${zipPath}' is not a zip archive (${message})`, zipPath)
  }
  if (/too many bytes in the stream/.test(message)) {
    return new ArchiveError(
      'zip-bomb',
      `Archive '${zipPath}' has an entry larger than it declares (${message})`,
      zipPath,
    )
  }
  return new ArchiveError('corrupt', `Archive '${zipPath}' cannot be read (${message})`, zipPath)
}

async function checkArchiveFile(zipPath: string, limits: ArchiveLimits): Promise<void> {
  let size: number
  try {
    size = (await stat(zipPath)).size
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new ArchiveError('unreadable', `Cannot read archive '${zipPath}' (${code})`, zipPath)
  }
  if (size > limits.maxArchiveBytes) {
    throw new ArchiveError(
      'too-large',
      `Archive '${zipPath}' is ${size} bytes, over the limit of ${limits.maxArchiveBytes} bytes`,
      zipPath,
    )
  }
  // A zip starts with a local file header (PK\x03\x04) or, when empty, the end record (PK\x05\x06).
  const handle = await openFile(zipPath, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    const magic = head.readUInt32LE(0)
    if (bytesRead < 4 || (magic !== 0x04034b50 && magic !== 0x06054b50)) {
      throw new ArchiveError('not-a-zip', `'${zipPath}' is not a zip archive (it does not start with PK)`, zipPath)
    }
  } finally {
    await handle.close()
  }
}

/** yauzl is loaded with the first zip: a report of token files alone (the CLI's usual input) never needs it. */
async function openZip(zipPath: string): Promise<yauzl.ZipFile> {
  const { open } = (await import('yauzl')).default
  return new Promise((resolve, reject) => {
    open(zipPath, { lazyEntries: true, autoClose: false }, (error, zipfile) => {
      if (error || !zipfile) reject(archiveErrorFrom(error, zipPath))
      else resolve(zipfile)
    })
  })
}

/** Visits entries in order; `visit` returns false to stop early. The zip is left open for the caller to close. */
function forEachEntry(
  zipfile: yauzl.ZipFile,
  zipPath: string,
  visit: (entry: yauzl.Entry, index: number) => boolean | Promise<boolean>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let index = 0
    zipfile.on('error', (error) => reject(archiveErrorFrom(error, zipPath)))
    zipfile.on('end', () => resolve())
    zipfile.on('entry', (entry: yauzl.Entry) => {
      new Promise<boolean>((done) => done(visit(entry, index++))).then(
        (more) => (more ? zipfile.readEntry() : resolve()),
        (error) => reject(archiveErrorFrom(error, zipPath)),
      )
    })
    zipfile.readEntry()
  })
}

/** Counts uncompressed bytes as they stream and fails the stream once the archive's budget is spent. */
class UnzippedByteBudget {
  used = 0
  constructor(
    readonly limit: number,
    readonly zipPath: string,
  ) {}

  /**
   * A pass-through that checks one entry: never more than the archive's budget, never more than the entry
   * declares (a zip bomb may lie in its headers), and not less either (a truncated entry).
   */
  meter(entryName: string, declared: number): Transform {
    const zipPath = this.zipPath
    let entryBytes = 0
    const charge = (bytes: number): ArchiveError | null => {
      this.used += bytes
      entryBytes += bytes
      if (this.used > this.limit) {
        return new ArchiveError(
          'zip-bomb',
          `Archive '${zipPath}' unpacks to more than the limit of ${this.limit} bytes`,
          zipPath,
        )
      }
      if (entryBytes > declared) {
        return new ArchiveError(
          'zip-bomb',
          `Archive '${zipPath}' entry '${entryName}' is larger than it declares (${declared} bytes)`,
          zipPath,
        )
      }
      return null
    }
    // A deep buffer lets zlib keep inflating (on the thread pool) while the reader parses earlier chunks.
    return new Transform({
      highWaterMark: 4 * 1024 * 1024,
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        const error = charge(chunk.length)
        if (error) callback(error)
        else callback(null, chunk)
      },
      flush(callback: TransformCallback) {
        if (entryBytes === declared) callback()
        else callback(new ArchiveError('corrupt', `Archive '${zipPath}' entry '${entryName}' is truncated`, zipPath))
      },
    })
  }
}

/**
 * The entry's bytes, inflated here rather than by yauzl: yauzl's inflater hands out 16 KiB chunks, each a round
 * trip to the thread pool, which made inflating the bottleneck (~170 MB/s); 256 KiB chunks roughly double it.
 */
function openEntryStream(
  zipPath: string,
  entryIndex: number,
  budget: UnzippedByteBudget,
): Promise<NodeJS.ReadableStream> {
  return openZip(zipPath).then(async (zipfile) => {
    let found: yauzl.Entry | undefined
    try {
      await forEachEntry(zipfile, zipPath, (entry, index) => {
        if (index !== entryIndex) return true
        found = entry
        return false
      })
      if (!found) throw new ArchiveError('corrupt', `Archive '${zipPath}' changed while being read`, zipPath)
      const entry = found
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
        throw new ArchiveError(
          'corrupt',
          `Archive '${zipPath}' entry '${entry.fileName}' is encrypted or uses compression method ${entry.compressionMethod}`,
          zipPath,
        )
      }
      const raw = await new Promise<Readable>((resolve, reject) => {
        zipfile.openReadStream(entry, { decodeFileData: false }, (error, stream) => {
          if (error || !stream) reject(archiveErrorFrom(error, zipPath))
          else resolve(stream)
        })
      })
      const meter = budget.meter(entry.fileName, entry.uncompressedSize)
      const fail = (error: unknown): void => {
        meter.destroy(archiveErrorFrom(error, zipPath))
      }
      raw.on('error', fail)
      if (entry.compressionMethod === 8) {
        const inflate = createInflateRaw({ chunkSize: 256 * 1024 })
        inflate.on('error', fail)
        meter.on('close', () => {
          raw.destroy()
          inflate.destroy()
        })
        raw.pipe(inflate).pipe(meter)
      } else {
        meter.on('close', () => raw.destroy())
        raw.pipe(meter)
      }
      return meter
    } finally {
      // yauzl keeps the file open until the open read streams end.
      zipfile.close()
    }
  })
}

/**
 * The token-usage files inside a zip artifact, found anywhere in it. Entries are streamed when a source is opened,
 * never extracted to disk, so no entry name can write outside anything. Refuses (ArchiveError) an archive over the
 * size limits, with too many entries, with an unsafe entry name (`..`, absolute), or that is not a zip; symlink
 * entries are ignored. Uncompressed bytes are counted as they stream, across the archive's sources, so a zip bomb
 * (or an entry lying about its size) stops at `maxUnzippedBytes`.
 */
export async function tokenFileSourcesInZip(
  zipPath: string,
  limits: ArchiveLimits = defaultArchiveLimits,
  displayName: string = zipPath,
): Promise<UsageSource[] & { inspected: ArchiveInventory }> {
  await checkArchiveFile(zipPath, limits)
  const zipfile = await openZip(zipPath)
  const found: { name: string; index: number; kind: UsageSource['kind'] }[] = []
  const inspected: ArchiveInventory = { entries: 0, paths: [] }
  try {
    if (zipfile.entryCount > limits.maxEntries) {
      throw new ArchiveError(
        'too-many-entries',
        `Archive '${zipPath}' has ${zipfile.entryCount} entries, over the limit of ${limits.maxEntries}`,
        zipPath,
      )
    }
    let declared = 0
    await forEachEntry(zipfile, zipPath, (entry, index) => {
      declared += entry.uncompressedSize
      if (declared > limits.maxUnzippedBytes) {
        throw new ArchiveError(
          'zip-bomb',
          `Archive '${zipPath}' declares more than ${limits.maxUnzippedBytes} unzipped bytes`,
          zipPath,
        )
      }
      const name = entry.fileName
      if (name.endsWith('/') || isSymlinkEntry(entry)) return true
      inspected.entries++
      if (inspected.paths.length < inventoryPaths) inspected.paths.push(name)
      const kind = usageFileKind(name)
      if (kind !== undefined) found.push({ name, index, kind })
      return true
    })
  } finally {
    zipfile.close()
  }
  const budget = new UnzippedByteBudget(limits.maxUnzippedBytes, zipPath)
  const sources = found.map(({ name, index, kind }) => ({
    name: `${displayName}!/${name}`,
    kind,
    open: () => openEntryStream(zipPath, index, budget),
  }))
  return Object.assign(sources, { inspected })
}

/** A file found under a directory: its path relative to the directory (with `/`) and on disk. */
export interface FoundFile {
  relativePath: string
  path: string
}

/** Usage files (token files, `agent_usage.json`) and zip archives under `dir`, sorted; symlinks are not followed. */
export async function findTokenFilesAndZips(
  dir: string,
): Promise<{ tokenFiles: FoundFile[]; zips: FoundFile[]; otherJsonl: FoundFile[] }> {
  const tokenFiles: FoundFile[] = []
  const zips: FoundFile[] = []
  const otherJsonl: FoundFile[] = []
  const walk = async (absolute: string, relative: string): Promise<void> => {
    const entries = []
    for await (const entry of await opendir(absolute)) entries.push(entry)
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(absolute, entry.name)
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) await walk(path, rel)
      else if (entry.isFile()) {
        if (usageFileKind(rel) !== undefined) tokenFiles.push({ relativePath: rel, path })
        else if (entry.name.toLowerCase().endsWith('.zip')) zips.push({ relativePath: rel, path })
        else if (entry.name.toLowerCase().endsWith('.jsonl')) otherJsonl.push({ relativePath: rel, path })
      }
    }
  }
  await walk(dir, '')
  return { tokenFiles, zips, otherJsonl }
}

/** A token file on disk as a source; `kind` comes from the path below the search root, not the root itself. */
export function fileSource(path: string, name: string = path, kind: UsageSource['kind'] = 'agent'): UsageSource {
  // 1 MiB reads: fewer, larger chunks for the line splitter.
  return { name, kind, open: async () => createReadStream(path, { highWaterMark: 1024 * 1024 }) }
}

/** The same discovery as in a zip, on a directory tree, including the zips found in it. */
export async function tokenFileSourcesInDirectory(
  dir: string,
  limits: ArchiveLimits = defaultArchiveLimits,
): Promise<UsageSources> {
  const { tokenFiles, zips } = await findTokenFilesAndZips(dir)
  const sources: UsageSource[] = tokenFiles.map((f) =>
    fileSource(f.path, join(dir, f.relativePath), usageFileKind(f.relativePath)),
  )
  const inventories: ArchiveInventory[] = []
  for (const zip of zips) {
    const inZip = await tokenFileSourcesInZip(zip.path, limits, join(dir, zip.relativePath))
    sources.push(...inZip)
    inventories.push(inZip.inspected)
  }
  return inventories.length > 0 ? Object.assign(sources, { inspected: mergeInventories(inventories) }) : sources
}

/** One inventory of several archives searched for one run. */
export function mergeInventories(inventories: readonly ArchiveInventory[]): ArchiveInventory {
  const paths: string[] = []
  let entries = 0
  for (const inventory of inventories) {
    entries += inventory.entries
    for (const path of inventory.paths) if (paths.length < inventoryPaths) paths.push(path)
  }
  return { entries, paths }
}
