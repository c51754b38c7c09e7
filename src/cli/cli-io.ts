/** Where the CLI writes; tests pass collectors instead of the process streams. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** stdout is a terminal (reports default to the table format there). */
  outIsTerminal?: boolean
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  outIsTerminal: process.stdout.isTTY === true,
}
