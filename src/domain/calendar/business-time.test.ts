import type { Calendar } from '../config/schema';
import { addBusinessTime, businessMinutesBetween, isBusinessTime, nextBusinessTime } from './index';
import { NIGHT_SHIFT, PARIS, PARIS_ALWAYS, PARIS_SPLIT, paris } from '../../../test/support/test-calendars';

describe('addBusinessTime on the default Paris calendar (Mon–Fri 08:30–18:00, FR holidays)', () => {
  it.each([
    ['Friday 17:00 + 2 h → Monday 09:30', '2026-03-06T17:00', 120, '2026-03-09T09:30'],
    ['within a day', '2026-03-09T09:00', 90, '2026-03-09T10:30'],
    ['ends exactly at closing time, not the next morning', '2026-03-06T16:00', 120, '2026-03-06T18:00'],
    ['from Saturday, counting starts on Monday 08:30', '2026-03-07T10:00', 60, '2026-03-09T09:30'],
    ['from before opening', '2026-03-09T07:00', 30, '2026-03-09T09:00'],
    ['from after closing', '2026-03-09T19:00', 30, '2026-03-10T09:00'],
    ['a full business day is 570 minutes', '2026-03-09T08:30', 570, '2026-03-09T18:00'],
    ['one minute past a full day', '2026-03-09T08:30', 571, '2026-03-10T08:31'],
    ['24 business hours from Monday 10:00: 480 + 570 + 390', '2026-03-09T10:00', 24 * 60, '2026-03-11T15:00'],
    ['over the 1 May holiday (Friday)', '2026-04-30T17:00', 120, '2026-05-04T09:30'],
    ['over Christmas and a weekend', '2026-12-24T17:00', 120, '2026-12-28T09:30'],
    ['spring DST (29 March 2026): Friday CET → Monday CEST', '2026-03-27T17:00', 120, '2026-03-30T09:30'],
    ['autumn DST (25 October 2026): Friday CEST → Monday CET', '2026-10-23T17:00', 120, '2026-10-26T09:30'],
  ])('%s', (_name, start, minutes, expected) => {
    expect(addBusinessTime(paris(start), minutes, PARIS).toISOString()).toBe(paris(expected).toISOString());
  });

  it('keeps wall-clock hours across DST: 09:30 is 08:30Z in CET and 07:30Z in CEST', () => {
    expect(addBusinessTime(paris('2026-03-27T17:00'), 120, PARIS).toISOString()).toBe('2026-03-30T07:30:00.000Z');
    expect(addBusinessTime(paris('2026-10-23T17:00'), 120, PARIS).toISOString()).toBe('2026-10-26T08:30:00.000Z');
  });

  it('returns start unchanged for 0 minutes, even in closed hours', () => {
    const saturday = paris('2026-03-07T10:00:12.345');
    expect(addBusinessTime(saturday, 0, PARIS).getTime()).toBe(saturday.getTime());
  });

  it('keeps millisecond precision and accepts fractional minutes', () => {
    expect(addBusinessTime(paris('2026-03-09T09:00:00.250'), 0.5, PARIS).toISOString()).toBe(
      paris('2026-03-09T09:00:30.250').toISOString(),
    );
  });

  it('refuses negative or non-finite amounts', () => {
    expect(() => addBusinessTime(paris('2026-03-09T09:00'), -1, PARIS)).toThrow(RangeError);
    expect(() => addBusinessTime(paris('2026-03-09T09:00'), Number.NaN, PARIS)).toThrow(RangeError);
    expect(() => addBusinessTime(paris('2026-03-09T09:00'), Infinity, PARIS)).toThrow(RangeError);
  });

  it('refuses an unknown time zone', () => {
    expect(() => addBusinessTime(paris('2026-03-09T09:00'), 10, { ...PARIS, timezone: 'Mars/Olympus' })).toThrow(
      /Unknown time zone/,
    );
  });

  it('throws instead of looping on a calendar that never opens', () => {
    const never: Calendar = { ...PARIS, hours: [] };
    expect(() => addBusinessTime(paris('2026-03-09T09:00'), 10, never)).toThrow(/no opening/);
  });
});

describe('custom closed dates', () => {
  const closedMonday: Calendar = { ...PARIS, closedDates: ['2026-03-09'] };

  it('skips a closed date', () => {
    expect(addBusinessTime(paris('2026-03-06T17:00'), 120, closedMonday).toISOString()).toBe(
      paris('2026-03-10T09:30').toISOString(),
    );
    expect(isBusinessTime(paris('2026-03-09T10:00'), closedMonday)).toBe(false);
    expect(isBusinessTime(paris('2026-03-10T10:00'), closedMonday)).toBe(true);
  });

  it('counts nothing on a closed date', () => {
    expect(businessMinutesBetween(paris('2026-03-09T00:00'), paris('2026-03-10T00:00'), closedMonday)).toBe(0);
    expect(businessMinutesBetween(paris('2026-03-09T00:00'), paris('2026-03-10T00:00'), PARIS)).toBe(570);
  });
});

