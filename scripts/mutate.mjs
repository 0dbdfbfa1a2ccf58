// `npm run mutate [-- <stryker options>]`: Stryker (stryker.config.mjs) on src/domain and src/app, then the score per
// folder (scripts/mutation-scores.mjs). Options after `--` go to Stryker, e.g. `npm run mutate -- --mutate src/domain/record.ts`.
// CI=1 gives the property tests their fixed fast-check seed (test/support/fast-check-seed.ts), so a mutant's verdict
// never depends on a random draw.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, CI: process.env.CI ?? '1' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const stryker = run('npx', ['stryker', 'run', ...process.argv.slice(2)]);
if (stryker !== 0) process.exit(stryker);
process.exit(
  run(process.execPath, ['scripts/mutation-scores.mjs', env.MUTATE_JSON ?? 'reports/mutation/mutation.json']),
);
