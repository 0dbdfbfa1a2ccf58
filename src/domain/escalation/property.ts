import { DEFAULT_POLICY_ID } from '../config/policy-schema';
import type { RequestRecord } from '../record';
import { isOverdue } from './acknowledge-deadline';
import { currentEscalation } from './current';
import type { EscaladeProperty } from './types';

/** JQL over the indexed `escalade` issue property (manifest `jira:entityProperty`). */
export const ESCALATION_JQL = {
  /** Escalations nobody has taken in hand yet. */
  untaken: 'issue.property[escalade].state = "escalated"',
  /** Every open escalation, overdue first, then oldest first: the app's queue page. */
  open: 'issue.property[escalade].state in ("escalated","acknowledged") ORDER BY issue.property[escalade].overdue DESC, issue.property[escalade].escalatedAt ASC',
  /** Escalations whose acknowledgement deadline passed with nobody taking them in hand. */
  overdue: 'issue.property[escalade].overdue = "true"',
} as const;

/**
 * A date of the property in the format Jira's indexer documents for `type: date`
 * (manifest-reference/modules/jira-entity-property: "The expected date time format is
 * `[YYYY]-[MM]-[DD]T[hh]:[mm]:[ss][TZ]` where `[TZ]` is an offset from UTC of `+/-[hh]:[mm]` or `Z`"):
 * UTC, seconds, no milliseconds. A value with milliseconds (`toISOString()`) is not indexed, so JQL
 * could neither range-search nor order by it. Records keep their full ISO dates; only the property is
 * formatted. Readers accept both forms (older properties have milliseconds).
 */
export function indexedDate(iso: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  // Whole seconds: the ISO string ends with its only `.000Z`.
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The `escalade` issue property for a record: state, level, times, the follow-up count, and the support policy
 * that applies to the request (`policy`, its id; docs/rules.md §12).
 * Account ids, reasons and details stay in app storage: anyone who sees the issue can read this.
 * 'acknowledged' and 'closed' describe the current (highest) level; an open escalation is
 * 'escalated' or 'acknowledged'. Dates are in the indexer's format (`indexedDate`).
 */
export function propertyFor(record: RequestRecord, policy: string = DEFAULT_POLICY_ID): EscaladeProperty {
  const current = currentEscalation(record);
  if (!current)
    return {
      state: 'none',
      level: 0,
      escalatedAt: null,
      acknowledgedAt: null,
      overdue: false,
      followUps: record.followUpCount,
      policy,
    };
  const state = current.withdrawn
    ? 'withdrawn'
    : current.closedAt
      ? 'closed'
      : current.acknowledgedAt
        ? 'acknowledged'
        : 'escalated';
  return {
    state,
    level: current.level,
    escalatedAt: indexedDate(current.at),
    acknowledgedAt: current.acknowledgedAt ? indexedDate(current.acknowledgedAt) : null,
    overdue: isOverdue(current),
    followUps: record.followUpCount,
    policy,
  };
}
