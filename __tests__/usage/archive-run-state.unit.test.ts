import { ArchiveError, runStateOfArchiveError, type ArchiveErrorReason } from '../../src/usage/archive.js'

test.each<[ArchiveErrorReason, string]>([
  ['zip-bomb', 'integrity-failed'],
  ['too-many-entries', 'integrity-failed'],
  ['unsafe-entry', 'integrity-failed'],
  ['too-large', 'integrity-failed'],
  ['corrupt', 'download-failed'],
  ['not-a-zip', 'download-failed'],
  ['unreadable', 'download-failed'],
])('an archive refused as %s leaves the run %s', (reason, state) => {
  expect(runStateOfArchiveError(new ArchiveError(reason, 'x', 'usage.zip'))).toBe(state)
})
