import type { Config } from '../config';
import type { EscalationEntry } from '../record';
import { addTimerMinutes } from '../timer';

/**
 * When an escalation level must be acknowledged by (docs/rules.md §7b): `escalation.acknowledgeWithinHours`
 * of the timer after the escalation, or null when the deadline is off. An SLA says nothing about this delay,
 * so SLA mode counts it in business hours, like the next-level delay.
 */
export function acknowledgeDueAt(entry: Pick<EscalationEntry, 'at'>, config: Config): Date | null {
  const hours = config.escalation.acknowledgeWithinHours;
  if (hours === null) return null;
  const timerConfig: Config =
    config.timer.mode === 'sla' ? { ...config, timer: { ...config.timer, mode: 'business' } } : config;
  return addTimerMinutes(new Date(entry.at), Math.round(hours * 60), timerConfig);
}

/** Is this level still waiting for someone to take it in hand (not acknowledged, closed or withdrawn)? */
export function isOpenUntaken(entry: EscalationEntry): boolean {
  return !entry.acknowledgedAt && !entry.closedAt;
}

/** Was this level overdue (the reminder went out) and is it still waiting? */
export function isOverdue(entry: EscalationEntry): boolean {
  return entry.reminder !== undefined && isOpenUntaken(entry);
}

/**
 * Was the acknowledgement in time? null when no deadline applies (off) or the level is not acknowledged.
 * "In time" means before the deadline and before any reminder.
 */
export function acknowledgedInTime(entry: EscalationEntry, config: Config): boolean | null {
  if (!entry.acknowledgedAt) return null;
  if (entry.reminder) return false;
  const due = acknowledgeDueAt(entry, config);
  if (!due) return null;
  return new Date(entry.acknowledgedAt).getTime() <= due.getTime();
}
