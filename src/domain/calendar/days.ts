/**
 * Local calendar days as integers: day 0 is 1970-01-01. A "wall" timestamp is the local date and
 * time of a zone written as if it were UTC milliseconds, so plain arithmetic works on it.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → day number. */
export function dayFromIsoDate(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The calendar year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 'HH:MM' (with '24:00' allowed) → minutes since local midnight. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
