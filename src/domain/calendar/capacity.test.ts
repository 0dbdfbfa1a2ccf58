import { DEFAULT_CONFIG } from '../config/defaults';
import type { Calendar } from '../config/schema';
import { addBusinessTime } from './business-time';
import { minBusinessMinutesPerYear } from './capacity';

const PARIS = DEFAULT_CONFIG.calendar;
const cal = (c: Partial<Calendar>): Calendar => ({ ...PARIS, ...c });

describe('minBusinessMinutesPerYear', () => {
  it.each<[string, Calendar, number]>([
    [
      '24 h a day, every day, no holidays',
      cal({ workingDays: [1, 2, 3, 4, 5, 6, 7], hours: [{ start: '00:00', end: '24:00' }], holidaysCountry: null }),
      364 * 1440 - 60,
    ],
    [
      'one hour on Mondays, no holidays',
      cal({ workingDays: [1], hours: [{ start: '08:00', end: '09:00' }], holidaysCountry: null }),
      52 * 60 - 60,
    ],
    [
      'one minute a week',
      cal({ workingDays: [1], hours: [{ start: '08:00', end: '08:01' }], holidaysCountry: null }),
      0,
    ],
    [
      'two closed Mondays',
      cal({
        workingDays: [1],
        hours: [{ start: '08:00', end: '09:00' }],
        holidaysCountry: null,
        closedDates: ['2026-03-02', '2026-03-09', '2026-03-10'],
      }),
      50 * 60 - 60,
    ],
  ])('%s', (_name, calendar, minutes) => expect(minBusinessMinutesPerYear(calendar)).toBe(minutes));

  it('the default calendar loses its public holidays', () => {
    const m = minBusinessMinutesPerYear(PARIS);
    expect(m).toBeLessThan(52 * 5 * 570 - 9 * 570);
    expect(m).toBeGreaterThan(52 * 5 * 570 - 15 * 570);
  });

  it('counts a public holiday once, even when it runs into the next sample year (Incwala, Eswatini, 2026-12-28 to 2027-01-02)', () => {
    const everyDay = cal({ workingDays: [1, 2, 3, 4, 5, 6, 7], hours: [{ start: '00:00', end: '24:00' }] });
    // 21 distinct holidays in the busiest 365 days (1 January 2027 is both New Year and Incwala), plus 1 spare.
    expect(minBusinessMinutesPerYear({ ...everyDay, holidaysCountry: 'SZ' })).toBe((364 - 21 - 1) * 1440 - 60);
  });

  it.each(['2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z', '2027-07-14T00:00:00Z', '2030-12-24T00:00:00Z'])(
    'the bound is always reached within a year from %s (default calendar)',
    (start) => {
      const from = new Date(start);
      const end = addBusinessTime(from, minBusinessMinutesPerYear(PARIS), PARIS);
      expect(end.getTime() - from.getTime()).toBeLessThanOrEqual(365 * 86_400_000);
    },
  );
});
