/** Two projects: the backend, sandbox and integration tests in Node; the Custom UI component tests in jsdom. */
// Type errors are the typecheck step's job (tsc); tests only transpile (isolatedModules is set in the tsconfigs).
const tsJest = ['ts-jest', { diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  // Component and integration tests wait on rendering, user events and the sandbox: 5 s is too short on a loaded
  // machine. A global option: Jest ignores `testTimeout` inside a project's configuration.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/sandbox', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      // Property tests: a fixed seed in CI, a random one locally, the seed in every failure message.
      setupFilesAfterEnv: ['<rootDir>/test/support/fast-check-seed.ts'],
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/static'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      testPathIgnorePatterns: ['/build/', '/node_modules/'],
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { diagnostics: false, tsconfig: '<rootDir>/static/tsconfig.json' }],
      },
      moduleNameMapper: { '\\.(css)$': '<rootDir>/static/common/test/style-stub.js' },
    },
  ],
};
