// ESM TypeScript through ts-jest: the @actions/* packages are ESM-only, so the tests run as ES modules too
// (NODE_OPTIONS=--experimental-vm-modules is set by `npm test`).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Fake GitHub servers and child processes are closed in afterAll; when a suite fails before that, a socket left
  // open must not keep CI waiting after the results are in.
  forceExit: true,
}
