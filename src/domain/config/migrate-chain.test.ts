/**
 * Multi-step migrations: a configuration stored by any earlier version loads, upgraded one version at a time
 * through every later step, each step adding only its own keys with a fresh install's values and keeping what
 * was stored. A section that is not an object is never migrated into one: the schema refuses it.
 */
import { DEFAULT_CLOSE_REASONS, DEFAULT_CONFIG } from './defaults';
import { migrateConfig } from './parse';
import type { Config } from './schema';

/** Tests break the config's types on purpose, so the copy is loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** What each version added (docs: parse.ts's MIGRATIONS), removed from the defaults to rebuild an old stored config. */
const ADDED_IN: [version: number, remove: (c: Loose) => void][] = [
  [1, (c) => delete c.schemaVersion],
  [2, (c) => delete c.followUp.fallbackToProjectLead],
  [
    3,
    (c) => {
      delete c.escalation.acknowledgeWithinHours;
      delete c.escalation.autoRaiseOnAcknowledgeTimeout;
    },
  ],
  [4, (c) => delete c.escalation.closeReasons],
  [5, (c) => delete c.escalation.autoOnSlaBreach],
  [6, (c) => delete c.policies],
];

/** The defaults as version `stored` wrote them: every key a later version added is missing. */
function storedBy(stored: number, change: (c: Loose) => void = () => undefined): Loose {
  const copy = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
  for (const [version, remove] of ADDED_IN) if (version > stored) remove(copy);
  if (stored > 0) copy.schemaVersion = stored;
  change(copy);
  return copy;
}

function migrated(stored: unknown): Config {
  const result = migrateConfig(stored);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('a configuration stored by an earlier version goes through every later migration', () => {
  it.each([
    ['version 0 (no schemaVersion): 6 steps, 0 → 1 → 2 → 3 → 4 → 5 → 6', 0],
    ['version 1: 5 steps, 1 → 2 → 3 → 4 → 5 → 6', 1],
    ['version 2: 4 steps, 2 → 3 → 4 → 5 → 6', 2],
    ['version 3: 3 steps, 3 → 4 → 5 → 6', 3],
    ['version 4: 2 steps, 4 → 5 → 6', 4],
    ['version 5: 1 step, 5 → 6', 5],
  ])('%s: the defaults it stored load as today’s defaults', (_name, version) => {
    const stored = storedBy(version);
    expect(stored.policies).toBeUndefined();
    expect(migrated(stored)).toEqual(DEFAULT_CONFIG);
  });

  it('version 1 gains each later key with a fresh install’s value', () => {
    const config = migrated(storedBy(1));
    expect(config.followUp.fallbackToProjectLead).toBe(true);
    expect(config.escalation.acknowledgeWithinHours).toBe(4);
    expect(config.escalation.autoRaiseOnAcknowledgeTimeout).toBe(false);
    expect(config.escalation.closeReasons).toEqual(DEFAULT_CLOSE_REASONS);
    expect(config.escalation.autoOnSlaBreach).toEqual({ enabled: false, slaName: null });
    expect(config.policies).toEqual([]);
  });

  it('version 0 with only an old escalation section: its values stay, the three later steps add theirs', () => {
    const config = migrated({
      escalation: storedBy(0, (c) => (c.escalation.reasons = c.escalation.reasons.slice(0, 1))).escalation,
    });
    expect(config.escalation.reasons).toEqual(DEFAULT_CONFIG.escalation.reasons.slice(0, 1));
    expect(config.escalation.acknowledgeWithinHours).toBe(4);
    expect(config.escalation.closeReasons).toEqual(DEFAULT_CLOSE_REASONS);
    expect(config.escalation.autoOnSlaBreach).toEqual({ enabled: false, slaName: null });
    expect(config.followUp).toEqual(DEFAULT_CONFIG.followUp);
  });

  it.each([
    ['version 1 kept no project lead (false)', 1, (c: Loose) => (c.followUp.fallbackToProjectLead = false)],
    ['version 2 set a 2-hour deadline', 2, (c: Loose) => (c.escalation.acknowledgeWithinHours = 2)],
    ['version 2 set the automatic raise on', 2, (c: Loose) => (c.escalation.autoRaiseOnAcknowledgeTimeout = true)],
    ['version 3 had one closing reason', 3, (c: Loose) => (c.escalation.closeReasons = [DEFAULT_CLOSE_REASONS[0]])],
    [
      'version 4 had the SLA-breach escalation on',
      4,
      (c: Loose) => (c.escalation.autoOnSlaBreach = { enabled: true, slaName: 'Time to resolution' }),
    ],
  ])('%s (a key of a later step, already there): the stored value wins', (_name, version, set) => {
    const stored = storedBy(version, set);
    const expected = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
    set(expected);
    expect(migrated(stored)).toEqual(expected);
  });

  it.each([
    ['version 1, followUp null', 1, 'followUp', null],
    ['version 1, followUp an array', 1, 'followUp', []],
    ['version 2, escalation a string', 2, 'escalation', 'none'],
    ['version 3, escalation null', 3, 'escalation', null],
    ['version 4, escalation an array', 4, 'escalation', [{}]],
    ['version 5, escalation null', 5, 'escalation', null],
  ])('%s: the section is not made an object, it is refused (never a throw)', (_name, version, section, value) => {
    const result = migrateConfig(storedBy(version, (c) => (c[section] = value)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toContain(section);
  });
});
