// ESM TypeScript through ts-jest: the @actions/* packages are ESM-only, so the tests run as ES modules too
// (NODE_OPTIONS=--experimental-vm-modules is set by `npm test`).
// Every suite closes what it opens (fake servers, child processes) in afterAll, so Jest exits on its own: no
// forceExit. A suite that leaks shows up as "Jest did not exit" (find it with `npx jest --detectOpenHandles`).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/support/test-environment.ts'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/remove-run-directories.ts'],
  testTimeout: 60000,
  // Jest's default leaves a core for itself, which on a 2-core runner means one test file at a time; the e2e and
  // integration files wait on child processes and sockets much of the time, so two workers finish sooner (measured:
  // 76 s against 125 s for the suite on 2 busy cores).
  maxWorkers: '100%',
}
