import type { Calendar } from '../config/schema';
import { dayFromIsoDate, isoWeekday, minutesOfDay } from './days';
import { publicHolidayDays } from './holidays';

/**
 * A lower bound on the business minutes of any 365 consecutive days of a calendar, so that the
 * configuration can refuse a delay that could take more than a year of calendar time to elapse
 * (the portal would otherwise walk the calendar for years and show a date centuries away).
 *
 * Any 365 days hold 52 whole weeks. From those weeks' working-day minutes it takes away, as if
 * each closed a whole working day: the most public holidays in any 365 days of two sample years
 * (date-holidays; counted whatever their weekday, so that the years in which fixed-date holidays
 * fall on weekdays are covered, plus one for a holiday added by law), the most `closedDates` on
 * working days in any 365 days, and one hour for a spring-forward day. Never more than the truth,
 * so a delay within it is always reached within a year.
 *
 * Cost: the holidays of two years (memoized, and the calendar walk needs those of the current years
 * anyway) and a pass over the closed dates.
 */

/** Sample years for the holidays (see above). */
const FIRST_YEAR = 2026;
const LAST_YEAR = 2027;
const SPARE_HOLIDAYS = 1;
const WINDOW_DAYS = 365;

const memo = new Map<string, number>();

/** The most of `days` (sorted ascending) inside any window of WINDOW_DAYS consecutive days. */
function mostInAWindow(days: number[]): number {
  let best = 0;
  let first = 0;
  for (let last = 0; last < days.length; last++) {
    while ((days[last] as number) - (days[first] as number) >= WINDOW_DAYS) first++;
    best = Math.max(best, last - first + 1);
  }
  return best;
}

function holidaysInAWindow(country: string): number {
  let most = memo.get(country);
  // Stryker disable next-line ConditionalExpression: a memo; counting the holidays again gives the same number
  if (most === undefined) {
    // A Set: a holiday that runs into the next year is in both years' days, and is one day.
    const days = new Set<number>();
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) for (const d of publicHolidayDays(country, y)) days.add(d);
    most = mostInAWindow([...days].sort((a, b) => a - b)) + SPARE_HOLIDAYS;
    memo.set(country, most);
  }
  return most;
}

/** See the module comment. 0 for a calendar with no opening. */
export function minBusinessMinutesPerYear(calendar: Calendar): number {
  const dayMinutes = calendar.hours.reduce(
    (sum, h) => sum + Math.max(0, minutesOfDay(h.end) - minutesOfDay(h.start)),
    0,
  );
  const workingDays = new Set(calendar.workingDays);
  const closed = [...new Set(calendar.closedDates.map(dayFromIsoDate))]
    .filter((d) => workingDays.has(isoWeekday(d)))
    .sort((a, b) => a - b);
  const holidays = calendar.holidaysCountry === null ? 0 : holidaysInAWindow(calendar.holidaysCountry);
  const lostDays = Math.min(52 * workingDays.size, holidays + mostInAWindow(closed));
  return Math.max(0, (52 * workingDays.size - lostDays) * dayMinutes - 60);
}
