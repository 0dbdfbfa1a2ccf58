/**
 * The configuration's rules, one table row per side of each boundary and per cross-field rule:
 * the value just inside is accepted, the value just outside is refused with the rule's key.
 */
import {
  hoursRows,
  level,
  range,
  repeat,
  to24x7,
  verdict,
  WEEK_OF_MINUTES,
  type Row,
} from '../../../test/support/config-rules';

describe('configuration boundaries: each limit, on both sides', () => {
  it.each<Row>([
    ...hoursRows('a matrix delay', 'matrix.moderate.low', (c, v) => (c.matrix.moderate.low = v)),
    ...hoursRows('the default delay', 'defaultDelayHours', (c, v) => (c.defaultDelayHours = v)),
    ...hoursRows('the next-level delay', 'escalation.nextLevelDelayHours', (c, v) => {
      c.escalation.nextLevelDelayHours = v;
    }),
    ...hoursRows('the acknowledgement deadline', 'escalation.acknowledgeWithinHours', (c, v) => {
      c.escalation.acknowledgeWithinHours = v;
    }),
    ['no closing reason', (c) => (c.escalation.closeReasons = []), 'escalation.closeReasons', ['noReasons']],
    [
      'two closing reasons with the same id',
      (c) => (c.escalation.closeReasons = [c.escalation.closeReasons[0], c.escalation.closeReasons[0]]),
      'escalation.closeReasons.1.id',
      ['duplicateReason'],
    ],
    [
      'a closing reason id with a capital letter',
      (c) => (c.escalation.closeReasons[0].id = 'Resolved'),
      'escalation.closeReasons.0.id',
      ['reasonId'],
    ],
    [
      'no acknowledgement deadline (null)',
      (c) => (c.escalation.acknowledgeWithinHours = null),
      'escalation.acknowledgeWithinHours',
      'accepted',
    ],
    [
      'an acknowledgement deadline given as text',
      (c) => (c.escalation.acknowledgeWithinHours = '4'),
      'escalation.acknowledgeWithinHours',
      ['number'],
    ],
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
