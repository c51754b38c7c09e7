import type { RunArtifact } from '../github/github-client.js'

export const defaultArtifactNames = ['usage', 'agent', 'agent-artifacts', 'firewall-audit-logs']

/** What to do with one run, given its artifacts. */
export type ArtifactChoice =
  { kind: 'download'; artifact: RunArtifact } | { kind: 'expired'; names: string[] } | { kind: 'none' }

/**
 * Picks the artifact of the first name in `names` that the run has and that has not expired. When every one it
 * has is expired the run's data is gone (`expired`); when it has none of the names there never was any (`none`).
 */
export function chooseArtifact(artifacts: RunArtifact[], names: string[]): ArtifactChoice {
  const expired: string[] = []
  for (const name of names) {
    const candidates = artifacts.filter((artifact) => artifact.name === name)
    if (candidates.length === 0) continue
    // A re-run can upload the same name again; the newest upload is the one the run ended with.
    const live = candidates.filter((artifact) => !artifact.expired).sort((a, b) => b.id - a.id)
    if (live.length > 0) return { kind: 'download', artifact: live[0] }
    expired.push(name)
  }
  return expired.length > 0 ? { kind: 'expired', names: expired } : { kind: 'none' }
}

/** Artifacts grouped by run id. */
export function artifactsByRun(artifacts: RunArtifact[]): Map<number, RunArtifact[]> {
  const byRun = new Map<number, RunArtifact[]>()
  for (const artifact of artifacts) {
    const list = byRun.get(artifact.runId)
    if (list) list.push(artifact)
    else byRun.set(artifact.runId, [artifact])
  }
  return byRun
}
