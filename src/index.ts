// The action's entry point: nothing but run(), so tests can import main.ts without starting the action.
import { run } from './main.js'

await run()
