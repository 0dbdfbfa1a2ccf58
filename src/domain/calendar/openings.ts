import type { Calendar } from '../config/schema';
import { DAY_MS, MINUTE_MS, dayFromIsoDate, isoWeekday, minutesOfDay, yearOfDay } from './days';
import { publicHolidayDays } from './holidays';
import { zoneClock, type ZoneClock } from './zone-clock';

/** An opening as instants: [start, end) in epoch ms. */
export type Opening = readonly [start: number, end: number];

/** A calendar made ready for walking day by day. Built per call: it is cheap and holds no state worth sharing. */
export interface PreparedCalendar {
  clock: ZoneClock;
  /** The openings of one local day, in order, as instants. Empty on a closed day. */
  openingsOn(day: number): Opening[];
}

export function prepareCalendar(calendar: Calendar): PreparedCalendar {
  const clock = zoneClock(calendar.timezone);
  // A valid calendar's spans are not empty (the schema refuses end <= start); an empty one would give no opening below.
  const spans = calendar.hours
    .map((h) => ({ start: minutesOfDay(h.start), end: minutesOfDay(h.end) }))
    .sort((a, b) => a.start - b.start);
  const workingDays = new Set(calendar.workingDays);
  const closed = new Set(calendar.closedDates.map(dayFromIsoDate));
  const country = calendar.holidaysCountry;

  const isOpenDay = (day: number): boolean => {
    if (!workingDays.has(isoWeekday(day)) || closed.has(day)) return false;
    return country === null || !publicHolidayDays(country, yearOfDay(day)).has(day);
  };

  return {
    clock,
    openingsOn(day) {
      if (!isOpenDay(day)) return [];
      const out: Opening[] = [];
      let prevEnd = -Infinity;
      // Hours are wall-clock times: 08:30 stays 08:30 on both sides of a DST change.
      for (const span of spans) {
        const start = Math.max(prevEnd, clock.wallToUtc(day * DAY_MS + span.start * MINUTE_MS));
        const end = clock.wallToUtc(day * DAY_MS + span.end * MINUTE_MS);
        if (end > start) {
          out.push([start, end]);
          prevEnd = end;
        }
      }
      return out;
    },
  };
}
