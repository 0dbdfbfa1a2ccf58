import {
  applySteps,
  settingsForRequest,
  settingsOfPolicyId,
  followUpStep,
  stepsOfEntry,
  weekStartOf,
  type Config,
  type EscalationEntry,
  type EscalationFacets,
  type RequestFacts,
  type RequestRecord,
  type StatsStep,
} from '../../domain';
import type { BucketRef } from '../../ports';
import type { Ports } from '../ports-bundle';

/**
 * Counts steps in their project × week buckets (one read-modify-write per bucket touched). Idempotent: a
 * retried step is already in its bucket and writes nothing, so callers run this again on every retry.
 */
export async function countSteps(ports: Pick<Ports, 'stats'>, config: Config, steps: StatsStep[]): Promise<void> {
  const groups = new Map<string, { ref: BucketRef; steps: StatsStep[] }>();
  for (const step of steps) {
    // Weeks in the time zone of the step's policy, live and in a rebuild alike.
    const timezone = settingsOfPolicyId(config, step.policyId).calendar.timezone;
    const ref = { projectKey: step.projectKey, weekStart: weekStartOf(step.at, timezone) };
    const id = `${ref.projectKey}:${ref.weekStart}`;
    const group = groups.get(id) ?? { ref, steps: [] };
    group.steps.push(step);
    groups.set(id, group);
  }
  for (const { ref, steps: mine } of groups.values()) await ports.stats.updateBucket(ref, (b) => applySteps(b, mine));
}

/** What the analytics keep about the request when it is escalated (see EscalationFacets), with its support policy. */
export function facetsOf(request: RequestFacts, record: RequestRecord, config: Config): EscalationFacets {
  return {
    requestType: request.requestTypeId ? { id: request.requestTypeId, name: request.requestTypeName ?? null } : null,
    organizations: request.organizations ?? [],
    policyId: settingsForRequest(config, request).policy.id,
    followUpsBefore: record.followUpCount,
  };
}

/** An escalation entry's steps so far (escalated, acknowledged, closed), counted. */
export function countEntry(ports: Pick<Ports, 'stats'>, config: Config, key: string, entry: EscalationEntry) {
  return countSteps(ports, config, stepsOfEntry(key, entry, config));
}

/** One recorded follow-up, counted (nothing when the record does not hold that comment). */
export function countFollowUp(ports: Pick<Ports, 'stats'>, config: Config, record: RequestRecord, commentId: string) {
  const followUp = record.followUps.find((f) => f.commentId === commentId);
  return followUp ? countSteps(ports, config, [followUpStep(record, followUp)]) : Promise.resolve();
}
