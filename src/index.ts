// The action's entry point: nothing but run(), so tests can import main.ts without starting the action.
import { run } from './main.js'

await run()
// The report, the job summary and the outputs are written (outputs and the summary are files, written before run()
// resolves); what is left is sockets a library kept open, such as a blob download that failed inside
// @actions/artifact, which would hold the step for minutes. Once stdout has flushed, end with run()'s exit code.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
process.exit()
