/**
 * Why a download did not produce a usable zip. A file of its own so that code mapping failures to run states (the
 * CLI's `report` command too) can recognise it without loading the GitHub client. `rate-limited` and
 * `out-of-time`: the API budget or the time budget ran out, so no further download starts.
 */
export type DownloadFailureReason = 'expired' | 'integrity' | 'rate-limited' | 'out-of-time' | 'failed'

export class ArtifactDownloadError extends Error {
  constructor(
    message: string,
    readonly reason: DownloadFailureReason,
  ) {
    super(message)
    this.name = 'ArtifactDownloadError'
  }
}
