// Mutation testing of the rules (src/domain) and the use cases (src/app): `npm run mutate`.
// Not part of `npm test` (about 40 minutes on two cores). See the README's "Mutation testing" section.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.stryker.config.js' },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  mutate: ['src/domain/**/*.ts', 'src/app/**/*.ts', '!src/**/*.test.ts', '!src/**/index.ts'],
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: process.env.MUTATE_JSON ?? 'reports/mutation/mutation.json' },
  tempDirName: process.env.MUTATE_TMP ?? '.stryker-tmp',
  // Not copied into the sandbox: the reports, and the sandboxes of other runs (MUTATE_TMP=.stryker-tmp-<name> runs
  // side by side; Stryker leaves out its own only, and a copy of another run's crashes when that run cleans it up).
  ignorePatterns: ['/reports', '/.stryker-tmp*'],
  cleanTempDir: 'always',
};
