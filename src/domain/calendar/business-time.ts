import type { Calendar } from '../config/schema';
import { MINUTE_MS } from './days';
import { prepareCalendar } from './openings';

/**
 * Business time on a calendar. Conventions:
 * - An opening is half-open, [start, end): 18:00 is closed when the day ends at 18:00.
 * - A business minute is a real elapsed minute inside an opening; openings are wall-clock hours in
 *   the calendar's zone, so a DST change moves them in UTC but never shortens a 08:30–18:00 day.
 * - Amounts may be fractional minutes; instants keep millisecond precision.
 */

/**
 * Bounds on a walk, in days. A calendar with no opening in ten years is a configuration error, not
 * a long wait; and no walk goes on for more than ten years in total either, however the openings
 * are spread (one minute a week would otherwise walk for millennia). Validation keeps every delay
 * within a year (calendar/capacity.ts), so valid configurations stay far below.
 */
const MAX_CLOSED_DAYS = 3660;
const MAX_WALK_DAYS = 3660;

/** True when `at` is inside an opening. */
export function isBusinessTime(at: Date, calendar: Calendar): boolean {
  const cal = prepareCalendar(calendar);
  const t = at.getTime();
  return cal.openingsOn(cal.clock.localDay(t)).some(([s, e]) => s <= t && t < e);
}

/** Business minutes in [a, b); 0 when b <= a. Walks day by day, so a year takes well under a millisecond. */
export function businessMinutesBetween(a: Date, b: Date, calendar: Calendar): number {
  const from = a.getTime();
  const to = b.getTime();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; walking an empty or reversed range adds no overlap either
  if (!(to > from)) return 0;
  const cal = prepareCalendar(calendar);
  const lastDay = cal.clock.localDay(to);
  let total = 0;
  for (let day = cal.clock.localDay(from); day <= lastDay; day++) {
    for (const [s, e] of cal.openingsOn(day)) {
      // An opening outside [from, to) overlaps by nothing.
      total += Math.max(0, Math.min(e, to) - Math.max(s, from));
    }
  }
  return total / MINUTE_MS;
}

/**
 * The earliest instant at which `minutes` business minutes have elapsed since `start`.
 * - minutes = 0 returns `start` unchanged, open or not.
 * - From closed hours, counting begins at the next opening.
 * - For minutes > 0 the result lies in (opening start, opening end]: it can be exactly an opening's
 *   end (Friday 16:00 + 2 h with a day ending at 18:00 is Friday 18:00, not Monday 08:30), and it is
 *   never strictly inside closed hours. Hence `t >= addBusinessTime(s, m)` ⇔ `businessMinutesBetween(s, t) >= m`.
 * Throws a RangeError for a negative or non-finite amount, and an Error for a calendar that never opens.
 */
export function addBusinessTime(start: Date, minutes: number, calendar: Calendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new RangeError(`Business minutes must be a finite number >= 0, got ${minutes}`);
  const t0 = start.getTime();
  let remaining = Math.round(minutes * MINUTE_MS);
  if (remaining === 0) return new Date(t0);
  const cal = prepareCalendar(calendar);
  const firstDay = cal.clock.localDay(t0);
  let opened = false;
  for (let day = firstDay; day - firstDay <= MAX_WALK_DAYS; day++) {
    const openings = cal.openingsOn(day);
    opened ||= openings.length > 0;
    for (const [s, e] of openings) {
      const from = Math.max(s, t0);
      // An opening that ended by t0 gives nothing.
      const available = Math.max(0, e - from);
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
  if (!opened)
    throw new RangeError(`The business calendar (${calendar.timezone}) has no opening in ${MAX_CLOSED_DAYS} days`);
  throw new RangeError(`${minutes} business minutes do not elapse within ${MAX_WALK_DAYS} days on this calendar`);
}

/** The first instant at or after `at` that is business time (`at` itself when open). */
export function nextBusinessTime(at: Date, calendar: Calendar): Date {
  const cal = prepareCalendar(calendar);
  const t0 = at.getTime();
  let closedDays = 0;
  for (let day = cal.clock.localDay(t0); closedDays <= MAX_CLOSED_DAYS; day++) {
    const openings = cal.openingsOn(day).filter(([, e]) => e > t0);
    if (openings.length > 0) return new Date(Math.max(openings[0][0], t0));
    closedDays++;
  }
  throw new Error(`The business calendar (${calendar.timezone}) has no opening in ${MAX_CLOSED_DAYS} days`);
}
