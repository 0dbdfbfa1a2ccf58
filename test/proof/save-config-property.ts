/**
 * The property both config fuzz suites hold: Frank saves each generated configuration; it is stored exactly when
 * parseConfig accepts it, as parseConfig returns it, and a refused save answers INVALID_INPUT and changes nothing.
 */
import fc from 'fast-check';
import type { Sandbox } from '../../sandbox';
import { parseConfig } from '../../src/domain';
import { FRANK } from '../support/personas';
import { admin, errorCode, getConfig, ok } from '../support/invoke';

/** What the run saw, so that a suite can check its generator exercised both sides. */
export interface SaveCounts {
  accepted: number;
  rejected: number;
  withPolicies: number;
}

export async function savesExactlyWhatParses(
  sb: Sandbox,
  configs: fc.Arbitrary<unknown>,
  numRuns: number,
): Promise<SaveCounts> {
  const counts: SaveCounts = { accepted: 0, rejected: 0, withPolicies: 0 };
  await fc.assert(
    fc.asyncProperty(configs, async (config) => {
      const before = await getConfig(sb);
      const saved = await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: before.version });
      const parsed = parseConfig(config);
      if (parsed.ok) {
        counts.accepted++;
        if (parsed.value.policies.length > 0) counts.withPolicies++;
        expect(ok(saved).version).toBe(before.version + 1);
        expect((await getConfig(sb)).config).toEqual(parsed.value);
      } else {
        counts.rejected++;
        expect(errorCode(saved)).toBe('INVALID_INPUT');
        expect(await getConfig(sb)).toEqual(before);
      }
    }),
    { numRuns },
  );
  return counts;
}
