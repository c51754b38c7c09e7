import type { EngineLog } from '../engine/run-source.js'

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

/** The engine's progress and warnings on stderr: stdout carries only the report. */
export function stderrLog(io: CliIo): EngineLog {
  return {
    info: (message) => io.err(`${message}\n`),
    warning: (message) => io.err(`warning: ${message}\n`),
    startGroup: (name) => io.err(`${name}\n`),
    endGroup: () => undefined,
  }
}
