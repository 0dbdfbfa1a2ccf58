import type { RequestRecord } from '../record';
import { isOverdue } from './acknowledge-deadline';
import { currentEscalation } from './current';
import type { EscaladeProperty } from './types';

/**
 * The `escalade` issue property for a record: state, level, times and the follow-up count.
 * Account ids, reasons and details stay in app storage: anyone who sees the issue can read this.
 * 'acknowledged' and 'closed' describe the current (highest) level; an open escalation is
 * 'escalated' or 'acknowledged'.
 */
/** JQL over the indexed `escalade` issue property (manifest `jira:entityProperty`). */
export const ESCALATION_JQL = {
  /** Escalations nobody has taken in hand yet. */
  untaken: 'issue.property[escalade].state = "escalated"',
  /** Every open escalation, overdue first, then oldest first: the app's queue page. */
  open: 'issue.property[escalade].state in ("escalated","acknowledged") ORDER BY issue.property[escalade].overdue DESC, issue.property[escalade].escalatedAt ASC',
  /** Escalations whose acknowledgement deadline passed with nobody taking them in hand. */
  overdue: 'issue.property[escalade].overdue = "true"',
} as const;

export function propertyFor(record: RequestRecord): EscaladeProperty {
  const current = currentEscalation(record);
  if (!current)
    return {
      state: 'none',
      level: 0,
      escalatedAt: null,
      acknowledgedAt: null,
      overdue: false,
      followUps: record.followUpCount,
    };
  const state = current.closedAt ? 'closed' : current.acknowledgedAt ? 'acknowledged' : 'escalated';
  return {
    state,
    level: current.level,
    escalatedAt: current.at,
    acknowledgedAt: current.acknowledgedAt ?? null,
    overdue: isOverdue(current),
    followUps: record.followUpCount,
  };
}
