import { addBusinessTime, businessMinutesBetween } from './calendar';
import type { Config } from './config/schema';

/**
 * The configured clock for escalation delays. 'business' counts the calendar's opening hours;
 * '24x7' is plain arithmetic. 'sla' is not a clock: the JSM SLA says when it breaches, and the
 * escalation state machine reads that directly, so asking this module for it is a bug.
 */

function refuseSla(config: Config): void {
  if (config.timer.mode === 'sla') {
    throw new Error(
      'Timer mode "sla" has no clock: use the SLA cycle breach time, not addTimerMinutes/timerMinutesBetween',
    );
  }
}

/** The instant `minutes` timer minutes after `start` (0 → start unchanged; see addBusinessTime for business mode). */
export function addTimerMinutes(start: Date, minutes: number, config: Config): Date {
  refuseSla(config);
  if (config.timer.mode === 'business') return addBusinessTime(start, minutes, config.calendar);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new RangeError(`Timer minutes must be a finite number >= 0, got ${minutes}`);
  return new Date(start.getTime() + Math.round(minutes * 60_000));
}

/** Timer minutes in [a, b), possibly fractional; 0 when b <= a. */
export function timerMinutesBetween(a: Date, b: Date, config: Config): number {
  refuseSla(config);
  if (config.timer.mode === 'business') return businessMinutesBetween(a, b, config.calendar);
  return Math.max(0, (b.getTime() - a.getTime()) / 60_000);
}
