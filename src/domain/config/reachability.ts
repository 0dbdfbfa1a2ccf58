import { minBusinessMinutesPerYear } from '../calendar/capacity';
import type { z } from 'zod';
import type { calendarSchema } from './calendar-schema';
import { IMPACT_LEVELS, URGENCY_LEVELS } from './levels';
import type { matrixSchema, timerSchema } from './parts';

/** The settings a delay's reachability depends on: the top level's, or a policy's effective ones. */
export interface DelaySettings {
  timer: z.output<typeof timerSchema>;
  calendar: z.output<typeof calendarSchema>;
  matrix: z.output<typeof matrixSchema>;
  defaultDelayHours: number;
  nextLevelDelayHours: number;
  acknowledgeWithinHours: number | null;
}

/** Which delay is out of reach: a matrix cell, or one of the named delays. */
export type DelayRef =
  ['matrix', string, string] | ['defaultDelayHours'] | ['nextLevelDelayHours'] | ['acknowledgeWithinHours'];

/**
 * Every delay counted on the business calendar must elapse within one year of calendar time
 * (see calendar/capacity.ts): otherwise the portal would walk the calendar for years. 24x7 delays
 * have their own one-year ceiling; in SLA mode only the next-level and acknowledgement delays use the calendar.
 * Answers the delays out of reach.
 */
export function unreachableDelays(s: DelaySettings): DelayRef[] {
  if (s.timer.mode === '24x7') return [];
  const delays: { ref: DelayRef; hours: number }[] = [{ ref: ['nextLevelDelayHours'], hours: s.nextLevelDelayHours }];
  if (s.acknowledgeWithinHours !== null)
    delays.push({ ref: ['acknowledgeWithinHours'], hours: s.acknowledgeWithinHours });
  if (s.timer.mode === 'business') {
    delays.push({ ref: ['defaultDelayHours'], hours: s.defaultDelayHours });
    for (const impact of IMPACT_LEVELS)
      for (const urgency of URGENCY_LEVELS) {
        const cell = s.matrix[impact][urgency];
        if (cell !== 'critical') delays.push({ ref: ['matrix', impact, urgency], hours: cell });
      }
  }
  // A zero delay is always within reach (0 > perYear never holds), whatever the calendar.
  const perYear = minBusinessMinutesPerYear(s.calendar);
  return delays.filter((d) => d.hours * 60 > perYear).map((d) => d.ref);
}
