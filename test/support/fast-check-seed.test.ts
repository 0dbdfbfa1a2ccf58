import fc from 'fast-check';
import { chooseSeed, CI_SEED } from './fast-check-seed';

describe('the property tests’ seed', () => {
  it.each([
    [{ CI: 'true' }, CI_SEED],
    [{ CI: '1' }, CI_SEED],
    [{ CI: 'true', FC_SEED: '42' }, 42],
    [{ FC_SEED: '-7' }, -7],
  ])('given the environment %p, then the seed is %p', (env, seed) => {
    expect(chooseSeed(env as NodeJS.ProcessEnv)).toBe(seed);
  });

  it('given no CI, then the seed is random (drawn from Math.random)', () => {
    expect(chooseSeed({}, () => 0.5)).toBe(Math.floor(0.5 * 0x7fffffff));
    expect(chooseSeed({ CI: 'false' }, () => 0.25)).toBe(Math.floor(0.25 * 0x7fffffff));
  });

  it('is installed globally for every fast-check run of this process', () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(Number.isInteger(seed)).toBe(true);
    if (process.env.CI && !process.env.FC_SEED) expect(seed).toBe(CI_SEED);
  });

  it('prints the seed in a failure message', () => {
    let message = '';
    try {
      fc.assert(fc.property(fc.integer(), (n) => n < 0));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`seed: ${fc.readConfigureGlobal().seed}`);
  });
});
