import { translate } from '../../i18n/translate';
import { DEFAULT_CONFIG } from './defaults';
import { parseConfig, type ConfigFieldError } from './parse';
import type { Config } from './schema';

/** Tests break the config's types on purpose, so the copy is loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** A deep copy of the defaults, changed by `mutate` (which may break the types on purpose). */
function defaultsWith(mutate: (c: Loose) => void): unknown {
  const copy = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
  mutate(copy);
  return copy;
}

function errorsOf(input: unknown): ConfigFieldError[] {
  const result = parseConfig(input);
  if (result.ok) throw new Error('expected the configuration to be refused');
  return result.errors;
}

describe('parseConfig: the defaults', () => {
  it('given DEFAULT_CONFIG, then it parses to the same value', () => {
    expect(parseConfig(DEFAULT_CONFIG)).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });
  it('given DEFAULT_CONFIG through JSON (export then import), then it parses', () => {
    expect(parseConfig(JSON.parse(JSON.stringify(DEFAULT_CONFIG))).ok).toBe(true);
  });
  it('given notify off, then a level with no recipient is accepted', () => {
    const input = defaultsWith((c) => {
      c.escalation.effects.notify = false;
      c.escalation.levels[0].notifyAssignee = false;
    });
    expect(parseConfig(input).ok).toBe(true);
  });
  it('given the 24/7 timer and two non-overlapping ranges, then it parses', () => {
    const input = defaultsWith((c) => {
      c.timer.mode = '24x7';
      c.calendar.hours = [
        { start: '13:00', end: '18:00' },
        { start: '08:30', end: '12:00' },
      ];
    });
    expect(parseConfig(input).ok).toBe(true);
  });
});

describe('parseConfig: -0 (JSON storage writes it as 0)', () => {
  it.each([
    ['defaultDelayHours', (c: Loose) => (c.defaultDelayHours = -0), (c: Config) => c.defaultDelayHours],
    ['a matrix cell', (c: Loose) => (c.matrix.minor.low = -0), (c: Config) => c.matrix.minor.low],
    [
      'followUp.cooldownMinutes',
      (c: Loose) => (c.followUp.cooldownMinutes = -0),
      (c: Config) => c.followUp.cooldownMinutes,
    ],
  ])('given %s = -0, then it parses as +0, the value a JSON round trip gives back', (_name, set, get) => {
    const result = parseConfig(defaultsWith(set));
    if (!result.ok) throw new Error('expected -0 to be accepted');
    expect(Object.is(get(result.value), 0)).toBe(true);
    expect(parseConfig(JSON.parse(JSON.stringify(result.value)))).toEqual(result);
  });
});

describe('parseConfig: a "__proto__" key from JSON', () => {
  it('given {"__proto__": …} at the top, then it is refused as an unknown key (not taken as a prototype)', () => {
    const input = JSON.parse(`{"__proto__": {"x": -0}, ${JSON.stringify(DEFAULT_CONFIG).slice(1)}`) as unknown;
    expect(errorsOf(input).map((e) => e.path)).toEqual(['__proto__']);
  });
});

