/** Two projects: the backend, sandbox and integration tests in Node; the Custom UI component tests in jsdom. */
const tsJest = ['ts-jest', { isolatedModules: true, diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/sandbox', '<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/static'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      testPathIgnorePatterns: ['/build/', '/node_modules/'],
      transform: {
        '^.+\\.tsx?$': [
          'ts-jest',
          { isolatedModules: true, diagnostics: false, tsconfig: '<rootDir>/static/tsconfig.json' },
        ],
      },
      moduleNameMapper: { '\\.(css)$': '<rootDir>/static/common/test/style-stub.js' },
    },
  ],
};
