import { zoneClock, type ZoneClock } from './zone-clock';

const wall = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const iso = (t: number) => new Date(t).toISOString();

describe('zoneClock (Europe/Paris)', () => {
  // Built before each test, not in the describe body: Stryker (ignoreStatic) only sees code run in tests.
  let paris: ZoneClock;
  beforeEach(() => {
    paris = zoneClock('Europe/Paris');
  });

  it('knows the offsets on both sides of the 2026 DST changes', () => {
    expect(paris.offsetAt(Date.parse('2026-03-29T00:59:59.999Z'))).toBe(60);
    expect(paris.offsetAt(Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
    expect(paris.offsetAt(Date.parse('2026-10-25T00:59:59.999Z'))).toBe(120);
    expect(paris.offsetAt(Date.parse('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('maps wall times to instants, a skipped one to the clock change, a repeated one to the later instant', () => {
    expect(iso(paris.wallToUtc(wall(2026, 3, 9, 8, 30)))).toBe('2026-03-09T07:30:00.000Z');
    expect(iso(paris.wallToUtc(wall(2026, 7, 1, 8, 30)))).toBe('2026-07-01T06:30:00.000Z');
    expect(iso(paris.wallToUtc(wall(2026, 3, 29, 2, 30)))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(paris.wallToUtc(wall(2026, 3, 29, 3, 0)))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(paris.wallToUtc(wall(2026, 10, 25, 2, 30)))).toBe('2026-10-25T01:30:00.000Z');
  });

  it('gives the local day of an instant', () => {
    expect(paris.localDay(Date.parse('2026-03-08T23:30:00Z'))).toBe(Date.UTC(2026, 2, 9) / 86_400_000);
    expect(paris.localDay(Date.parse('2026-03-08T22:59:59Z'))).toBe(Date.UTC(2026, 2, 8) / 86_400_000);
  });

  it('handles a year boundary', () => {
    expect(iso(paris.wallToUtc(wall(2027, 1, 1, 0, 0)))).toBe('2026-12-31T23:00:00.000Z');
    expect(paris.localDay(Date.parse('2026-12-31T23:00:00Z'))).toBe(Date.UTC(2027, 0, 1) / 86_400_000);
  });
});

describe('zoneClock in other zones', () => {
  it('handles half-hour offsets and southern-hemisphere DST', () => {
    expect(zoneClock('Asia/Kolkata').offsetAt(Date.parse('2026-06-01T00:00:00Z'))).toBe(330);
    const sydney = zoneClock('Australia/Sydney');
    expect(sydney.offsetAt(Date.parse('2026-01-15T00:00:00Z'))).toBe(660);
    expect(sydney.offsetAt(Date.parse('2026-07-15T00:00:00Z'))).toBe(600);
  });

  it('refuses an unknown zone', () => {
    expect(() => zoneClock('Nowhere/Land')).toThrow(RangeError);
  });
});
