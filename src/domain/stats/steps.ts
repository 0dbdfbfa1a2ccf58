import { businessMinutesBetween } from '../calendar';
import { acknowledgedInTime } from '../escalation/acknowledge-deadline';
import type { Config } from '../config/schema';
import { DEFAULT_POLICY_ID } from '../config/policy-schema';
import { settingsOfPolicyId } from '../tiers/effective-settings';
import type { EscalationEntry, FollowUpEntry, RequestRecord } from '../record';
import type { StatsStep } from './bucket';

/** The policy slice of requests no policy matched: the top level's id. */
export { DEFAULT_POLICY_ID };

/** `SUP-12` → `SUP`. */
export function projectOfKey(issueKey: string): string {
  const dash = issueKey.lastIndexOf('-');
  return dash > 0 ? issueKey.slice(0, dash) : issueKey;
}

const minutesBetween = (a: string, b: string) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 60_000));

/**
 * Timer minutes between two instants: the business calendar's open minutes, or wall minutes in 24x7 mode.
 * In SLA mode the JSM SLA has no clock the app can replay, so the business calendar stands in.
 */
export function timerMinutes(a: string, b: string, config: Config): number {
  if (config.timer.mode === '24x7') return minutesBetween(a, b);
  return Math.round(businessMinutesBetween(new Date(a), new Date(b), config.calendar));
}

/** The steps one escalation entry has taken so far: escalated, then acknowledged and closed when they happened. */
export function stepsOfEntry(issueKey: string, entry: EscalationEntry, stored: Config): StatsStep[] {
  // Timer minutes and the deadline follow the policy the escalation was made under, live and in a rebuild alike.
  const config = settingsOfPolicyId(stored, entry.facets?.policyId);
  const base = {
    projectKey: projectOfKey(issueKey),
    policyId: entry.facets?.policyId ?? DEFAULT_POLICY_ID,
    level: entry.level,
  };
  const id = (kind: string) => `${issueKey}#${entry.level}#${kind}`;
  const steps: StatsStep[] = [
    {
      ...base,
      id: id('e'),
      kind: 'escalated',
      at: entry.at,
      reasonId: entry.reasonId,
      ...(entry.automatic ? { automatic: true } : {}),
      requestType: entry.facets?.requestType ?? null,
      organizations: entry.facets?.organizations ?? [],
      followUpsBefore: entry.facets?.followUpsBefore ?? 0,
    },
  ];
  if (entry.acknowledgedAt) {
    steps.push({
      ...base,
      id: id('a'),
      kind: 'acknowledged',
      at: entry.acknowledgedAt,
      minutes: minutesBetween(entry.at, entry.acknowledgedAt),
      timerMinutes: timerMinutes(entry.at, entry.acknowledgedAt, config),
      inTime: acknowledgedInTime(entry, config),
    });
  }
  if (entry.closedAt) {
    steps.push({
      ...base,
      id: id('c'),
      kind: entry.withdrawn ? 'withdrawn' : 'closed',
      ...(entry.closeReasonId ? { closeReason: entry.closeReasonId } : {}),
      at: entry.closedAt,
      minutes: minutesBetween(entry.at, entry.closedAt),
      timerMinutes: timerMinutes(entry.at, entry.closedAt, config),
    });
  }
  return steps;
}

/** A follow-up, counted in the policy of the request's latest escalation before it (the default one otherwise). */
export function followUpStep(record: RequestRecord, followUp: FollowUpEntry): StatsStep {
  // As instants: Jira writes a comment's time with an offset (`+01:00`), the app an escalation's in UTC (`Z`).
  const at = Date.parse(followUp.at);
  const latest = record.escalations.findLast((e) => Date.parse(e.at) <= at && e.facets)?.facets;
  return {
    id: `${record.issueKey}#f#${followUp.commentId}`,
    kind: 'followUp',
    projectKey: projectOfKey(record.issueKey),
    at: followUp.at,
    policyId: latest?.policyId ?? DEFAULT_POLICY_ID,
  };
}

/** Every step a record holds: what a backfill counts. */
export function stepsOfRecord(record: RequestRecord, config: Config): StatsStep[] {
  return [
    ...record.escalations.flatMap((e) => stepsOfEntry(record.issueKey, e, config)),
    ...record.followUps.map((f) => followUpStep(record, f)),
  ];
}
