/**
 * Ends the process once stdout and stderr have flushed, with `code` (absent: `process.exitCode`). For the entries
 * whose work talks to GitHub (the action, the CLI's `github` command): when the work has resolved, everything to keep
 * is written (the report, the job summary, the outputs, saved files), and what can be left is a socket a library kept
 * open, such as a download inside @actions/artifact that overran its bound and was abandoned (download-bounds.ts),
 * whose blob fetch may wait and retry for minutes.
 */
export async function exitPromptly(code?: number): Promise<never> {
  const flushed = (stream: NodeJS.WriteStream): Promise<void> =>
    new Promise((resolve) => stream.write('', () => resolve()))
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  // process.exit(undefined) would clear process.exitCode (any argument replaces it): pass one only when given.
  if (code === undefined) process.exit()
  process.exit(code)
}
