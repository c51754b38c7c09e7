/**
 * Paths the CLI writes to, checked before any work: a report of many downloads should not fail at its last step
 * because --out names a directory that does not exist, and --save-artifacts or --cache-dir naming a file would fail
 * only after the first download.
 */
import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { UsageError } from './cli-errors.js'

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file'
  } catch (error) {
    // ENOTDIR: a part of the path is a file, so this path cannot exist (its directory is checked on its own).
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing'
    throw error
  }
}

/**
 * --out (or `option`, e.g. log's --file) must name a file in an existing directory: a missing directory is not
 * created silently. `example` is the file name the hint suggests when a directory is named.
 */
export async function checkOutFile(file: string, option = '--out', example = 'report.md'): Promise<void> {
  if ((await kindOf(file)) === 'directory') {
    throw new UsageError(`Invalid ${option} '${file}': it is a directory. Name a file, e.g. ${file}/${example}.`)
  }
  const directory = dirname(resolve(file))
  const kind = await kindOf(directory)
  if (kind === 'missing') {
    throw new UsageError(
      `Invalid ${option} '${file}': the directory '${dirname(file)}' does not exist. Create it first (mkdir -p ${dirname(file)}).`,
    )
  }
  if (kind === 'file')
    throw new UsageError(`Invalid ${option} '${file}': '${dirname(file)}' is a file, not a directory.`)
}

/** A directory option (--save-artifacts, --cache-dir) may be missing (it is created) but must not be a file. */
export async function checkDirectoryOption(option: string, directory: string): Promise<void> {
  if ((await kindOf(directory)) === 'file') {
    throw new UsageError(`Invalid ${option} '${directory}': it is a file. Name a directory (it is created if missing).`)
  }
}
