import { parseConfig } from '../config/parse';
import { DEFAULT_CONFIG } from '../config/defaults';
import { dayFromIsoDate } from './days';
import { isSupportedHolidaysCode, publicHolidayDays } from './holidays';

const days = (...iso: string[]) => iso.map(dayFromIsoDate);

describe('publicHolidayDays', () => {
  it('gives exactly the 11 French public holidays of 2026, Easter-based ones included, and no observances', () => {
    expect([...publicHolidayDays('FR', 2026)].sort((a, b) => a - b)).toEqual(
      days(
        '2026-01-01',
        '2026-04-06',
        '2026-05-01',
        '2026-05-08',
        '2026-05-14',
        '2026-05-25',
        '2026-07-14',
        '2026-08-15',
        '2026-11-01',
        '2026-11-11',
        '2026-12-25',
      ),
    );
  });

  it('moves Easter-based holidays with Easter (2027: Easter on 28 March)', () => {
    const set = publicHolidayDays('FR', 2027);
    for (const d of days('2027-03-29', '2027-05-06', '2027-05-17')) expect(set.has(d)).toBe(true);
    expect(set.has(dayFromIsoDate('2027-05-16'))).toBe(false); // Whit Sunday is an observance
  });

  it('adds Good Friday and 26 December for Alsace-Moselle (FR-67, FR-57, FR-68)', () => {
    for (const code of ['FR-67', 'FR-57', 'FR-68']) {
      const set = publicHolidayDays(code, 2026);
      expect(set.size).toBe(13);
      expect(set.has(dayFromIsoDate('2026-04-03'))).toBe(true);
      expect(set.has(dayFromIsoDate('2026-12-26'))).toBe(true);
    }
  });

  it('memoizes per (code, year)', () => {
    expect(publicHolidayDays('FR', 2028)).toBe(publicHolidayDays('FR', 2028));
    expect(publicHolidayDays('FR', 2028)).not.toBe(publicHolidayDays('FR', 2029));
  });

  it('has no holidays for an unknown code', () => {
    expect(publicHolidayDays('ZZ', 2026).size).toBe(0);
  });
});

describe('isSupportedHolidaysCode', () => {
  it.each([
    ['FR', true],
    ['FR-67', true],
    ['DE-BY', true],
    ['US', true],
    ['ZZ', false],
    ['FR-99', false],
    ['AE-DU', false], // a country date-holidays knows without any subdivision
  ])('%s → %s', (code, ok) => {
    expect(isSupportedHolidaysCode(code)).toBe(ok);
  });
});

describe('the configuration accepts a country or a country with a subdivision', () => {
  it.each([
    ['FR', true],
    ['FR-67', true],
    ['GB-ENG', true],
    [null, true],
    ['fr', false],
    ['FRA', false],
    ['FR-', false],
    ['FR-6789', false],
  ])('%j → valid %s', (holidaysCountry, ok) => {
    const result = parseConfig({ ...DEFAULT_CONFIG, calendar: { ...DEFAULT_CONFIG.calendar, holidaysCountry } });
    expect(result.ok).toBe(ok);
  });
});
