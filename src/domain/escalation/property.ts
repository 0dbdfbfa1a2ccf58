import type { RequestRecord } from '../record';
import { currentEscalation } from './current';
import type { EscaladeProperty } from './types';

/**
 * The `escalade` issue property for a record: state, level, times and the follow-up count.
 * Account ids, reasons and details stay in app storage: anyone who sees the issue can read this.
 * 'acknowledged' and 'closed' describe the current (highest) level; an open escalation is
 * 'escalated' or 'acknowledged'.
 */
export function propertyFor(record: RequestRecord): EscaladeProperty {
  const current = currentEscalation(record);
  if (!current)
    return { state: 'none', level: 0, escalatedAt: null, acknowledgedAt: null, followUps: record.followUpCount };
  const state = current.closedAt ? 'closed' : current.acknowledgedAt ? 'acknowledged' : 'escalated';
  return {
    state,
    level: current.level,
    escalatedAt: current.at,
    acknowledgedAt: current.acknowledgedAt ?? null,
    followUps: record.followUpCount,
  };
}
