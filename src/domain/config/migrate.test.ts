/** Stored configurations of older schema versions load, upgraded one version at a time. */
import { DEFAULT_CONFIG } from './defaults';
import { migrateConfig, parseConfig } from './parse';
import { CONFIG_SCHEMA_VERSION, type Config } from './schema';

/** Tests break the config's types on purpose, so the copy is loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A deep copy of the defaults, changed by `mutate` (which may break the types on purpose). */
function defaultsWith(mutate: (c: Loose) => void): unknown {
  const copy = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
  mutate(copy);
  return copy;
}

describe('migrateConfig', () => {
  it('given a version-0 object (no schemaVersion, some sections), then it is upgraded with defaults for the rest', () => {
    const stored = {
      language: 'en',
      followUp: {
        cooldownMinutes: 10,
        fallbackRecipients: { groups: ['leads'], accountIds: [] },
        requiredBeforeEscalation: true,
      },
    };
    const result = migrateConfig(stored);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const expected: Config = {
      ...DEFAULT_CONFIG,
      ...stored,
      followUp: { ...stored.followUp, fallbackToProjectLead: true },
      language: 'en',
      schemaVersion: CONFIG_SCHEMA_VERSION,
    };
    expect(result.value).toEqual(expected);
    expect(result.value.followUp.cooldownMinutes).toBe(10);
    expect(result.value.matrix).toEqual(DEFAULT_CONFIG.matrix);
  });
  it('given an empty version-0 object, then it becomes the defaults', () => {
    expect(migrateConfig({})).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });
  it('given a version-0 object with an invalid value, then the errors come back', () => {
    const result = migrateConfig({ calendar: { ...DEFAULT_CONFIG.calendar, timezone: 'Nowhere/Else' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toContain('calendar.timezone');
  });
  it('given a current config, then it passes through unchanged', () => {
    expect(migrateConfig(structuredClone(DEFAULT_CONFIG))).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });
  it('given a version from the future, then it is refused (no downgrade)', () => {
    const result = migrateConfig({ ...DEFAULT_CONFIG, schemaVersion: CONFIG_SCHEMA_VERSION + 1 });
    expect(!result.ok && result.errors.map((e) => e.key)).toContain('config.error.schemaVersion');
  });
  it('given a non-object, then it is refused', () => {
    expect(migrateConfig('oops').ok).toBe(false);
  });
  it('given a version-1 config (before followUp.fallbackToProjectLead), then it gains the option, on', () => {
    const v1 = defaultsWith((c) => {
      c.schemaVersion = 1;
      delete c.followUp.fallbackToProjectLead;
      delete (c.escalation as Partial<typeof c.escalation>).acknowledgeWithinHours;
      delete (c.escalation as Partial<typeof c.escalation>).autoRaiseOnAcknowledgeTimeout;
    });
    // v1 → v2 → v3: the migrations chain.
    expect(migrateConfig(v1)).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });
  it('given a version-2 config (before the acknowledgement deadline), then it gains 4 hours and no automatic raise', () => {
    const v2 = defaultsWith((c) => {
      c.schemaVersion = 2;
      delete (c.escalation as Partial<typeof c.escalation>).acknowledgeWithinHours;
      delete (c.escalation as Partial<typeof c.escalation>).autoRaiseOnAcknowledgeTimeout;
    });
    const result = migrateConfig(v2);
    expect(result).toEqual({ ok: true, value: DEFAULT_CONFIG });
    expect(result.ok && result.value.escalation.acknowledgeWithinHours).toBe(4);
  });
  it('given a version-3 config (before closing reasons), then it gains the default closing reasons', () => {
    const v3 = defaultsWith((c) => {
      c.schemaVersion = 3;
      delete (c.escalation as Partial<typeof c.escalation>).closeReasons;
    });
    const result = migrateConfig(v3);
    expect(result).toEqual({ ok: true, value: DEFAULT_CONFIG });
    expect(result.ok && result.value.escalation.closeReasons.map((r) => [r.id, r.noteRequired])).toEqual([
      ['resolved', false],
      ['workaround', false],
      ['not-justified', false],
      ['other', true],
    ]);
  });
  it('given a version-2 config with a deadline already set (kept), then the value stays', () => {
    const v2 = defaultsWith((c) => {
      c.schemaVersion = 2;
      c.escalation.acknowledgeWithinHours = null;
    });
    const result = migrateConfig(v2);
    expect(result.ok && result.value.escalation.acknowledgeWithinHours).toBeNull();
  });
  it('given a version-1 config that set the option (not possible, but kept), then the value stays', () => {
    const v1 = defaultsWith((c) => {
      c.schemaVersion = 1;
      c.followUp.fallbackToProjectLead = false;
    });
    const result = migrateConfig(v1);
    expect(result.ok && result.value.followUp.fallbackToProjectLead).toBe(false);
  });

  it('given a stored version-5 config (before policies), then it loads unchanged as the default policy, with no other', () => {
    const v5 = defaultsWith((c) => {
      c.schemaVersion = 5;
      delete c.policies;
      c.language = 'en';
      c.defaultDelayHours = 12;
      c.calendar.timezone = 'America/Toronto';
      c.escalation.levels[1].recipients.groups = ['managers'];
    });
    const result = migrateConfig(v5);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toEqual({ ...(v5 as Config), schemaVersion: CONFIG_SCHEMA_VERSION, policies: [] });
  });
  it('given a stored version-1 config (no policies, none of the later options), then the whole chain v1 → v6 runs', () => {
    const v1 = defaultsWith((c) => {
      c.schemaVersion = 1;
      delete c.policies;
      delete c.followUp.fallbackToProjectLead;
      for (const k of ['acknowledgeWithinHours', 'autoRaiseOnAcknowledgeTimeout', 'closeReasons', 'autoOnSlaBreach'])
        delete c.escalation[k];
      c.matrix.minor.lowest = 80;
    });
    const result = migrateConfig(v1);
    expect(result).toEqual({
      ok: true,
      value: {
        ...DEFAULT_CONFIG,
        matrix: { ...DEFAULT_CONFIG.matrix, minor: { ...DEFAULT_CONFIG.matrix.minor, lowest: 80 } },
      },
    });
  });
  it('given a version-5 config, then parseConfig alone refuses it (saveConfig takes the current version only)', () => {
    const v5 = defaultsWith((c) => {
      c.schemaVersion = 5;
      delete c.policies;
    });
    expect(parseConfig(v5).ok).toBe(false);
  });

  // A malformed stored value is refused as a whole (the caller keeps the defaults): never migrated, never a throw.
  it.each([
    ['null', null],
    ['a string', 'oops'],
    ['a number', 42],
    ['an array (not a version-0 object)', []],
    ['an array of a config', [DEFAULT_CONFIG]],
  ])('given a stored value that is %s, then it is refused at the root as not an object', (_what, stored) => {
    const result = migrateConfig(stored);
    expect(!result.ok && result.errors.map((e) => [e.path, e.key])).toEqual([['', 'config.error.object']]);
  });

  it.each([
    ['a negative version', -1],
    ['a fractional version', 0.5],
  ])('given a stored config with %s, then it is refused on schemaVersion, never a throw', (_what, schemaVersion) => {
    const result = migrateConfig({ ...DEFAULT_CONFIG, schemaVersion });
    expect(!result.ok && result.errors.map((e) => e.key)).toContain('config.error.schemaVersion');
  });
});
