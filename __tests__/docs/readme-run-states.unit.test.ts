import { readFileSync } from 'node:fs'
import { runStateReason } from '../../src/analysis/runs/run-state-reasons.js'
import type { RunState } from '../../src/usage/run-summary.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

// Every state a run without data can end in; `analysed` is left out (it has data unless filtered).
const states: RunState[] = [
  'analysed-totals',
  'no-artifact',
  'artifact-expired',
  'no-token-file',
  'empty-token-file',
  'download-failed',
  'integrity-failed',
  'not-reached',
]

test.each(states)('the README troubleshooting table has a row in the words the report prints for %s', (state) => {
  // A user matches the report's reason (or the JSON `state`) to the row: the row starts with both.
  expect(readme).toContain(`\n| ${runStateReason(state)} (\`${state}\`) |`)
})
