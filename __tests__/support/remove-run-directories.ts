// After each test file, the directories its runs of the bundled action made (run-action.ts): a hook here rather than
// in run-action.ts, which tests also import from inside a test, where Jest refuses to define hooks.
import { rmSync } from 'node:fs'
import { runDirs } from './run-action.js'

afterAll(() => {
  for (const dir of runDirs) rmSync(dir, { recursive: true, force: true })
  runDirs.clear()
})
