import { emptySkipCounts } from '../src/usage/run-summary.js'

test('the ESM TypeScript toolchain runs', () => {
  expect(emptySkipCounts().invalidLines).toBe(0)
})
