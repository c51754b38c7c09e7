/**
 * The one mapping from an error that stopped a run's usage from being read to the state the run is reported in.
 * The collector (downloads) and the local pipeline (files and zips on disk) both use it, so a failure reads the
 * same in the action and the CLI.
 */
import * as path from 'node:path'
import { ArtifactDownloadError } from '../github/artifact-download-error.js'
import { ArchiveError, runStateOfArchiveError } from '../usage/archive.js'
import type { RunState } from '../usage/run-summary.js'

/**
 * States of a run whose usage may still be read later: the download failed for a reason that can pass (a 5xx, a
 * timeout, a truncated blob, a rate limit, a blob whose bytes do not match its digest: the stored artifact may
 * well be whole) or the API budget ran out before it. Such a run is not final: a report carries it in its data
 * block and the next report collects it again (for at most 7 days). Every other state ends the run's story.
 */
export const statesThatMayPass: ReadonlySet<RunState> = new Set<RunState>([
  'download-failed',
  'integrity-failed',
  'not-reached',
])

export interface RunFailure {
  state: RunState
  /** For the report's list of runs without data. */
  detail: string
  /** The API budget or the time budget is gone: downloads not started yet are not started. */
  stopsCollection: boolean
}

export function runFailureOf(error: unknown): RunFailure {
  const message = error instanceof Error ? error.message : String(error)
  const failure = (state: RunState, detail = message): RunFailure => ({ state, detail, stopsCollection: false })
  if (error instanceof ArtifactDownloadError) {
    if (error.reason === 'expired') return failure('artifact-expired')
    if (error.reason === 'integrity') return failure('integrity-failed')
    if (error.reason === 'rate-limited') {
      return { state: 'not-reached', detail: `API rate limit reached (${message})`, stopsCollection: true }
    }
    if (error.reason === 'out-of-time') {
      return { state: 'not-reached', detail: `Time budget ran short (${message})`, stopsCollection: true }
    }
  }
  if (error instanceof ArchiveError) {
    // The archive's own name only: a download's zip lies in the runner's temporary directory, which is no business of
    // the report (the run it belongs to is named beside the reason anyway).
    const named = message.split(error.archive).join(path.basename(error.archive))
    return failure(runStateOfArchiveError(error), `Archive ${error.reason}: ${named}`)
  }
  return failure('download-failed')
}
