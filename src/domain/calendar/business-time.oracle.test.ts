import Holidays from 'date-holidays';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Calendar } from '../config/schema';
import { addBusinessTime, businessMinutesBetween, isBusinessTime } from './index';
import { NIGHT_SHIFT, PARIS, PARIS_SPLIT } from '../../../test/support/test-calendars';

/**
 * Cross-checks the day-by-day walk against a naive oracle that looks at every minute through luxon:
 * a minute is business time when its local weekday, date and wall-clock time say so. Ranges are
 * drawn around DST changes, Easter-based holidays and at random.
 */

const MIN = 60_000;

function oracle(cal: Calendar): (t: number) => boolean {
  const holidays = new Set<string>();
  if (cal.holidaysCountry) {
    const [country, state] = cal.holidaysCountry.split('-');
    const hd = state ? new Holidays(country, state) : new Holidays(country);
    for (let y = 2024; y <= 2029; y++) {
      for (const h of hd.getHolidays(y)) if (h.type === 'public') holidays.add(h.date.slice(0, 10));
    }
  }
  const spans = cal.hours.map((h) => {
    const [sh, sm] = h.start.split(':').map(Number);
    const [eh, em] = h.end.split(':').map(Number);
    return [sh * 60 + sm, eh * 60 + em] as const;
  });
  return (t) => {
    const local = DateTime.fromMillis(t, { zone: cal.timezone });
    const date = local.toISODate() as string;
    if (!cal.workingDays.includes(local.weekday) || holidays.has(date) || cal.closedDates.includes(date)) return false;
    const m = local.hour * 60 + local.minute;
    return spans.some(([s, e]) => s <= m && m < e);
  };
}

const CALENDARS: [string, Calendar][] = [
  ['Paris default', PARIS],
  ['Paris split hours with a closed date', { ...PARIS_SPLIT, closedDates: ['2026-03-30'] }],
  ['night shift ending at 24:00', NIGHT_SHIFT],
  ['Alsace-Moselle', { ...PARIS, holidaysCountry: 'FR-67' }],
  [
    'Sydney, spans across its DST hour',
    {
      timezone: 'Australia/Sydney',
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      hours: [
        { start: '01:30', end: '03:30' },
        { start: '07:00', end: '19:00' },
      ],
      holidaysCountry: 'AU',
      closedDates: [],
    },
  ],
  [
    'New York, span boundaries inside the spring-forward gap',
    {
      timezone: 'America/New_York',
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      hours: [
        { start: '00:30', end: '02:30' },
        { start: '02:45', end: '04:00' },
      ],
      holidaysCountry: null,
      closedDates: [],
    },
  ],
];

// Whole-minute instants, near interesting dates (DST changes, Easter 2026/2027) or anywhere in 2026–2027.
const ANCHORS = [
  '2026-03-29',
  '2026-10-25',
  '2026-03-08',
  '2026-11-01',
  '2026-04-05',
  '2026-10-04',
  '2026-04-03',
  '2027-03-28',
  '2027-05-06',
];
const nearAnchor = fc
  .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -2 * 1440, max: 1440 }))
  .map(([d, offset]) => Date.parse(`${d}T00:00:00Z`) + offset * MIN);
const anywhere = fc.integer({ min: Date.UTC(2026, 0, 1) / MIN, max: Date.UTC(2027, 11, 31) / MIN }).map((m) => m * MIN);
const start = fc.oneof(nearAnchor, anywhere);
const length = fc.integer({ min: 0, max: 2 * 1440 });

describe.each(CALENDARS)('against a minute-by-minute oracle: %s', (_name, cal) => {
  const open = oracle(cal);

  it('businessMinutesBetween counts the oracle’s business minutes', () => {
    fc.assert(
      fc.property(start, length, (a, len) => {
        let expected = 0;
        for (let t = a; t < a + len * MIN; t += MIN) if (open(t)) expected++;
        expect(businessMinutesBetween(new Date(a), new Date(a + len * MIN), cal)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('isBusinessTime agrees with the oracle', () => {
    fc.assert(
      fc.property(start, (t) => {
        expect(isBusinessTime(new Date(t), cal)).toBe(open(t));
      }),
      { numRuns: 300 },
    );
  });

  it('addBusinessTime ends after the m-th oracle business minute', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 600 }), (a, m) => {
        let t = a;
        for (let seen = 0; ; t += MIN) {
          if (open(t) && ++seen === m) break;
        }
        expect(addBusinessTime(new Date(a), m, cal).getTime()).toBe(t + MIN);
      }),
      { numRuns: 25 },
    );
  });
});
