#!/usr/bin/env node
// The local CLI: the same engine on downloaded files. Only wiring: each subcommand lives in src/cli/.
import module from 'node:module'
import { Command } from 'commander'
import { processIo } from './cli/cli-io.js'
import { compareCommand } from './cli/compare-command.js'
import { githubCommand } from './cli/github-command.js'
import { logCommand } from './cli/log-command.js'
import { reportCommand } from './cli/report-command.js'
import { runProgram } from './cli/run-program.js'
import { exitPromptly } from './exit-promptly.js'

// Node 22.1 and later keep V8's compiled code of the bundle between runs (in the OS temp directory), so later
// starts skip compiling the chunks a command loads; Node 20 has no such cache and starts as before.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()

const program = new Command('token-usage-analyzer')
  .description('Token usage, cost and waste of AI agent runs from the api-proxy token-usage.jsonl files')
  .addCommand(reportCommand(processIo))
  .addCommand(githubCommand(processIo))
  .addCommand(compareCommand(processIo))
  .addCommand(logCommand(processIo))

const args = process.argv.slice(2)
const code = await runProgram(program, args, processIo)
// `github` downloads artifacts: a socket the artifact library left open must not hold the command (the others end
// on their own).
if (args.find((a) => !a.startsWith('-')) === 'github') await exitPromptly(code)
process.exitCode = code
