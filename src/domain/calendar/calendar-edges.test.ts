/**
 * Calendar edges the main tables do not reach: a southern-hemisphere clock change, opening hours given
 * out of order, a public holiday lasting several days, and a calendar that never opens.
 */
import { DateTime } from 'luxon';
import type { Calendar } from '../config/schema';
import { DAY_MS } from './days';
import { publicHolidayDays } from './holidays';
import { addBusinessTime, businessMinutesBetween, isBusinessTime, nextBusinessTime } from './index';
import { PARIS, PARIS_ALWAYS } from '../../../test/support/test-calendars';
import { zoneClock } from './zone-clock';

const inZone = (zone: string) => (local: string) => DateTime.fromISO(local, { zone }).toJSDate();
const sydney = inZone('Australia/Sydney');
const seoul = inZone('Asia/Seoul');
const wall = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe('Sydney: clocks go forward from 02:00 to 03:00 on Sunday 4 October 2026 (16:00 UTC on the 3rd)', () => {
  const JUMP = '2026-10-03T16:00:00.000Z';
  it.each([
    ['01:59, the last minute before the gap (AEST, +10)', wall(2026, 10, 4, 1, 59), '2026-10-03T15:59:00.000Z'],
    ['02:00, the gap opens: the jump', wall(2026, 10, 4, 2, 0), JUMP],
    ['02:30, inside the gap: the jump, on the same day', wall(2026, 10, 4, 2, 30), JUMP],
    ['03:00, the first wall time after the gap (AEDT, +11)', wall(2026, 10, 4, 3, 0), JUMP],
    ['03:30, after the gap', wall(2026, 10, 4, 3, 30), '2026-10-03T16:30:00.000Z'],
    [
      '02:30 on 5 April 2026, a repeated time (clocks back): the later instant',
      wall(2026, 4, 5, 2, 30),
      '2026-04-04T16:30:00.000Z',
    ],
  ])('wall time %s', (_name, t, expected) => {
    expect(new Date(zoneClock('Australia/Sydney').wallToUtc(t)).toISOString()).toBe(expected);
  });

  const SUNDAY_EARLY: Calendar = {
    timezone: 'Australia/Sydney',
    workingDays: [7],
    hours: [{ start: '02:30', end: '06:00' }],
    holidaysCountry: null,
    closedDates: [],
  };

  it('an opening that starts in the gap starts at the jump: 3 h of business time that night, not 3.5', () => {
    expect(businessMinutesBetween(sydney('2026-10-04T00:00'), sydney('2026-10-04T12:00'), SUNDAY_EARLY)).toBe(180);
    expect(nextBusinessTime(sydney('2026-10-04T00:00'), SUNDAY_EARLY)).toEqual(new Date(JUMP));
    expect(addBusinessTime(sydney('2026-10-04T00:00'), 60, SUNDAY_EARLY)).toEqual(sydney('2026-10-04T04:00'));
  });

  it.each([
    ['the night of the jump: the opening inside the gap is none, the next begins at 04:00', '2026-10-04', 60, '04:00'],
    ['the week before: both openings, 45 min and 1 h', '2026-09-27', 105, '02:00'],
  ])('02:00-02:45 and 04:00-05:00, %s', (_name, date, minutes, next) => {
    const inGap: Calendar = {
      ...SUNDAY_EARLY,
      hours: [
        { start: '02:00', end: '02:45' },
        { start: '04:00', end: '05:00' },
      ],
    };
    expect(businessMinutesBetween(sydney(`${date}T00:00`), sydney(`${date}T12:00`), inGap)).toBe(minutes);
    expect(nextBusinessTime(sydney(`${date}T00:00`), inGap)).toEqual(sydney(`${date}T${next}`));
  });

  it('the week before and the week after, the same opening lasts 3.5 h', () => {
    expect(businessMinutesBetween(sydney('2026-09-27T00:00'), sydney('2026-09-27T12:00'), SUNDAY_EARLY)).toBe(210);
    expect(businessMinutesBetween(sydney('2026-10-11T00:00'), sydney('2026-10-11T12:00'), SUNDAY_EARLY)).toBe(210);
  });
});

