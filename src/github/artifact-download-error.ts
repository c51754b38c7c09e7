/**
 * Why a download did not produce a usable zip. A file of its own so that code mapping failures to run states (the
 * CLI's `report` command too) can recognise it without loading @actions/artifact.
 */
export type DownloadFailureReason = 'expired' | 'integrity' | 'rate-limited' | 'failed'

export class ArtifactDownloadError extends Error {
  constructor(
    message: string,
    readonly reason: DownloadFailureReason,
  ) {
    super(message)
    this.name = 'ArtifactDownloadError'
  }
}
