/**
 * A plausible JSM "Time to resolution" SLA, computed from the sandbox clock: the goal depends on the priority,
 * counted in calendar time (the sandbox does not model SLA calendars), paused while waiting for the customer,
 * and completed once the request is resolved.
 */
import { sdDate } from './http';
import { statusOf } from './representations';
import { SERVICE_DESK, SITE_URL, STATUS } from './seed';
import type { IssueRow } from './types';

const HOUR = 3_600_000;
/** The one SLA metric of the sandbox's service project. */
export const SLA_METRIC_NAME = 'Time to resolution';
/** Goal per priority id: Highest 4 h, High 8 h, Medium 24 h, Low 48 h, Lowest 96 h. */
const GOAL_HOURS: Record<string, number> = { '1': 4, '2': 8, '3': 24, '4': 48, '5': 96 };

function duration(ms: number) {
  const neg = ms < 0;
  const m = Math.round(Math.abs(ms) / 60_000);
  const friendly = `${neg ? '-' : ''}${Math.floor(m / 60)}h ${m % 60}m`;
  return { millis: ms, friendly };
}

export function slaJson(issue: IssueRow, nowMs: number): Record<string, unknown> {
  const goal = (GOAL_HOURS[issue.priorityId] ?? 24) * HOUR;
  const start = issue.created;
  const done = statusOf(issue.statusId).category === 'done';
  const base = {
    id: '1',
    name: SLA_METRIC_NAME,
    _links: { self: `${SITE_URL}/rest/servicedeskapi/request/${issue.id}/sla/1` },
  };
  if (done) {
    const stop = issue.resolutionDate ?? issue.statusDate;
    const elapsed = stop - start;
    return {
      ...base,
      completedCycles: [
        {
          startTime: sdDate(start),
          stopTime: sdDate(stop),
          breachTime: sdDate(start + goal),
          breached: elapsed > goal,
          goalDuration: duration(goal),
          elapsedTime: duration(elapsed),
          remainingTime: duration(goal - elapsed),
        },
      ],
    };
  }
  // Paused while waiting for the customer: the clock stopped when the status was entered.
  const paused = issue.statusId === STATUS.waiting;
  const until = paused ? issue.statusDate : nowMs;
  const elapsed = until - start;
  const breachAt = start + goal + (nowMs - until);
  return {
    ...base,
    completedCycles: [],
    ongoingCycle: {
      startTime: sdDate(start),
      breachTime: sdDate(breachAt),
      breached: elapsed > goal,
      paused,
      withinCalendarHours: true,
      goalDuration: duration(goal),
      elapsedTime: duration(elapsed),
      remainingTime: duration(goal - elapsed),
    },
  };
}

/**
 * What JQL's `breached()` reads: whether the metric's last cycle (the ongoing one, else the last completed one)
 * breached; null when the issue has no such SLA (outside the service project), which neither `=` nor `!=` returns.
 * The same figures as `slaJson`, without building its dates (a search evaluates it for every issue).
 */
export function lastCycleBreached(issue: IssueRow, nowMs: number): boolean | null {
  if (issue.key.split('-')[0] !== SERVICE_DESK.projectKey) return null;
  const goal = (GOAL_HOURS[issue.priorityId] ?? 24) * HOUR;
  if (statusOf(issue.statusId).category === 'done')
    return (issue.resolutionDate ?? issue.statusDate) - issue.created > goal;
  const until = issue.statusId === STATUS.waiting ? issue.statusDate : nowMs;
  return until - issue.created > goal;
}
