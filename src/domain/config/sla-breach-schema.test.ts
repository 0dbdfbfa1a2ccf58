/**
 * `escalation.autoOnSlaBreach` (schema v5): its rules, one row per side, and the migration of older stored
 * configurations (v4 and before), which gain the option turned off.
 */
import { parsed, verdict, type Loose, type Row } from '../../../test/support/config-rules';
import { DEFAULT_CONFIG } from './defaults';
import { migrateConfig } from './parse';
import { CONFIG_SCHEMA_VERSION } from './schema';

const PATH = 'escalation.autoOnSlaBreach';
const turnOn = (c: Loose, slaName: unknown) => (c.escalation.autoOnSlaBreach = { enabled: true, slaName });

describe('escalation.autoOnSlaBreach rules', () => {
  it.each<Row>([
    ['off by default', () => undefined, PATH, 'accepted'],
    ['on with an SLA name', (c) => turnOn(c, 'Time to resolution'), `${PATH}.slaName`, 'accepted'],
    ['on without an SLA name', (c) => turnOn(c, null), `${PATH}.slaName`, ['slaName']],
    ['on with spaces for a name', (c) => turnOn(c, '   '), `${PATH}.slaName`, ['slaName']],
    ['on with a 255-character name', (c) => turnOn(c, 'x'.repeat(255)), `${PATH}.slaName`, 'accepted'],
    ['on with a 256-character name', (c) => turnOn(c, 'x'.repeat(256)), `${PATH}.slaName`, ['tooLong']],
    ['off without a name', (c) => (c.escalation.autoOnSlaBreach = { enabled: false, slaName: null }), PATH, 'accepted'],
    [
      'on while the escalade property effect is off (the sweep could not tell escalated requests)',
      (c) => {
        turnOn(c, 'Time to resolution');
        c.escalation.effects.issueProperty = false;
      },
      `${PATH}.enabled`,
      ['slaBreachProperty'],
    ],
    [
      'the property effect off with the option off',
      (c) => (c.escalation.effects.issueProperty = false),
      `${PATH}.enabled`,
      'accepted',
    ],
    ['enabled given as text', (c) => (c.escalation.autoOnSlaBreach.enabled = 'yes'), `${PATH}.enabled`, ['boolean']],
    ['the section missing', (c) => delete c.escalation.autoOnSlaBreach, PATH, ['object']],
    ['an unknown key in it', (c) => (c.escalation.autoOnSlaBreach.level = 2), `${PATH}.level`, ['unknownKey']],
  ])('%s: %#', (_rule, change, path, expected) => {
    expect(verdict(change, path)).toEqual(expected);
  });

  it('given an SLA name with spaces around it, then it is stored trimmed', () => {
    expect(parsed((c) => turnOn(c, ' Time to resolution ')).escalation.autoOnSlaBreach.slaName).toBe(
      'Time to resolution',
    );
  });
});

describe('migration to schema v5', () => {
  const stored = (version: number, drop: (c: Loose) => void) => {
    const c = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
    c.schemaVersion = version;
    drop(c);
    return c;
  };

  it('given a stored v4 config, then it gains the option turned off and keeps every other value', () => {
    const v4 = stored(4, (c) => {
      delete c.escalation.autoOnSlaBreach;
      c.escalation.acknowledgeWithinHours = 2;
      c.language = 'en';
    });
    const result = migrateConfig(v4);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
    expect(result.value.escalation.autoOnSlaBreach).toEqual({ enabled: false, slaName: null });
    expect(result.value.escalation.acknowledgeWithinHours).toBe(2);
    expect(result.value.language).toBe('en');
  });

  it('given a stored v2 config (older), then the chain v2 → v3 → v4 → v5 → v6 brings it to the defaults', () => {
    const v2 = stored(2, (c) => {
      delete c.escalation.autoOnSlaBreach;
      delete c.escalation.closeReasons;
      delete c.escalation.acknowledgeWithinHours;
      delete c.escalation.autoRaiseOnAcknowledgeTimeout;
    });
    expect(migrateConfig(v2)).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });

  it('given a version-0 config (no schemaVersion), then it ends at the current version with the option off', () => {
    const result = migrateConfig({ language: 'en' });
    expect(result.ok && result.value.escalation.autoOnSlaBreach).toEqual({ enabled: false, slaName: null });
    expect(result.ok && result.value.schemaVersion).toBe(CONFIG_SCHEMA_VERSION);
  });

  it('given a v4 config whose escalation section is malformed, then it is refused, never a throw', () => {
    const result = migrateConfig(stored(4, (c) => (c.escalation = 'oops')));
    expect(!result.ok && result.errors.map((e) => [e.path, e.key])).toContainEqual([
      'escalation',
      'config.error.object',
    ]);
  });
});
