import { DateTime } from 'luxon';

/**
 * Weeks run Monday 00:00 to the next Monday 00:00 in the calendar's time zone (ISO weeks), so that a
 * Sunday-evening escalation in Paris falls in the week a Paris manager expects, whatever UTC says.
 * A week is named by its Monday's date, `YYYY-MM-DD`.
 */
export function weekStartOf(at: Date | string, timezone: string): string {
  const instant =
    typeof at === 'string' ? DateTime.fromISO(at, { zone: timezone }) : DateTime.fromJSDate(at, { zone: timezone });
  if (!instant.isValid) throw new RangeError(`Not a date or time zone: ${String(at)} in ${timezone}`);
  return instant.startOf('week').toISODate()!;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Is this a real calendar date written `YYYY-MM-DD`? */
export function isIsoDate(value: string): boolean {
  return DATE.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/**
 * The weeks that meet the days `from`…`to` (inclusive local dates, `YYYY-MM-DD`): the Monday of
 * `from`'s week, then every Monday up to `to`. Empty when `to` is before `from`.
 */
export function weeksCovering(from: string, to: string): string[] {
  const start = DateTime.fromISO(from, { zone: 'UTC' }).startOf('week');
  const end = DateTime.fromISO(to, { zone: 'UTC' });
  if (!start.isValid || !end.isValid) throw new RangeError(`Not a date: ${from} or ${to}`);
  const weeks: string[] = [];
  for (let w = start; w <= end; w = w.plus({ weeks: 1 })) weeks.push(w.toISODate()!);
  return weeks;
}

/** The local date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDateOf(at: Date | string, timezone: string): string {
  const instant =
    typeof at === 'string' ? DateTime.fromISO(at, { zone: timezone }) : DateTime.fromJSDate(at, { zone: timezone });
  return instant.toISODate()!;
}

/** The date `days` days after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** Days from `from` to `to` (dates), negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
}
