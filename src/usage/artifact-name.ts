/**
 * Artifact names as gh-aw uploads them. A run started through `workflow_call` prefixes every artifact name with a
 * hash of the call's inputs, so that two calls of one reusable workflow in the same run do not collide: gh-aw's
 * `compute_artifact_prefix.sh` writes the first 8 hex digits of a SHA-256 and a dash (`3f9a1c2b-agent`).
 *
 * A prefix is accepted as 6 to 16 hex digits: the 8 gh-aw writes, with room for a shorter or longer digest, but
 * never a word. `my-agent` or `old-agent` are other artifacts, not `agent` with a prefix (m, y, o, l are not hex),
 * and a 4-letter hex word such as `beef-agent` is too short to be a hash.
 */
const hashPrefix = /^[0-9a-f]{6,16}-$/i

/** The hash prefix of an artifact name (`3f9a1c2b`), or undefined when it has none before `name`. */
export function artifactPrefix(actual: string, name: string): string | undefined {
  if (actual.length <= name.length + 1 || !actual.endsWith(name)) return undefined
  const head = actual.slice(0, actual.length - name.length)
  return hashPrefix.test(head) ? head.slice(0, -1) : undefined
}

/** True when `actual` is the configured `name` itself or `name` with a `workflow_call` hash prefix. */
export function artifactNameMatches(actual: string, name: string): boolean {
  return actual === name || artifactPrefix(actual, name) !== undefined
}

/** The configured name an artifact (or a folder named after one) stands for, if any. */
export function configuredArtifactName(actual: string, names: readonly string[]): string | undefined {
  return names.find((name) => artifactNameMatches(actual, name))
}
