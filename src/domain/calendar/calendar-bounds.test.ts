/**
 * Calendar rules the mutation run found unheld (issue 16): the yearly capacity's windows and caps, a zone read
 * across years in both directions, an offset change in a year's last UTC day, a DST gap west of Greenwich, and the
 * refusal's message.
 */
import { DEFAULT_CONFIG } from '../config/defaults';
import type { Calendar } from '../config/schema';
import { addBusinessTime, nextBusinessTime } from './business-time';
import { minBusinessMinutesPerYear } from './capacity';
import { zoneClock } from './zone-clock';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const ONE_HOUR = [{ start: '08:00', end: '09:00' }];
const cal = (c: Partial<Calendar>): Calendar => ({ ...DEFAULT_CONFIG.calendar, holidaysCountry: null, ...c });

describe('minBusinessMinutesPerYear: closed dates in any 365 days, holidays of two years, the cap', () => {
  it.each<[string, Partial<Calendar>, number]>([
    ['two closed days 364 days apart: the same window, 2 lost', { closedDates: ['2026-01-01', '2026-12-31'] }, 2],
    ['two closed days 365 days apart: never in one window, 1 lost', { closedDates: ['2026-01-01', '2027-01-01'] }, 1],
    [
      'closed dates given out of order (sorted first): 2 in a window, not 3',
      { closedDates: ['2027-06-01', '2026-01-05', '2026-01-06'] },
      2,
    ],
    ['the same date twice: 1 lost', { closedDates: ['2026-01-05', '2026-01-05'] }, 1],
  ])('%s', (_name, change, lost) => {
    const calendar = cal({ workingDays: EVERY_DAY, hours: ONE_HOUR, ...change });
    expect(minBusinessMinutesPerYear(calendar)).toBe((364 - lost) * 60 - 60);
  });

  it.each<[string, string[], number]>([
    ['30 closed Mondays and Tuesdays of 104: 74 days left', closedMondaysAndTuesdays(30), (104 - 30) * 60 - 60],
    ['every Monday and Tuesday of the year closed: nothing left (never negative)', closedMondaysAndTuesdays(104), 0],
  ])('%s', (_name, closedDates, minutes) => {
    const calendar = cal({ workingDays: [1, 2], hours: ONE_HOUR, closedDates });
    expect(minBusinessMinutesPerYear(calendar)).toBe(minutes);
  });

  it('France: 12 public holidays fit in 365 days across 2026–2027 (6 April 2026 to 1 January 2027 and 29 March 2027), plus one spare', () => {
    const minutes = minBusinessMinutesPerYear(DEFAULT_CONFIG.calendar);
    const dayMinutes = 570; // 08:30–18:00
    expect(minutes).toBe((52 * 5 - 13) * dayMinutes - 60);
  });
});

/** The first `n` Mondays and Tuesdays from Monday 5 January 2026. */
function closedMondaysAndTuesdays(n: number): string[] {
  const out: string[] = [];
  for (let day = Date.UTC(2026, 0, 5); out.length < n; day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 1 || weekday === 2) out.push(new Date(day).toISOString().slice(0, 10));
  }
  return out;
}

describe('zoneClock: offsets of any year, whatever was read before', () => {
  it.each([
    ['Paris, 2027 winter then 2026 summer (an earlier year)', '2027-01-15T12:00:00Z', '2026-07-01T12:00:00Z', 120],
    ['Paris, 2026 winter then 2027 summer (a later year)', '2026-03-01T12:00:00Z', '2027-07-01T12:00:00Z', 120],
    ['Paris, 2027 summer then 2026 winter', '2027-07-01T12:00:00Z', '2026-12-01T12:00:00Z', 60],
  ])('%s', (_name, first, then, offset) => {
    const clock = zoneClock('Europe/Paris');
    clock.offsetAt(Date.parse(first));
    expect(clock.offsetAt(Date.parse(then))).toBe(offset);
  });

  it('Dhaka’s DST ended at 23:59 on 31 December 2009, in the year’s last UTC day: +7 h before, +6 h after', () => {
    const clock = zoneClock('Asia/Dhaka');
    expect(clock.offsetAt(Date.parse('2009-12-31T12:00:00Z'))).toBe(420);
    expect(clock.offsetAt(Date.parse('2009-12-31T18:00:00Z'))).toBe(360);
  });
});

describe('a DST gap west of Greenwich: New York springs forward from 02:00 to 03:00 on 8 March 2026 (07:00 UTC)', () => {
  const NEW_YORK = cal({ timezone: 'America/New_York', workingDays: EVERY_DAY, closedDates: [] });
  it.each([
    ['an opening at 02:30 (skipped) starts at the jump', '02:30', '2026-03-08T07:00:00.000Z'],
    ['an opening at 02:00 (the gap opens) starts at the jump', '02:00', '2026-03-08T07:00:00.000Z'],
    ['an opening at 03:00 (after the gap) starts at the jump too', '03:00', '2026-03-08T07:00:00.000Z'],
    ['an opening at 01:59 (before the gap): 06:59 UTC', '01:59', '2026-03-08T06:59:00.000Z'],
  ])('%s', (_name, start, expected) => {
    const calendar = { ...NEW_YORK, hours: [{ start, end: '12:00' }] };
    expect(nextBusinessTime(new Date('2026-03-08T04:00:00Z'), calendar).toISOString()).toBe(expected);
  });
});

describe('addBusinessTime refuses a negative or non-finite amount, saying which', () => {
  it.each([
    [-5, 'Business minutes must be a finite number >= 0, got -5'],
    [Number.POSITIVE_INFINITY, 'Business minutes must be a finite number >= 0, got Infinity'],
  ])('%s', (minutes, message) => {
    expect(() => addBusinessTime(new Date('2026-03-02T09:00:00Z'), minutes, DEFAULT_CONFIG.calendar)).toThrow(message);
  });
});
