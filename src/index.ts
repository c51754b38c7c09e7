// The action's entry point: nothing but run(), so tests can import main.ts without starting the action.
import { exitPromptly } from './exit-promptly.js'
import { run } from './main.js'

await run()
// run() sets the exit code (core.setFailed); a socket a library left open must not hold the step.
await exitPromptly()
