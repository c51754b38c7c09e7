/**
 * Lists of names from a closed set (providers, run conclusions), checked the same way by the action and the CLI:
 * the first unknown name is quoted with the closest known one, so `sucess` says "did you mean success?".
 */

/** Edit distance of two short names (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

/** " Did you mean 'x'?" when a known name is within two edits of `name`, else ''. */
export function didYouMean(name: string, known: readonly string[]): string {
  const closest = [...known].sort((a, b) => distance(name, a) - distance(name, b))[0]
  return closest !== undefined && distance(name, closest) <= 2 ? ` Did you mean '${closest}'?` : ''
}

/** What is wrong with the first unknown name, or undefined when every name is known. */
export function unknownName(
  names: readonly string[],
  known: readonly string[],
): { name: string; expected: string } | undefined {
  const name = names.find((candidate) => !known.includes(candidate))
  if (name === undefined) return undefined
  return { name, expected: `Expected some of ${known.join(', ')}.${didYouMean(name, known)}` }
}
