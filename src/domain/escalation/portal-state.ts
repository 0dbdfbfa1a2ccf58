import type { Config } from '../config';
import type { RequestFacts, SlaCycle } from '../facts';
import { classify } from '../policy';
import type { RequestRecord } from '../record';
import { currentEscalation, lastFollowUpAt, latest } from './current';
import { firstLevelTiming, nextLevelTime } from './timing';
import type { PortalDecision } from './types';

/** Empty `projects` means every service project. */
export function isActiveProject(request: RequestFacts, config: Config): boolean {
  return config.projects.length === 0 || config.projects.includes(request.projectKey);
}

/**
 * The escalation state of a request at `now` (docs/rules.md §3), in this order:
 * resolved → inactive (project not enabled) → critical → by escalation history.
 *
 * - No escalation yet: 'waiting' until eligibleAt (and, with `followUp.requiredBeforeEscalation`,
 *   until the customer has followed up at least once), then 'eligible'.
 * - Open escalation at level n: 'escalated'; level n+1 is possible `nextLevelDelayHours` after the
 *   later of its escalation and acknowledgement (canEscalate then true); after the last level, nextLevel null.
 * - Closed escalation at level n: the next level follows the same rule from the later of
 *   escalation, acknowledgement and closing, shown as 'waiting' then 'eligible' with eligibleAt.
 *   Closed at the last level: 'waiting' for good, canEscalate false, nextLevel null, no eligibleAt:
 *   every level was used, so the customer is back to following up.
 * The follow-up requirement applies to the first escalation only: later levels already had one.
 */
export function portalState(
  request: RequestFacts,
  record: RequestRecord,
  config: Config,
  now: Date,
  sla?: SlaCycle | null,
): PortalDecision {
  const classification = classify(request, config);
  const current = currentEscalation(record);
  const level = current?.level ?? 0;
  const maxLevel = config.escalation.levels.length;
  const lastAt = lastFollowUpAt(record);
  const base: Omit<PortalDecision, 'kind'> = {
    canEscalate: false,
    level,
    nextLevel: null,
    maxLevel,
    followUps: lastAt ? { count: record.followUpCount, lastAt } : { count: record.followUpCount },
    followUpRequired: false,
    classification,
  };

  if (request.statusCategory === 'done') return { ...base, kind: 'resolved' };
  if (!isActiveProject(request, config)) return { ...base, kind: 'inactive' };
  if (classification.critical) return { ...base, kind: 'critical' };

  if (!current) {
    const timing = firstLevelTiming(request, classification.delayMinutes, config, now, sla);
    const followUpRequired = config.followUp.requiredBeforeEscalation && record.followUpCount === 0;
    const canEscalate = timing.reached && !followUpRequired && maxLevel >= 1;
    return {
      ...base,
      kind: canEscalate ? 'eligible' : 'waiting',
      ...(timing.eligibleAt ? { eligibleAt: timing.eligibleAt } : {}),
      canEscalate,
      nextLevel: 1,
      followUpRequired,
    };
  }

  const nextLevel = current.level < maxLevel ? current.level + 1 : null;
  if (!current.closedAt) {
    if (nextLevel === null) return { ...base, kind: 'escalated' };
    const nextLevelAt = nextLevelTime(latest(current.at, current.acknowledgedAt), config);
    return { ...base, kind: 'escalated', nextLevel, nextLevelAt, canEscalate: now.getTime() >= nextLevelAt.getTime() };
  }

  if (nextLevel === null) return { ...base, kind: 'waiting' };
  const nextLevelAt = nextLevelTime(latest(current.at, current.acknowledgedAt, current.closedAt), config);
  const canEscalate = now.getTime() >= nextLevelAt.getTime();
  return {
    ...base,
    kind: canEscalate ? 'eligible' : 'waiting',
    eligibleAt: nextLevelAt,
    nextLevelAt,
    nextLevel,
    canEscalate,
  };
}
