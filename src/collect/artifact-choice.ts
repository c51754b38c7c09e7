import type { RunArtifact } from '../github/github-client.js'
import { artifactNameMatches, artifactPrefix } from '../usage/artifact-name.js'

export const defaultArtifactNames = ['usage', 'agent', 'agent-artifacts', 'firewall-audit-logs']

/**
 * What to do with one run, given its artifacts. `download`: the artifact to read; `also`: artifacts of the same
 * configured name uploaded by other `workflow_call` invocations in the same run (other hash prefixes), whose usage
 * is the run's too.
 */
export type ArtifactChoice =
  | { kind: 'download'; artifact: RunArtifact; also: RunArtifact[] }
  | { kind: 'expired'; names: string[] }
  | { kind: 'none' }

/** The newest live upload per actual name (a re-run can upload the same name again; the last one counts). */
function newestPerName(artifacts: RunArtifact[]): RunArtifact[] {
  const newest = new Map<string, RunArtifact>()
  for (const artifact of artifacts) {
    const kept = newest.get(artifact.name)
    if (!kept || artifact.id > kept.id) newest.set(artifact.name, artifact)
  }
  return [...newest.values()]
}

/**
 * Picks the artifact of the first name in `names` that the run has and that has not expired. A name matches itself
 * and `<hash>-name`, the hash prefix of `workflow_call` runs (artifact-name.ts); the unprefixed artifact comes
 * first, then the prefixed ones by prefix. When every one it has is expired the run's data is gone (`expired`);
 * when it has none of the names there never was any (`none`).
 */
export function chooseArtifact(artifacts: RunArtifact[], names: string[]): ArtifactChoice {
  const expired: string[] = []
  for (const name of names) {
    const candidates = artifacts.filter((artifact) => artifactNameMatches(artifact.name, name))
    if (candidates.length === 0) continue
    const live = newestPerName(candidates.filter((artifact) => !artifact.expired)).sort((a, b) => {
      const pa = artifactPrefix(a.name, name) ?? ''
      const pb = artifactPrefix(b.name, name) ?? ''
      return pa < pb ? -1 : pa > pb ? 1 : 0
    })
    if (live.length > 0) return { kind: 'download', artifact: live[0]!, also: live.slice(1) }
    expired.push(...new Set(candidates.map((artifact) => artifact.name)))
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
