// main.ts as the runner starts it, in process: a bad input fails the step with a message naming the input and
// quoting the value, before any API call (no server exists here to answer one). Inputs are action.yml's defaults
// with one bad value, as the runner passes them.
import { run } from '../../src/main.js'
import { actionDefaults } from '../support/run-action.js'

const saved = { ...process.env }

afterEach(() => {
  process.env = { ...saved }
  process.exitCode = 0
})

async function runWith(inputs: Record<string, string>): Promise<string> {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  let out = ''
  const write = process.stdout.write
  process.stdout.write = ((chunk: unknown) => {
    out += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    await run()
  } finally {
    process.stdout.write = write
  }
  return out
}

test.each([
  [
    'mode',
    'weekly',
    "Invalid input 'mode': 'weekly'. Expected one of: daily, rollup, pull-request, plan, shard, merge.",
  ],
  ['token-semantics', 'copilot=sometimes', "Invalid input 'token-semantics': 'copilot=sometimes'."],
  ['max-lookback', 'forever', "Invalid input 'max-lookback': 'forever'."],
])('a bad %s input fails the step naming it', async (name, value, message) => {
  const out = await runWith({
    ...(await actionDefaults()),
    'github-token': 'ghs_x',
    repository: 'octo/repo',
    [name]: value,
  })
  expect(out).toContain(`::error::${message}`)
  expect(process.exitCode).toBe(1)
})
