/**
 * Jest for Stryker (`npm run mutate`): the `node` project of jest.config.js only (Stryker merges its
 * settings over the config file and, given both projects, would run the jsdom UI tests too).
 * Tests under src/ (domain and use cases) and test/ (integration through the sandbox); the sandbox's own
 * tests and the slow fault, fuzz and concurrency suites of test/proof are left out.
 * MUTATE_TESTS=src/domain (comma-separated folders) keeps only the tests under those folders: a quicker
 * file-by-file run (Stryker runs every test file related to a mutated file for each mutant), whose score can
 * only be lower than with every test. MUTATE_SKIP (a regular expression) leaves out the test files it matches,
 * e.g. `property|oracle` for the calendar's randomized suites, whose hundreds of cases per mutant time out.
 * With MUTATE_TESTS, every folder stays a root and only the tests outside the folders named are left out: Stryker
 * picks a mutant's test files with jest's --findRelatedTests, which follows imports only through files under the
 * roots, so a test that reaches the code through a file elsewhere (a helper of `test/` such as
 * `test/support/config-rules.ts` or `test/builders.ts`, or a module of another folder) would never be run.
 */
const { projects } = require('./jest.config.js');

const node = projects.find((p) => p.displayName === 'node');
const only = (process.env.MUTATE_TESTS ?? '').split(',').filter(Boolean);
const skip = process.env.MUTATE_SKIP ? [process.env.MUTATE_SKIP] : [];

/** With MUTATE_TESTS, a pattern that leaves out every test file outside the folders named. */
function testsOutside(dirs) {
  if (dirs.length === 0) return [];
  const kept = dirs.map((d) => d.replace(/\/$/, '').replace(/[.]/g, '\\.'));
  return [`<rootDir>/(?!(?:${kept.join('|')})/)`];
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: node.testEnvironment,
  testMatch: node.testMatch,
  transform: node.transform,
  // The fast-check seed policy: run with CI=1 for the fixed seed (npm run mutate sets it).
  setupFilesAfterEnv: node.setupFilesAfterEnv,
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/proof/', ...testsOutside(only), ...skip],
};
