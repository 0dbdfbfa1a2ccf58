import { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './days';

/**
 * UTC offsets of an IANA zone, read through luxon once per (zone, year) and memoized: a luxon
 * offset lookup costs microseconds, and walking a year of days needs thousands of them.
 */
interface YearOffsets {
  start: number;
  end: number;
  initial: number;
  /** Instants where the offset changes (DST), with the offset in force from then on, in minutes. */
  transitions: { at: number; offset: number }[];
}

const yearTables = new Map<string, YearOffsets>();

function buildYear(zone: IANAZone, year: number): YearOffsets {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const initial = zone.offset(start);
  const transitions: YearOffsets['transitions'] = [];
  let prevT = start;
  let prevO = initial;
  // Zones change offset at most once a day (in practice twice a year): sample daily, then bisect.
  for (let t = start + DAY_MS; t <= end; t += DAY_MS) {
    const o = zone.offset(t);
    if (o !== prevO) {
      let lo = prevT;
      let hi = t;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (zone.offset(mid) === prevO) lo = mid;
        else hi = mid;
      }
      transitions.push({ at: hi, offset: o });
    }
    prevT = t;
    prevO = o;
  }
  return { start, end, initial, transitions };
}

function yearOffsets(zone: IANAZone, year: number): YearOffsets {
  const key = `${zone.name}|${year}`;
  let table = yearTables.get(key);
  // Stryker disable next-line ConditionalExpression: a memo; building the year's table again gives the same offsets
  if (!table) {
    table = buildYear(zone, year);
    yearTables.set(key, table);
  }
  return table;
}

/** Converts between instants and local wall time in one zone. */
export interface ZoneClock {
  /** Offset from UTC in minutes at an instant (epoch ms). */
  offsetAt(t: number): number;
  /** The local day number an instant falls in. */
  localDay(t: number): number;
  /**
   * The first instant whose local time is at or after a wall time. A wall time skipped by a DST
   * jump (02:30 on a spring-forward night) maps to the jump itself, so an opening that starts or ends
   * in the gap starts or ends when the clocks change. A repeated wall time takes the later instant.
   */
  wallToUtc(wall: number): number;
}

export function zoneClock(timezone: string): ZoneClock {
  const zone = IANAZone.create(timezone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timezone}`);
  let current: YearOffsets | undefined;

  const offsetAt = (t: number): number => {
    // Stryker disable next-line EqualityOperator: moving a bound of the cached year only re-reads the same table (a stale year is tested)
    if (!current || t < current.start || t >= current.end) current = yearOffsets(zone, new Date(t).getUTCFullYear());
    let offset = current.initial;
    for (const tr of current.transitions) {
      if (t < tr.at) break;
      offset = tr.offset;
    }
    return offset;
  };

  /** The first DST transition in (lo, hi], or hi if there is none. */
  const transitionIn = (lo: number, hi: number): number => {
    for (const t of [lo, hi]) {
      const table = yearOffsets(zone, new Date(t).getUTCFullYear());
      const found = table.transitions.find((tr) => tr.at > lo && tr.at <= hi);
      if (found) return found.at;
    }
    return hi;
  };

  // The fix-point of luxon's objToTS: guess the offset, correct once; no fixed point means a gap.
  const wallToUtc = (wall: number): number => {
    const o1 = offsetAt(wall);
    const o2 = offsetAt(wall - o1 * MINUTE_MS);
    if (o1 === o2) return wall - o1 * MINUTE_MS;
    const o3 = offsetAt(wall - o2 * MINUTE_MS);
    if (o2 === o3) return wall - o2 * MINUTE_MS;
    return transitionIn(wall - Math.max(o2, o3) * MINUTE_MS, wall - Math.min(o2, o3) * MINUTE_MS);
  };

  return {
    offsetAt,
    localDay: (t) => Math.floor((t + offsetAt(t) * MINUTE_MS) / DAY_MS),
    wallToUtc,
  };
}
