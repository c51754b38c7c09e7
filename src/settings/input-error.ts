/**
 * The one wording of a bad input: `Invalid input 'name': 'value'. Expected ….` Every input error goes through
 * here, so a user always learns which input to fix and what it held.
 */
export function invalidInput(name: string, value: string, expected: string): Error {
  return new Error(`Invalid input '${name}': '${value}'. ${expected}`)
}

/**
 * Runs a parser of the engine (token semantics, thresholds, prices), whose messages describe the value but cannot
 * know which input it came from, and names the input in its error.
 */
export function parseInput<T>(name: string, value: string, parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    // A long or multi-line value (YAML prices, a threshold a line) is not repeated: the engine's message quotes the
    // part that is wrong.
    const quoted = value.includes('\n') || value.length > 80 ? '' : ` '${value}'.`
    throw new Error(`Invalid input '${name}':${quoted} ${detail.replace(/\.$/, '')}.`)
  }
}
