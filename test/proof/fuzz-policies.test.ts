/**
 * Property-based fuzzing of support policies (docs/rules.md §12), through the real handlers in the sandbox:
 * saveConfig accepts exactly what parseConfig accepts, policies included, and a rejected save changes nothing.
 * The seed is fixed in CI and printed by fast-check on a failure (test/support/fast-check-seed.ts).
 */
import fc from 'fast-check';
import type { Sandbox } from '../../sandbox';
import { DEFAULT_CONFIG } from '../../src/domain';
import { freshSite, useSandbox } from './support';
import { savesExactlyWhatParses } from './save-config-property';

jest.setTimeout(120_000);

let sb: Sandbox;
useSandbox((s) => (sb = s), { fresh: false });

/** A value from `valid` most of the time, else one from `broken`. */
const mostly = <T>(valid: T[], broken: unknown[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 12 }, { arbitrary: fc.constantFrom(...broken), weight: 1 });

const LEVEL = { notifyAssignee: false, recipients: { groups: ['platinum-managers'], accountIds: [] } };
const SILENT = { notifyAssignee: false, recipients: { groups: [], accountIds: [] } };
/** One working hour on Wednesdays: about 50 hours a year, so longer delays on it are out of reach. */
const TIGHT = { ...DEFAULT_CONFIG.calendar, workingDays: [3], hours: [{ start: '09:00', end: '10:00' }] };

/** A policy: mostly valid id, match and overrides, each sometimes broken or absent. */
const policy = fc.record(
  {
    id: mostly(['platinum', 'gold', 'mtl-outage', 'gold'], ['default', 'Bad Id', '', 42]),
    name: mostly([{ fr: 'Platine', en: 'Platinum' }], [{ fr: '', en: 'x' }, { fr: 'x' }]),
    match: fc.record({
      projects: mostly([[], ['SUP'], ['MTL', 'SUP']], [['sup'], 'SUP']),
      requestTypeIds: mostly([[], ['15'], ['15', '16']], [['x']]),
      organizationIds: mostly([[], ['2'], ['1', '2']], [['acme'], [2]]),
    }),
    matrix: mostly([DEFAULT_CONFIG.matrix], [{ ...DEFAULT_CONFIG.matrix, minor: {} }]),
    defaultDelayHours: mostly([0, 0.5, 2, 40, 100], [-1, 'two', 1e9]),
    timer: mostly(
      [
        { mode: '24x7', slaName: null },
        { mode: 'sla', slaName: 'TTR' },
        { mode: 'business', slaName: null },
      ],
      [{ mode: 'sla', slaName: null }],
    ),
    calendar: mostly(
      [{ ...DEFAULT_CONFIG.calendar, timezone: 'America/Toronto', holidaysCountry: 'CA-QC' }, TIGHT],
      [
        { ...DEFAULT_CONFIG.calendar, hours: [] },
        { ...DEFAULT_CONFIG.calendar, workingDays: [] },
        { ...DEFAULT_CONFIG.calendar, timezone: 'Mars/Olympus' },
      ],
    ),
    critical: mostly([DEFAULT_CONFIG.critical], [{ ...DEFAULT_CONFIG.critical, phone: 'call us' }]),
    levels: mostly([[LEVEL, LEVEL], [LEVEL]], [[], [SILENT], 'all']),
    nextLevelDelayHours: mostly([1, 8, 60], [-1]),
    acknowledgeWithinHours: mostly([null, 1, 4, 60], [-2, 'soon']),
  },
  { requiredKeys: ['id', 'name', 'match'] },
);

/** Now and then a key no policy has. */
const policyOrOdd = fc.oneof(
  { arbitrary: policy, weight: 12 },
  { arbitrary: policy.map((p) => ({ ...p, language: 'en' })), weight: 1 },
);

/** The defaults with up to 4 policies (an unknown key now and then), or a broken policies list. */
const configs = fc.oneof(
  {
    arbitrary: fc.array(policyOrOdd, { maxLength: 4 }).map((policies) => ({ ...DEFAULT_CONFIG, policies })),
    weight: 8,
  },
  {
    arbitrary: fc.constantFrom(null, {}, 'platinum', [null]).map((policies) => ({ ...DEFAULT_CONFIG, policies })),
    weight: 1,
  },
);

describe('saveConfig with fuzzed policies', () => {
  it('accepts exactly what parseConfig accepts; a rejected save changes nothing', async () => {
    await freshSite(sb);
    const seen = await savesExactlyWhatParses(sb, configs, 150);
    // The generator must exercise both sides, and accept configurations that have policies.
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.rejected).toBeGreaterThan(0);
    expect(seen.withPolicies).toBeGreaterThan(0);
  });
});