describe('parseConfig: rejected cases', () => {
  describe.each<{ given: string; mutate: (c: Loose) => void; path: string; key: string }>([
    {
      given: 'a negative matrix delay',
      mutate: (c) => (c.matrix.moderate.low = -1),
      path: 'matrix.moderate.low',
      key: 'config.error.negative',
    },
    {
      given: 'a non-finite matrix delay',
      mutate: (c) => (c.matrix.minor.lowest = Infinity),
      path: 'matrix.minor.lowest',
      key: 'config.error.cell',
    },
    {
      given: 'a NaN matrix delay',
      mutate: (c) => (c.matrix.minor.high = NaN),
      path: 'matrix.minor.high',
      key: 'config.error.cell',
    },
    {
      given: 'a holidays code date-holidays does not know',
      mutate: (c) => (c.calendar.holidaysCountry = 'ZZ'),
      path: 'calendar.holidaysCountry',
      key: 'config.error.country',
    },
    {
      given: 'an impossible closed date',
      mutate: (c) => (c.calendar.closedDates = ['2026-02-30']),
      path: 'calendar.closedDates.0',
      key: 'config.error.date',
    },
    {
      given: 'a negative default delay',
      mutate: (c) => (c.defaultDelayHours = -2),
      path: 'defaultDelayHours',
      key: 'config.error.negative',
    },
    {
      given: 'an infinite next-level delay',
      mutate: (c) => (c.escalation.nextLevelDelayHours = Infinity),
      path: 'escalation.nextLevelDelayHours',
      key: 'config.error.number',
    },
    {
      given: 'a negative next-level delay',
      mutate: (c) => (c.escalation.nextLevelDelayHours = -8),
      path: 'escalation.nextLevelDelayHours',
      key: 'config.error.negative',
    },
    {
      given: 'a negative cooldown',
      mutate: (c) => (c.followUp.cooldownMinutes = -1),
      path: 'followUp.cooldownMinutes',
      key: 'config.error.negative',
    },
    {
      given: 'an unknown time zone',
      mutate: (c) => (c.calendar.timezone = 'Europe/Atlantis'),
      path: 'calendar.timezone',
      key: 'config.error.timezone',
    },
    {
      given: 'overlapping business hours',
      mutate: (c) =>
        (c.calendar.hours = [
          { start: '08:00', end: '12:00' },
          { start: '11:30', end: '18:00' },
        ]),
      path: 'calendar.hours.1.start',
      key: 'config.error.overlap',
    },
    {
      given: 'no business hours',
      mutate: (c) => (c.calendar.hours = []),
      path: 'calendar.hours',
      key: 'config.error.noHours',
    },
    {
      given: 'an empty range of business hours',
      mutate: (c) => (c.calendar.hours = [{ start: '10:00', end: '10:00' }]),
      path: 'calendar.hours.0.end',
      key: 'config.error.emptyHours',
    },
    {
      given: 'a range that ends before it starts',
      mutate: (c) => (c.calendar.hours = [{ start: '18:00', end: '08:30' }]),
      path: 'calendar.hours.0.end',
      key: 'config.error.emptyHours',
    },
    {
      given: 'a malformed time',
      mutate: (c) => (c.calendar.hours[0].start = '8h30'),
      path: 'calendar.hours.0.start',
      key: 'config.error.time',
    },
    {
      given: 'no working day',
      mutate: (c) => (c.calendar.workingDays = []),
      path: 'calendar.workingDays',
      key: 'config.error.noWorkingDays',
    },
    {
      given: 'a phone number with letters',
      mutate: (c) => (c.critical.phone = 'call us'),
      path: 'critical.phone',
      key: 'config.error.phone',
    },
    {
      given: 'a phone number too short',
      mutate: (c) => (c.critical.phone = '12'),
      path: 'critical.phone',
      key: 'config.error.phone',
    },
    {
      given: 'an empty phone number',
      mutate: (c) => (c.critical.phone = ''),
      path: 'critical.phone',
      key: 'config.error.phone',
    },
    {
      given: 'an empty reason list',
      mutate: (c) => (c.escalation.reasons = []),
      path: 'escalation.reasons',
      key: 'config.error.noReasons',
    },
    {
      given: 'duplicate reason ids',
      mutate: (c) => (c.escalation.reasons[2].id = 'no-answer'),
      path: 'escalation.reasons.2.id',
      key: 'config.error.duplicateReason',
    },
    {
      given: 'a level without recipients while notify is on',
      mutate: (c) => (c.escalation.levels[1].notifyAssignee = false),
      path: 'escalation.levels.1.recipients',
      key: 'config.error.noRecipients',
    },
    {
      given: 'no level',
      mutate: (c) => (c.escalation.levels = []),
      path: 'escalation.levels',
      key: 'config.error.noLevels',
    },
    {
      given: 'an unknown top-level key',
      mutate: (c) => (c.colour = 'blue'),
      path: 'colour',
      key: 'config.error.unknownKey',
    },
    {
      given: 'an unknown nested key',
      mutate: (c) => (c.calendar.lunchBreak = true),
      path: 'calendar.lunchBreak',
      key: 'config.error.unknownKey',
    },
    {
      given: 'an unknown key in a matrix row',
      mutate: (c) => (c.matrix.minor.urgent = 4),
      path: 'matrix.minor.urgent',
      key: 'config.error.unknownKey',
    },
    {
      given: 'SLA mode without an SLA name',
      mutate: (c) => (c.timer = { mode: 'sla', slaName: null }),
      path: 'timer.slaName',
      key: 'config.error.slaName',
    },
    {
      given: 'a minimum details length above the maximum',
      mutate: (c) => {
        c.escalation.detailsMin = 500;
        c.escalation.detailsMax = 100;
      },
      path: 'escalation.detailsMin',
      key: 'config.error.detailsRange',
    },
  ])('given $given', ({ mutate, path, key }) => {
    // Parsed inside each test, not in the describe body: Stryker (ignoreStatic) only sees code run in tests.
    const errorAt = () => errorsOf(defaultsWith(mutate)).find((e) => e.path === path);

    it(`then it is refused at "${path}" with ${key}`, () => {
      const error = errorAt();
      expect(error).toBeDefined();
      expect(error?.key).toBe(key);
    });

    it('then the message exists in French and in English', () => {
      const error = errorAt();
      const fr = translate('fr', error!.key, error!.params);
      const en = translate('en', error!.key, error!.params);
      expect(fr).toBeTruthy();
      expect(en).toBeTruthy();
      expect(fr).not.toBe(key);
      expect(en).not.toBe(key);
      expect(fr).not.toBe(en);
      expect(error?.params).toEqual(key.endsWith('unknownKey') ? { key: path.split('.').pop()! } : undefined);
    });
  });

  it('given an unknown key, then the message names it in both languages', () => {
    const [error] = errorsOf(defaultsWith((c) => (c.colour = 'blue')));
    expect(translate('en', error.key, error.params)).toContain('colour');
    expect(translate('fr', error.key, error.params)).toContain('colour');
  });

  it.each([null, 'config', 42, []])('given %j, then it is refused as a whole', (input) => {
    expect(errorsOf(input)).toEqual([expect.objectContaining({ path: '', key: 'config.error.object' })]);
  });
});
