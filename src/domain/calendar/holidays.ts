import Holidays from 'date-holidays';
import { DAY_MS, dayFromIsoDate } from './days';

/**
 * Public holidays from `date-holidays`. The code is a country ('FR') or a country and one of its
 * subdivisions ('FR-67' for Bas-Rhin: Alsace-Moselle adds Good Friday and 26 December).
 * Only holidays of type 'public' close the office; bank, school, optional and observance days do not.
 */

const engines = new Map<string, Holidays>();
const yearSets = new Map<string, ReadonlySet<number>>();

function splitCode(code: string): { country: string; state?: string } {
  const [country, state] = code.split('-');
  return state ? { country, state } : { country };
}

function engine(code: string): Holidays {
  let hd = engines.get(code);
  // Stryker disable next-line ConditionalExpression: a memo; building the engine again gives the same holidays
  if (!hd) {
    const { country, state } = splitCode(code);
    hd = state ? new Holidays(country, state) : new Holidays(country);
    engines.set(code, hd);
  }
  return hd;
}

/** True when date-holidays knows the country (and the subdivision, if one is given). */
export function isSupportedHolidaysCode(code: string): boolean {
  const { country, state } = splitCode(code);
  const hd = new Holidays();
  if (!Object.hasOwn(hd.getCountries(), country)) return false;
  return state === undefined || Object.hasOwn(hd.getStates(country) ?? {}, state);
}

/**
 * The local day numbers (see days.ts) of the public holidays of one year, memoized per
 * (code, year). An unknown code has no holidays. A holiday that lasts several days closes each.
 */
export function publicHolidayDays(code: string, year: number): ReadonlySet<number> {
  const key = `${code}|${year}`;
  let days = yearSets.get(key);
  if (!days) {
    const set = new Set<number>();
    for (const h of engine(code).getHolidays(year)) {
      if (h.type !== 'public') continue;
      const first = dayFromIsoDate(h.date);
      const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      for (let i = 0; i < length; i++) set.add(first + i);
    }
    days = set;
    yearSets.set(key, days);
  }
  return days;
}
