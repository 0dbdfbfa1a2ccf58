import type { Config } from '../config';
import type { RequestFacts, SlaCycle } from '../facts';
import { addTimerMinutes } from '../timer';

export interface FirstLevelTiming {
  eligibleAt?: Date;
  /** True once the wait is over (also for a breached SLA whose breach time is unknown). */
  reached: boolean;
}

/**
 * When the first escalation becomes possible.
 * - business / 24x7: createdAt + the matrix delay on that timer.
 * - SLA: a breached cycle is eligible (even if paused now: the breach already happened); a running
 *   cycle is eligible at its breach time; a paused, unknown or missing cycle is not eligible and has
 *   no date. Only the derived date leaves this function, never the SLA itself.
 */
export function firstLevelTiming(
  request: RequestFacts,
  delayMinutes: number,
  config: Config,
  now: Date,
  sla: SlaCycle | null | undefined,
): FirstLevelTiming {
  if (config.timer.mode === 'sla') {
    if (!sla) return { reached: false };
    if (sla.breached)
      return { eligibleAt: sla.breachTime !== null ? new Date(sla.breachTime) : undefined, reached: true };
    if (sla.paused || sla.breachTime === null) return { reached: false };
    const at = new Date(sla.breachTime);
    return { eligibleAt: at, reached: now.getTime() >= at.getTime() };
  }
  const at = addTimerMinutes(new Date(request.createdAt), delayMinutes, config);
  return { eligibleAt: at, reached: now.getTime() >= at.getTime() };
}

/**
 * When level n+1 becomes possible after `from`: `nextLevelDelayHours` of the configured timer.
 * An SLA says nothing about later levels, so SLA mode counts this delay in business hours.
 */
export function nextLevelTime(from: Date, config: Config): Date {
  const timerConfig: Config =
    config.timer.mode === 'sla' ? { ...config, timer: { ...config.timer, mode: 'business' } } : config;
  return addTimerMinutes(from, Math.round(config.escalation.nextLevelDelayHours * 60), timerConfig);
}
