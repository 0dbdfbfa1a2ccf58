import { Settings } from 'luxon';
import { addDays, daysBetween, isIsoDate, localDateOf, weekStartOf, weeksCovering } from './week';

describe('weekStartOf: ISO weeks (Monday 00:00) in the calendar time zone', () => {
  describe.each([
    // Sunday 23:30 in Paris is still the week of Monday the 23rd, though UTC says Sunday 22:30 too.
    { at: '2026-11-29T22:30:00Z', zone: 'Europe/Paris', week: '2026-11-23' },
    // Sunday 23:30 UTC is Monday 00:30 in Paris: the next week.
    { at: '2026-11-29T23:30:00Z', zone: 'Europe/Paris', week: '2026-11-30' },
    { at: '2026-11-29T23:30:00Z', zone: 'UTC', week: '2026-11-23' },
    // Monday 00:00 sharp belongs to the week it starts.
    { at: '2026-11-29T23:00:00Z', zone: 'Europe/Paris', week: '2026-11-30' },
    { at: '2026-11-29T22:59:59.999Z', zone: 'Europe/Paris', week: '2026-11-23' },
    // West of UTC: Monday 03:00 UTC is still Sunday evening in New York.
    { at: '2026-11-30T03:00:00Z', zone: 'America/New_York', week: '2026-11-23' },
    // Across the DST change (Paris, Sunday 29 March 2026 02:00 → 03:00).
    { at: '2026-03-29T21:59:00Z', zone: 'Europe/Paris', week: '2026-03-23' },
    { at: '2026-03-29T22:00:00Z', zone: 'Europe/Paris', week: '2026-03-30' },
    // Across a year: 1 January 2027 is a Friday, its week starts on 28 December 2026.
    { at: '2027-01-01T12:00:00Z', zone: 'Europe/Paris', week: '2026-12-28' },
    { at: '2026-12-02T10:00:00+01:00', zone: 'Europe/Paris', week: '2026-11-30' },
  ])('$at in $zone', ({ at, zone, week }) => {
    it(`is the week of ${week}`, () => {
      expect(weekStartOf(at, zone)).toBe(week);
      expect(weekStartOf(new Date(at), zone)).toBe(week);
    });
  });

  it('refuses an unknown zone or a non-date', () => {
    expect(() => weekStartOf('2026-11-29T22:30:00Z', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => weekStartOf('2026-11-29T22:30:00Z', 'Mars/Olympus')).toThrow(
      'Not a date or time zone: 2026-11-29T22:30:00Z in Mars/Olympus',
    );
    expect(() => weekStartOf('yesterday', 'UTC')).toThrow('Not a date or time zone: yesterday in UTC');
  });
});

describe('weeksCovering', () => {
  it.each([
    { from: '2026-11-30', to: '2026-11-30', weeks: ['2026-11-30'] },
    { from: '2026-12-06', to: '2026-12-07', weeks: ['2026-11-30', '2026-12-07'] },
    { from: '2026-11-25', to: '2026-12-13', weeks: ['2026-11-23', '2026-11-30', '2026-12-07'] },
    { from: '2026-12-10', to: '2026-12-01', weeks: [] },
  ])('$from … $to', ({ from, to, weeks }) => {
    expect(weeksCovering(from, to)).toEqual(weeks);
  });

  it('refuses a date that is not one', () => {
    expect(() => weeksCovering('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => weeksCovering('2026-03-01', 'soon')).toThrow('Not a date: 2026-03-01 or soon');
  });

  it('12 months are 52 or 53 weeks', () => {
    expect(weeksCovering('2025-12-02', '2026-12-01').length).toBe(53);
  });
});

describe('dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-2-1', false],
    ['2026-12-01T00:00', false],
  ])('isIsoDate(%s) = %s', (value, valid) => expect(isIsoDate(value)).toBe(valid));

  it('localDateOf follows the zone, for a text or a Date', () => {
    expect(localDateOf('2026-11-29T23:30:00Z', 'Europe/Paris')).toBe('2026-11-30');
    expect(localDateOf('2026-11-29T23:30:00Z', 'UTC')).toBe('2026-11-29');
    expect(localDateOf(new Date('2026-11-29T23:30:00Z'), 'Europe/Paris')).toBe('2026-11-30');
  });

  it.each([
    { from: '2026-12-31', days: 1, to: '2027-01-01', rule: 'across a year' },
    { from: '2028-02-28', days: 1, to: '2028-02-29', rule: 'a leap day' },
    { from: '2026-03-28', days: 2, to: '2026-03-30', rule: 'two days' },
    { from: '2026-12-07', days: -7, to: '2026-11-30', rule: 'backwards' },
  ])('addDays and daysBetween, $rule: $from + $days = $to', ({ from, days, to }) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('dates are calendar dates whatever the server’s zone (Apia skipped 30 December 2011)', () => {
  const serverZone = Settings.defaultZone;
  beforeAll(() => {
    Settings.defaultZone = 'Pacific/Apia';
  });
  afterAll(() => {
    Settings.defaultZone = serverZone;
  });
  it.each([
    { rule: 'the day after 29 December 2011 is the 30th', got: () => addDays('2011-12-29', 1), then: '2011-12-30' },
    { rule: '29 to 31 December 2011 are 2 days apart', got: () => daysBetween('2011-12-29', '2011-12-31'), then: 2 },
    {
      rule: 'the weeks from 30 December 2011 start on the 26th',
      got: () => weeksCovering('2011-12-30', '2012-01-02'),
      then: ['2011-12-26', '2012-01-02'],
    },
    {
      rule: 'a single Monday, 26 December 2011 (Apia then behind UTC), is its own week',
      got: () => weeksCovering('2011-12-26', '2011-12-26'),
      then: ['2011-12-26'],
    },
  ])('$rule', ({ got, then }) => {
    expect(got()).toEqual(then);
  });
});