describe('French public holidays, Easter-based ones included', () => {
  describe.each([
    ['Easter Monday 2026', '2026-04-06'],
    ['Ascension 2026', '2026-05-14'],
    ['Whit Monday 2026', '2026-05-25'],
    ['Easter Monday 2027', '2027-03-29'],
    ['Ascension 2027', '2027-05-06'],
    ['Whit Monday 2027', '2027-05-17'],
    ['New Year 2026', '2026-01-01'],
    ['Labour Day 2026', '2026-05-01'],
    ['Victory Day 2026', '2026-05-08'],
    ['Bastille Day 2026', '2026-07-14'],
    ['Armistice 2026', '2026-11-11'],
    ['Christmas 2026', '2026-12-25'],
  ])('%s (%s)', (_name, date) => {
    it('is closed all day with FR holidays', () => {
      expect(isBusinessTime(paris(`${date}T10:00`), PARIS)).toBe(false);
      expect(businessMinutesBetween(paris(`${date}T00:00`), paris(`${date}T23:59`), PARIS)).toBe(0);
    });
    it('is an ordinary working day without a holiday country', () => {
      const noHolidays: Calendar = { ...PARIS, holidaysCountry: null };
      expect(isBusinessTime(paris(`${date}T10:00`), noHolidays)).toBe(true);
    });
  });

  it('does not close on observances (Whit Sunday and Mothers’ Day are Sundays anyway; the day after Ascension is open)', () => {
    expect(isBusinessTime(paris('2026-05-15T10:00'), PARIS)).toBe(true);
    expect(isBusinessTime(paris('2027-05-07T10:00'), PARIS)).toBe(true);
  });

  it('counts the working days of 2026: 252 days of 570 minutes', () => {
    expect(businessMinutesBetween(paris('2026-01-01T00:00'), paris('2027-01-01T00:00'), PARIS)).toBe(252 * 570);
  });

  it('a 2 h wait over Easter Monday 2026 ends on Tuesday', () => {
    expect(addBusinessTime(paris('2026-04-03T17:00'), 120, PARIS).toISOString()).toBe(
      paris('2026-04-07T09:30').toISOString(),
    );
  });

  it('Alsace-Moselle (FR-67) also closes on Good Friday and 26 December', () => {
    const alsace: Calendar = { ...PARIS, holidaysCountry: 'FR-67' };
    expect(isBusinessTime(paris('2026-04-03T10:00'), alsace)).toBe(false);
    expect(isBusinessTime(paris('2026-04-03T10:00'), PARIS)).toBe(true);
    expect(isBusinessTime(paris('2025-12-26T10:00'), alsace)).toBe(false);
    expect(isBusinessTime(paris('2025-12-26T10:00'), PARIS)).toBe(true);
    expect(isBusinessTime(paris('2026-04-06T10:00'), alsace)).toBe(false);
  });
});

describe('split hours 08:30–12:00 + 14:00–18:00', () => {
  it.each([
    ['morning to afternoon over lunch', '2026-03-09T11:30', 60, '2026-03-09T14:30'],
    ['ends exactly at noon', '2026-03-09T11:00', 60, '2026-03-09T12:00'],
    ['from lunch time, counting starts at 14:00', '2026-03-09T13:00', 30, '2026-03-09T14:30'],
    ['a full day is 450 minutes', '2026-03-09T08:30', 450, '2026-03-09T18:00'],
  ])('%s', (_name, start, minutes, expected) => {
    expect(addBusinessTime(paris(start), minutes, PARIS_SPLIT).toISOString()).toBe(paris(expected).toISOString());
  });

  it('is closed over lunch and counts only the spans', () => {
    expect(isBusinessTime(paris('2026-03-09T13:00'), PARIS_SPLIT)).toBe(false);
    expect(isBusinessTime(paris('2026-03-09T12:00'), PARIS_SPLIT)).toBe(false);
    expect(isBusinessTime(paris('2026-03-09T11:59'), PARIS_SPLIT)).toBe(true);
    expect(isBusinessTime(paris('2026-03-09T14:00'), PARIS_SPLIT)).toBe(true);
    expect(businessMinutesBetween(paris('2026-03-09T08:00'), paris('2026-03-09T19:00'), PARIS_SPLIT)).toBe(210 + 240);
  });
});

