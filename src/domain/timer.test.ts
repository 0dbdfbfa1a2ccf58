import { DateTime } from 'luxon';
import { DEFAULT_CONFIG } from './config/defaults';
import type { Config } from './config/schema';
import { addTimerMinutes, timerMinutesBetween } from './timer';

const paris = (local: string): Date => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
const withMode = (mode: Config['timer']['mode']): Config => ({
  ...DEFAULT_CONFIG,
  timer: { mode, slaName: mode === 'sla' ? 'Time to first response' : null },
});

describe('timer mode "24x7": plain arithmetic', () => {
  const config = withMode('24x7');

  it.each([
    ['Friday 17:00 + 2 h is Friday 19:00, weekends and evenings count', '2026-03-06T17:00', 120, '2026-03-06T19:00'],
    ['over a public holiday', '2026-04-05T23:00', 60, '2026-04-06T00:00'],
    [
      'across the spring DST change, real minutes: 00:00 CET + 3 h = 04:00 CEST',
      '2026-03-29T00:00',
      180,
      '2026-03-29T04:00',
    ],
    ['across the autumn DST change: 00:00 CEST + 3 h = 02:00 CET', '2026-10-25T00:00', 180, '2026-10-25T02:00'],
  ])('%s', (_name, start, minutes, expected) => {
    expect(addTimerMinutes(paris(start), minutes, config).toISOString()).toBe(paris(expected).toISOString());
  });

  it('returns start for 0 and refuses negative or non-finite amounts', () => {
    const start = new Date(Date.UTC(2026, 2, 7, 10, 0, 0, 5));
    expect(addTimerMinutes(start, 0, config).getTime()).toBe(start.getTime());
    expect(() => addTimerMinutes(start, -5, config)).toThrow(RangeError);
    expect(() => addTimerMinutes(start, -5, config)).toThrow('Timer minutes must be a finite number >= 0, got -5');
    expect(() => addTimerMinutes(start, Number.NaN, config)).toThrow('got NaN');
  });

  it('measures elapsed minutes, fractional, and 0 when b <= a', () => {
    const a = new Date(Date.UTC(2026, 2, 6, 16, 0));
    expect(timerMinutesBetween(a, new Date(a.getTime() + 3 * 86_400_000), config)).toBe(3 * 1440);
    expect(timerMinutesBetween(a, new Date(a.getTime() + 90_000), config)).toBe(1.5);
    expect(timerMinutesBetween(a, a, config)).toBe(0);
    expect(timerMinutesBetween(a, new Date(a.getTime() - 60_000), config)).toBe(0);
  });
});

describe('timer mode "business": the configured calendar', () => {
  const config = withMode('business');

  it('Friday 17:00 + 2 h is Monday 09:30 in Paris', () => {
    expect(addTimerMinutes(paris('2026-03-06T17:00'), 120, config).toISOString()).toBe(
      paris('2026-03-09T09:30').toISOString(),
    );
  });

  it('measures only business minutes', () => {
    expect(timerMinutesBetween(paris('2026-03-06T17:00'), paris('2026-03-09T09:30'), config)).toBe(120);
  });

  it('uses the calendar from the config', () => {
    const closedMonday: Config = { ...config, calendar: { ...config.calendar, closedDates: ['2026-03-09'] } };
    expect(addTimerMinutes(paris('2026-03-06T17:00'), 120, closedMonday).toISOString()).toBe(
      paris('2026-03-10T09:30').toISOString(),
    );
  });
});

describe('timer mode "sla": not a clock', () => {
  const config = withMode('sla');

  it('throws a clear error from both functions', () => {
    const now = paris('2026-03-06T17:00');
    expect(() => addTimerMinutes(now, 120, config)).toThrow(/"sla" has no clock/);
    expect(() => timerMinutesBetween(now, now, config)).toThrow(/"sla" has no clock/);
  });
});
