/**
 * Runs a commander program and turns every way it can end into an exit status: commander's own parse errors and
 * UsageError are 2, any other error is 1 with its message (no stack trace: the messages name the bad value). The
 * program answers `--version` with the tool's version.
 */
import { CommanderError, type Command } from 'commander'
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './cli-errors.js'
import type { CliIo } from './cli-io.js'
import { TOOL_VERSION } from '../versions.js'

/** Commander copies these settings only to subcommands made with .command(), not to ones added with addCommand. */
function configureTree(command: Command, io: CliIo): void {
  command.exitOverride()
  command.configureOutput({ writeOut: io.out, writeErr: io.err })
  command.showHelpAfterError('(run with --help for usage)')
  for (const sub of command.commands) configureTree(sub, io)
}

/** Parses argv (user arguments only, without node and the script) and runs the chosen command. */
export async function runProgram(program: Command, args: readonly string[], io: CliIo): Promise<number> {
  configureTree(program, io)
  // `--version` (and `-V`) prints this tool's version, as package.json has it.
  if (program.version() === undefined) program.version(TOOL_VERSION)
  try {
    await program.parseAsync([...args], { from: 'user' })
    return EXIT_OK
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end through exitOverride too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    }
    const message = error instanceof Error ? error.message : String(error)
    io.err(`error: ${message}\n`)
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE
  }
}
