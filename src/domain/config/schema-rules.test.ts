/**
 * The configuration's rules, one table row per side of each boundary and per cross-field rule:
 * the value just inside is accepted, the value just outside is refused with the rule's key.
 */
import { DEFAULT_CONFIG } from './defaults';
import { parseConfig } from './parse';
import type { Config } from './schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** 'accepted', or the error keys found at `path` (for a refusal). */
function verdict(change: (c: Loose) => void, path: string): string | string[] {
  const input = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
  change(input);
  const result = parseConfig(input);
  if (result.ok) return 'accepted';
  return result.errors.filter((e) => e.path === path).map((e) => e.key.replace('config.error.', ''));
}

/** The value parsed from a config changed by `change` (the config must be accepted). */
function parsed(change: (c: Loose) => void): Config {
  const input = structuredClone(DEFAULT_CONFIG) as unknown as Loose;
  change(input);
  const result = parseConfig(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const YEAR_OF_HOURS = 24 * 365; // 8,760 h
const WEEK_OF_MINUTES = 7 * 24 * 60; // 10,080 min
const repeat = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const range = (start: string, end: string) => ({ start, end });
const level = (notifyAssignee: boolean, groups: string[] = [], accountIds: string[] = []) => ({
  notifyAssignee,
  recipients: { groups, accountIds },
});

/** Delays on the 24x7 timer: the calendar no longer bounds them. */
const to24x7 = (c: Loose): Loose => {
  c.timer.mode = '24x7';
  return c;
};

type Row = [rule: string, change: (c: Loose) => void, path: string, expected: 'accepted' | string[]];

const hoursRows = (name: string, path: string, set: (c: Loose, v: number) => void): Row[] => [
  [`${name} of 0 h (the lowest delay)`, (c) => set(c, 0), path, 'accepted'],
  [`${name} of -0.01 h (just below 0)`, (c) => set(c, -0.01), path, ['negative']],
  // On the business calendar a year of hours cannot elapse within a year (issue 14): the ceiling is a 24x7 one.
  [`${name} of 8,760 h (one year, the ceiling)`, (c) => set(to24x7(c), YEAR_OF_HOURS), path, 'accepted'],
  [`${name} of 8,760.01 h (just above a year)`, (c) => set(to24x7(c), YEAR_OF_HOURS + 0.01), path, ['tooLarge']],
  [`${name} of 8,760 h on the business calendar`, (c) => set(c, YEAR_OF_HOURS), path, ['unreachable']],
];

describe('configuration boundaries: each limit, on both sides', () => {
  it.each<Row>([
    ...hoursRows('a matrix delay', 'matrix.moderate.low', (c, v) => (c.matrix.moderate.low = v)),
    ...hoursRows('the default delay', 'defaultDelayHours', (c, v) => (c.defaultDelayHours = v)),
    ...hoursRows('the next-level delay', 'escalation.nextLevelDelayHours', (c, v) => {
      c.escalation.nextLevelDelayHours = v;
    }),
    ['a cooldown of 0 min', (c) => (c.followUp.cooldownMinutes = 0), 'followUp.cooldownMinutes', 'accepted'],
    ['a cooldown of -1 min', (c) => (c.followUp.cooldownMinutes = -1), 'followUp.cooldownMinutes', ['negative']],
    [
      'a cooldown of 10,080 min (one week)',
      (c) => (c.followUp.cooldownMinutes = WEEK_OF_MINUTES),
      'followUp.cooldownMinutes',
      'accepted',
    ],
    [
      'a cooldown of 10,081 min',
      (c) => (c.followUp.cooldownMinutes = WEEK_OF_MINUTES + 1),
      'followUp.cooldownMinutes',
      ['tooLarge'],
    ],
    ['a cooldown of 1.5 min', (c) => (c.followUp.cooldownMinutes = 1.5), 'followUp.cooldownMinutes', ['integer']],
    ['details min 0', (c) => (c.escalation.detailsMin = 0), 'escalation.detailsMin', 'accepted'],
    ['details min -1', (c) => (c.escalation.detailsMin = -1), 'escalation.detailsMin', ['negative']],
    [
      'details max 1 (min 0)',
      (c) => Object.assign(c.escalation, { detailsMin: 0, detailsMax: 1 }),
      'escalation.detailsMax',
      'accepted',
    ],
    [
      'details max 0',
      (c) => Object.assign(c.escalation, { detailsMin: 0, detailsMax: 0 }),
      'escalation.detailsMax',
      ['negative'],
    ],
    ['details max 2,000', (c) => (c.escalation.detailsMax = 2000), 'escalation.detailsMax', 'accepted'],
    ['details max 2,001', (c) => (c.escalation.detailsMax = 2001), 'escalation.detailsMax', ['tooLarge']],
    [
      '5 levels (the most)',
      (c) => (c.escalation.levels = repeat(5, () => level(true))),
      'escalation.levels',
      'accepted',
    ],
    ['6 levels', (c) => (c.escalation.levels = repeat(6, () => level(true))), 'escalation.levels', ['tooMany']],
    [
      '6 ranges of hours (the most)',
      (c) => (c.calendar.hours = repeat(6, (i) => range(`0${i}:00`, `0${i}:30`))),
      'calendar.hours',
      'accepted',
    ],
    [
      '7 ranges of hours',
      (c) => (c.calendar.hours = repeat(7, (i) => range(`0${i}:00`, `0${i}:30`))),
      'calendar.hours',
      ['tooMany'],
    ],
    [
      'a day ending at 24:00',
      (c) => (c.calendar.hours = [range('00:00', '24:00')]),
      'calendar.hours.0.end',
      'accepted',
    ],
    [
      'a range ending at 24:01',
      (c) => (c.calendar.hours = [range('08:00', '24:01')]),
      'calendar.hours.0.end',
      ['time'],
    ],
    [
      'a range of one minute (08:00–08:01)',
      (c) => (to24x7(c).calendar.hours = [range('08:00', '08:01')]),
      'calendar.hours.0.end',
      'accepted',
    ],
    [
      'a range of zero minutes (08:00–08:00)',
      (c) => (c.calendar.hours = [range('08:00', '08:00')]),
      'calendar.hours.0.end',
      ['emptyHours'],
    ],
    [
      'working days Monday to Sunday (1…7)',
      (c) => (c.calendar.workingDays = [1, 2, 3, 4, 5, 6, 7]),
      'calendar.workingDays',
      'accepted',
    ],
    ['working day 0', (c) => (c.calendar.workingDays = [0]), 'calendar.workingDays.0', ['weekday']],
    ['working day 8', (c) => (c.calendar.workingDays = [8]), 'calendar.workingDays.0', ['weekday']],
    [
      '366 closed dates',
      (c) =>
        (to24x7(c).calendar.closedDates = repeat(366, (i) =>
          new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
        )),
      'calendar.closedDates',
      'accepted',
    ],
    [
      '367 closed dates',
      (c) =>
        (c.calendar.closedDates = repeat(367, (i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10))),
      'calendar.closedDates',
      ['tooMany'],
    ],
    [
      'a reason label of 120 characters',
      (c) => (c.escalation.reasons[0].label.en = 'x'.repeat(120)),
      'escalation.reasons.0.label.en',
      'accepted',
    ],
    [
      'a reason label of 121 characters',
      (c) => (c.escalation.reasons[0].label.en = 'x'.repeat(121)),
      'escalation.reasons.0.label.en',
      ['tooLong'],
    ],
    [
      'an account id of 128 characters',
      (c) => (c.followUp.fallbackRecipients.accountIds = ['a'.repeat(128)]),
      'followUp.fallbackRecipients.accountIds.0',
      'accepted',
    ],
    [
      'an account id of 129 characters',
      (c) => (c.followUp.fallbackRecipients.accountIds = ['a'.repeat(129)]),
      'followUp.fallbackRecipients.accountIds.0',
      ['accountId'],
    ],
    ['a phone number of 6 digits (12 34 56)', (c) => (c.critical.phone = '12 34 56'), 'critical.phone', 'accepted'],
    [
      'a phone number of 5 digits in 9 characters (1 2 3 4 5)',
      (c) => (c.critical.phone = '1 2 3 4 5'),
      'critical.phone',
      ['phone'],
    ],
  ])('%s: %#', (_rule, change, path, expected) => {
    expect(verdict(change, path)).toEqual(expected);
  });
});

describe('configuration cross-field rules', () => {
  it.each<Row>([
    [
      'details min equal to max (100 = 100)',
      (c) => Object.assign(c.escalation, { detailsMin: 100, detailsMax: 100 }),
      'escalation.detailsMin',
      'accepted',
    ],
    [
      'details min one above max (101 > 100)',
      (c) => Object.assign(c.escalation, { detailsMin: 101, detailsMax: 100 }),
      'escalation.detailsMin',
      ['detailsRange'],
    ],
    [
      'SLA mode with an SLA name',
      (c) => (c.timer = { mode: 'sla', slaName: 'Time to resolution' }),
      'timer.slaName',
      'accepted',
    ],
    [
      'SLA mode with no SLA name (null)',
      (c) => (c.timer = { mode: 'sla', slaName: null }),
      'timer.slaName',
      ['slaName'],
    ],
    ['SLA mode with an empty SLA name', (c) => (c.timer = { mode: 'sla', slaName: '' }), 'timer.slaName', ['slaName']],
    [
      'SLA mode with a blank SLA name (trimmed to empty)',
      (c) => (c.timer = { mode: 'sla', slaName: '   ' }),
      'timer.slaName',
      ['slaName'],
    ],
    [
      'business mode with no SLA name',
      (c) => (c.timer = { mode: 'business', slaName: null }),
      'timer.slaName',
      'accepted',
    ],
    [
      'a transition with its id',
      (c) => Object.assign(c.escalation.effects, { transition: true, transitionId: '31' }),
      'escalation.effects.transitionId',
      'accepted',
    ],
    [
      'a transition with no id',
      (c) => Object.assign(c.escalation.effects, { transition: true, transitionId: null }),
      'escalation.effects.transitionId',
      ['transitionId'],
    ],
    [
      'no transition and no id',
      (c) => Object.assign(c.escalation.effects, { transition: false, transitionId: null }),
      'escalation.effects.transitionId',
      'accepted',
    ],
    [
      'notify on, a level emailing a group only',
      (c) => (c.escalation.levels = [level(false, ['support'])]),
      'escalation.levels.0.recipients',
      'accepted',
    ],
    [
      'notify on, a level emailing account ids only',
      (c) => (c.escalation.levels = [level(false, [], ['acc-1'])]),
      'escalation.levels.0.recipients',
      'accepted',
    ],
    [
      'notify on, a level emailing nobody',
      (c) => (c.escalation.levels = [level(true), level(false)]),
      'escalation.levels.1.recipients',
      ['noRecipients'],
    ],
    [
      'hours that touch (08:00–12:00, 12:00–14:00)',
      (c) => (c.calendar.hours = [range('08:00', '12:00'), range('12:00', '14:00')]),
      'calendar.hours.1.start',
      'accepted',
    ],
    [
      'hours that overlap by one minute (08:00–12:01, 12:00–14:00)',
      (c) => (c.calendar.hours = [range('08:00', '12:01'), range('12:00', '14:00')]),
      'calendar.hours.1.start',
      ['overlap'],
    ],
    [
      'hours out of order that overlap (13:00–18:00, 08:00–13:01): the later range is named',
      (c) => (c.calendar.hours = [range('13:00', '18:00'), range('08:00', '13:01')]),
      'calendar.hours.0.start',
      ['overlap'],
    ],
    [
      'hours out of order, three ranges, the last overlapping the first',
      (c) => (c.calendar.hours = [range('14:00', '16:00'), range('08:00', '10:00'), range('09:30', '11:00')]),
      'calendar.hours.2.start',
      ['overlap'],
    ],
    [
      'an empty range among valid ones is not compared for overlap',
      (c) => (c.calendar.hours = [range('08:00', '12:00'), range('10:00', '10:00')]),
      'calendar.hours.1.start',
      [],
    ],
    [
      'working days with Monday twice',
      (c) => (c.calendar.workingDays = [1, 2, 1]),
      'calendar.workingDays',
      ['duplicate'],
    ],
    [
      'two reasons with the same id',
      (c) => (c.escalation.reasons[1].id = c.escalation.reasons[0].id),
      'escalation.reasons.1.id',
      ['duplicateReason'],
    ],
  ])('%s: %#', (_rule, change, path, expected) => {
    expect(verdict(change, path)).toEqual(expected);
  });
});

describe('configuration input trimming', () => {
  it('given a phone number with spaces around it, then it is stored trimmed', () => {
    expect(parsed((c) => (c.critical.phone = '  03 88 64 50 50  ')).critical.phone).toBe('03 88 64 50 50');
  });
  it('given an SLA name with spaces around it, then it is stored trimmed', () => {
    expect(parsed((c) => (c.timer = { mode: 'sla', slaName: ' Time to resolution ' })).timer.slaName).toBe(
      'Time to resolution',
    );
  });
  it('given a reason label and a group with spaces around them, then they are stored trimmed', () => {
    const config = parsed((c) => {
      c.escalation.reasons[0].label.fr = '  Pas de réponse ';
      c.followUp.fallbackRecipients.groups = [' support-n2 '];
    });
    expect(config.escalation.reasons[0].label.fr).toBe('Pas de réponse');
    expect(config.followUp.fallbackRecipients.groups).toEqual(['support-n2']);
  });
  it('given a label of spaces only, then it is refused as required', () => {
    expect(verdict((c) => (c.escalation.reasons[0].label.fr = '   '), 'escalation.reasons.0.label.fr')).toEqual([
      'required',
    ]);
  });
});