describe('opening hours given out of order are used in time order', () => {
  const SPLIT_REVERSED: Calendar = {
    ...PARIS,
    hours: [
      { start: '14:00', end: '18:00' },
      { start: '08:30', end: '12:00' },
    ],
  };
  const paris = inZone('Europe/Paris');

  it.each([
    ['Monday 07:00 + 1 h: the morning range first', '2026-03-09T07:00', 60, '2026-03-09T09:30'],
    ['Monday 11:30 + 1 h: 30 min before lunch, 30 min after', '2026-03-09T11:30', 60, '2026-03-09T14:30'],
    ['Monday 17:30 + 1 h: the next morning', '2026-03-09T17:30', 60, '2026-03-10T09:00'],
  ])('%s', (_name, start, minutes, expected) => {
    expect(addBusinessTime(paris(start), minutes, SPLIT_REVERSED)).toEqual(paris(expected));
  });

  it('a whole Monday counts 3.5 h + 4 h, and lunch is closed', () => {
    expect(businessMinutesBetween(paris('2026-03-09T00:00'), paris('2026-03-10T00:00'), SPLIT_REVERSED)).toBe(450);
    expect(isBusinessTime(paris('2026-03-09T13:00'), SPLIT_REVERSED)).toBe(false);
    expect(nextBusinessTime(paris('2026-03-09T12:30'), SPLIT_REVERSED)).toEqual(paris('2026-03-09T14:00'));
  });
});

describe('a public holiday lasting several days closes each of them (Korea, Seollal 2026)', () => {
  const KOREA: Calendar = {
    timezone: 'Asia/Seoul',
    workingDays: [1, 2, 3, 4, 5],
    hours: [{ start: '09:00', end: '18:00' }],
    holidaysCountry: 'KR',
    closedDates: [],
  };

  it('date-holidays lists Seollal as one 3-day public holiday from Tuesday 17 February', () => {
    const days = publicHolidayDays('KR', 2026);
    expect(
      ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => days.has(dayOf(d))),
    ).toEqual([false, true, true, true, false]);
  });

  it('business time stops on the first day and resumes on Friday 20 February', () => {
    expect(nextBusinessTime(seoul('2026-02-17T10:00'), KOREA)).toEqual(seoul('2026-02-20T09:00'));
    expect(addBusinessTime(seoul('2026-02-16T17:00'), 120, KOREA)).toEqual(seoul('2026-02-20T10:00'));
    expect(businessMinutesBetween(seoul('2026-02-16T00:00'), seoul('2026-02-21T00:00'), KOREA)).toBe(2 * 540);
  });
});

describe('a calendar that never opens: "no opening in 3,660 days"', () => {
  const START = '2026-01-01';
  /** Open every day, all day, except `closed` days in a row from 1 January 2026. */
  const closedFor = (closed: number): Calendar => ({
    ...PARIS_ALWAYS,
    timezone: 'UTC',
    closedDates: Array.from({ length: closed }, (_, i) => isoDay(dayOf(START) + i)),
  });
  const from = new Date(`${START}T00:00:00Z`);
  const NEVER: Calendar = { ...PARIS_ALWAYS, timezone: 'UTC', workingDays: [] };

  it.each([
    ['3,660 closed days, then an opening: found', 3660, `${isoDay(dayOf(START) + 3660)}T00:00:00.000Z`],
    ['3,661 closed days: refused', 3661, 'no opening in 3660 days'],
  ])('nextBusinessTime, %s', (_name, closed, expected) => {
    const run = () => nextBusinessTime(from, closedFor(closed)).toISOString();
    if (expected.startsWith('no opening'))
      expect(run).toThrow('The business calendar (UTC) has no opening in 3660 days');
    else expect(run()).toBe(expected);
  });

  it.each([
    ['3,660 closed days, then an opening: one minute into it', 3660, `${isoDay(dayOf(START) + 3660)}T00:01:00.000Z`],
    ['3,661 closed days: refused', 3661, 'no opening in 3660 days'],
  ])('addBusinessTime + 1 min, %s', (_name, closed, expected) => {
    const run = () => addBusinessTime(from, 1, closedFor(closed)).toISOString();
    if (expected.startsWith('no opening'))
      expect(run).toThrow('The business calendar (UTC) has no opening in 3660 days');
    else expect(run()).toBe(expected);
  });

  it('given no working day at all, both refuse with the zone named', () => {
    expect(() => nextBusinessTime(from, NEVER)).toThrow('The business calendar (UTC) has no opening in 3660 days');
    expect(() => addBusinessTime(from, 60, NEVER)).toThrow('The business calendar (UTC) has no opening in 3660 days');
  });

  it('addBusinessTime bounds the whole walk, not only closed days in a row (issue 14)', () => {
    // 3,000 closed days, one open day, 3,000 closed days: never 3,661 in a row, but 6,001 days in all.
    const closed = [...closedFor(3000).closedDates, ...closedFor(6001).closedDates.slice(3001)];
    const cal: Calendar = { ...closedFor(0), closedDates: closed };
    const minutes = 24 * 60 + 1; // the open day, plus one minute after the second closed stretch
    expect(() => addBusinessTime(from, minutes, cal)).toThrow('do not elapse within 3660 days');
  });
});
