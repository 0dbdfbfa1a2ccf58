/**
 * One seed policy for every fast-check property in the repo (jest `setupFilesAfterEnv`):
 * - in CI (`process.env.CI` set), a fixed seed, so a run is reproducible and never flaky;
 * - locally, a random seed per test file, so properties keep exploring;
 * - `FC_SEED=<n>` replays a given seed anywhere.
 * fast-check prints the seed (and the shrink path) in every failure message:
 * "Property failed after N tests { seed: …, path: "…", endOnFailure: true }".
 */
import fc from 'fast-check';

/** The seed CI uses. Change it only on purpose (the properties must hold for any seed). */
export const CI_SEED = 20261202;

export function chooseSeed(env: NodeJS.ProcessEnv, random: () => number = Math.random): number {
  const forced = env.FC_SEED === undefined ? NaN : Number(env.FC_SEED);
  if (Number.isInteger(forced)) return forced;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return CI_SEED;
  return Math.floor(random() * 0x7fffffff);
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: chooseSeed(process.env) });
