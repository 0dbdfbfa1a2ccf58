import fc from 'fast-check';
import type { Calendar } from '../config/schema';
import { addBusinessTime, businessMinutesBetween, isBusinessTime } from './index';
import { NIGHT_SHIFT, PARIS, PARIS_ALWAYS, PARIS_SPLIT } from '../../../test/support/test-calendars';

const CALENDARS: [string, Calendar][] = [
  ['Paris default', PARIS],
  ['Paris split hours', PARIS_SPLIT],
  ['Paris 24/7 calendar (DST days of 23 h and 25 h)', PARIS_ALWAYS],
  ['night shift ending at 24:00', NIGHT_SHIFT],
  [
    'Alsace-Moselle with a closed date',
    { ...PARIS, holidaysCountry: 'FR-67', closedDates: ['2026-08-14', '2027-05-07'] },
  ],
  [
    'New York, Sunday–Thursday',
    {
      timezone: 'America/New_York',
      workingDays: [7, 1, 2, 3, 4],
      hours: [{ start: '09:00', end: '17:00' }],
      holidaysCountry: 'US',
      closedDates: [],
    },
  ],
  [
    'Sydney (southern DST), early start',
    {
      timezone: 'Australia/Sydney',
      workingDays: [1, 2, 3, 4, 5, 6],
      hours: [
        { start: '01:30', end: '03:30' },
        { start: '07:00', end: '19:00' },
      ],
      holidaysCountry: 'AU',
      closedDates: [],
    },
  ],
  [
    'Kolkata (UTC+05:30), no holidays',
    {
      timezone: 'Asia/Kolkata',
      workingDays: [1, 2, 3, 4, 5],
      hours: [{ start: '10:00', end: '18:30' }],
      holidaysCountry: null,
      closedDates: [],
    },
  ],
];

// Instants from 2025 to 2028, so every case crosses DST changes and Easter-based holidays.
const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }).map((t) => new Date(t));
// Up to 200 business hours, in whole minutes.
const minutes = fc.integer({ min: 1, max: 200 * 60 });

describe.each(CALENDARS)('calendar properties: %s', (_name, cal) => {
  it('adding m business minutes then measuring gives m back, from any start', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 200 * 60 }), (start, m) => {
        expect(businessMinutesBetween(start, addBusinessTime(start, m, cal), cal)).toBe(m);
      }),
      { numRuns: 150 },
    );
  });

  it('adding then measuring gives m back from a start in business time', () => {
    const openStart = instant.filter((t) => isBusinessTime(t, cal));
    fc.assert(
      fc.property(openStart, minutes, (start, m) => {
        expect(businessMinutesBetween(start, addBusinessTime(start, m, cal), cal)).toBe(m);
      }),
      { numRuns: 100 },
    );
  });

  it('the result (m > 0) is never in closed hours: it is in an opening or exactly at its end', () => {
    fc.assert(
      fc.property(instant, minutes, (start, m) => {
        const end = addBusinessTime(start, m, cal);
        // The millisecond before the result is business time, so the result lies in (opening start, opening end].
        expect(isBusinessTime(new Date(end.getTime() - 1), cal)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('is strictly increasing in m', () => {
    fc.assert(
      fc.property(instant, minutes, minutes, (start, m1, m2) => {
        fc.pre(m1 !== m2);
        const [lo, hi] = m1 < m2 ? [m1, m2] : [m2, m1];
        expect(addBusinessTime(start, lo, cal).getTime()).toBeLessThan(addBusinessTime(start, hi, cal).getTime());
      }),
      { numRuns: 100 },
    );
  });

  it('gives the earliest instant: t >= addBusinessTime(s, m) exactly when businessMinutesBetween(s, t) >= m', () => {
    fc.assert(
      fc.property(instant, minutes, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), (start, m, shift) => {
        const at = addBusinessTime(start, m, cal).getTime();
        const t = new Date(at + shift);
        expect(businessMinutesBetween(start, t, cal) >= m).toBe(t.getTime() >= at);
      }),
      { numRuns: 150 },
    );
  });

  it('measures additively and never more than the elapsed time', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime());
        const ab = businessMinutesBetween(a, b, cal);
        const bc = businessMinutesBetween(b, c, cal);
        expect(ab + bc).toBeCloseTo(businessMinutesBetween(a, c, cal), 6);
        expect(ab).toBeLessThanOrEqual((b.getTime() - a.getTime()) / 60_000);
        if (b.getTime() > a.getTime()) expect(businessMinutesBetween(b, a, cal)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('isBusinessTime agrees with the measure of the next millisecond', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const counted = businessMinutesBetween(t, new Date(t.getTime() + 1), cal) > 0;
        expect(isBusinessTime(t, cal)).toBe(counted);
      }),
      { numRuns: 300 },
    );
  });
});