describe('an opening ending at 24:00', () => {
  it('is open until midnight and joins the next morning span', () => {
    expect(isBusinessTime(paris('2026-03-09T23:59:59'), NIGHT_SHIFT)).toBe(true);
    expect(isBusinessTime(paris('2026-03-10T01:59'), NIGHT_SHIFT)).toBe(true);
    expect(isBusinessTime(paris('2026-03-10T02:00'), NIGHT_SHIFT)).toBe(false);
    expect(businessMinutesBetween(paris('2026-03-09T20:00'), paris('2026-03-10T00:00'), NIGHT_SHIFT)).toBe(240);
    expect(addBusinessTime(paris('2026-03-09T23:00'), 120, NIGHT_SHIFT).toISOString()).toBe(
      paris('2026-03-10T01:00').toISOString(),
    );
  });

  it('Friday night runs into Saturday only if Saturday is a working day', () => {
    expect(addBusinessTime(paris('2026-03-13T23:00'), 120, NIGHT_SHIFT).toISOString()).toBe(
      paris('2026-03-16T01:00').toISOString(),
    );
  });
});

describe('businessMinutesBetween', () => {
  it('is 0 when b <= a', () => {
    expect(businessMinutesBetween(paris('2026-03-09T12:00'), paris('2026-03-09T12:00'), PARIS)).toBe(0);
    expect(businessMinutesBetween(paris('2026-03-09T12:00'), paris('2026-03-09T10:00'), PARIS)).toBe(0);
  });

  it('is 0 over a weekend', () => {
    expect(businessMinutesBetween(paris('2026-03-06T18:00'), paris('2026-03-09T08:30'), PARIS)).toBe(0);
  });

  it('counts the two days around each DST change in full (wall-clock hours)', () => {
    expect(businessMinutesBetween(paris('2026-03-27T08:30'), paris('2026-03-30T18:00'), PARIS)).toBe(2 * 570);
    expect(businessMinutesBetween(paris('2026-10-23T08:30'), paris('2026-10-26T18:00'), PARIS)).toBe(2 * 570);
  });

  it('counts real minutes on a 00:00–24:00 calendar: 23 h and 25 h on DST days', () => {
    expect(businessMinutesBetween(paris('2026-03-29T00:00'), paris('2026-03-30T00:00'), PARIS_ALWAYS)).toBe(23 * 60);
    expect(businessMinutesBetween(paris('2026-10-25T00:00'), paris('2026-10-26T00:00'), PARIS_ALWAYS)).toBe(25 * 60);
  });

  it('returns fractional minutes', () => {
    expect(businessMinutesBetween(paris('2026-03-09T08:30:00'), paris('2026-03-09T08:30:30'), PARIS)).toBe(0.5);
  });

  it('measures a request open for a year as the sum of its months (speed is in npm run bench)', () => {
    const a = paris('2026-01-05T09:17');
    const b = paris('2027-01-05T11:42');
    const cuts = [
      a,
      ...Array.from({ length: 12 }, (_, i) => paris(`2026-${String(i + 1).padStart(2, '0')}-20T12:00`)).slice(1),
      b,
    ];
    let sum = 0;
    for (let i = 1; i < cuts.length; i++) sum += businessMinutesBetween(cuts[i - 1], cuts[i], PARIS);
    expect(businessMinutesBetween(a, b, PARIS)).toBeCloseTo(sum, 6);
    expect(addBusinessTime(a, businessMinutesBetween(a, b, PARIS), PARIS).getTime()).toBe(b.getTime());
  });
});

describe('isBusinessTime and nextBusinessTime', () => {
  it('treats openings as [start, end)', () => {
    expect(isBusinessTime(paris('2026-03-09T08:29:59.999'), PARIS)).toBe(false);
    expect(isBusinessTime(paris('2026-03-09T08:30'), PARIS)).toBe(true);
    expect(isBusinessTime(paris('2026-03-09T17:59:59.999'), PARIS)).toBe(true);
    expect(isBusinessTime(paris('2026-03-09T18:00'), PARIS)).toBe(false);
    expect(isBusinessTime(paris('2026-03-07T10:00'), PARIS)).toBe(false);
  });

  it('gives the next opening, or the instant itself when open', () => {
    expect(nextBusinessTime(paris('2026-03-06T18:00'), PARIS).toISOString()).toBe(
      paris('2026-03-09T08:30').toISOString(),
    );
    expect(nextBusinessTime(paris('2026-04-03T19:00'), PARIS).toISOString()).toBe(
      paris('2026-04-07T08:30').toISOString(),
    );
    expect(nextBusinessTime(paris('2026-03-09T10:11'), PARIS).toISOString()).toBe(
      paris('2026-03-09T10:11').toISOString(),
    );
    expect(nextBusinessTime(paris('2026-03-09T12:30'), PARIS_SPLIT).toISOString()).toBe(
      paris('2026-03-09T14:00').toISOString(),
    );
  });
});
