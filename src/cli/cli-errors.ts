/** Exit statuses of the CLI, and the error that means "the command line is wrong". */

export const EXIT_OK = 0
/** The inputs, an archive or the price file could not be read or parsed, or writing the output failed. */
export const EXIT_FAILURE = 1
/** The command line is wrong: unknown command or option, a bad option value, no PATH. */
export const EXIT_USAGE = 2

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** Runs a parser shared with the action (plain Errors) so that its bad values end as usage errors, exit status 2. */
export function asUsageError<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

export const EXIT_STATUS_HELP = `
Exit status:
  0  the report was written
  1  an input path, archive or price file cannot be read or parsed, or GitHub refused a request (the message names
     it and what to check)
  2  usage error: unknown command or option, a bad option value, or no GITHUB_TOKEN for \`github\``
