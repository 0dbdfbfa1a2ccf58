import { currentEscalation, type Config } from '../domain';
import type { RequestFacts } from '../domain/facts';
import type { RequestRecord } from '../domain/record';
import { hasUnfinishedEffects, runEscalationEffects } from './escalation-effects';
import type { Ports } from './ports-bundle';
import { countEntry } from './stats/count-steps';

/** The "effects in progress" lock: longer than a resolver's 25 s, short enough to recover from a crash. */
export const EFFECTS_LOCK_TTL_S = 60;
/**
 * How long a request stays on the list of escalations with unfinished effects. The background run
 * (every 5 minutes) takes it off as soon as the effects are done, or when there is nothing left to do.
 */
export const PENDING_TTL_S = 7 * 24 * 60 * 60;

export const effectsLock = (key: string, level: number) => `escalation-effects:${key}:${level}`;
/** Prefix of the claims that list escalations whose effects may be unfinished (one per request). */
export const PENDING_PREFIX = 'pending-effects:';
export const pendingMarker = (key: string) => `${PENDING_PREFIX}${key}`;

export type Completion =
  /** No open, untouched escalation with unfinished effects. */
  | { kind: 'nothing'; record: RequestRecord }
  /** Another invocation holds the effects lock: it is completing them. */
  | { kind: 'busy'; record: RequestRecord }
  | { kind: 'completed'; record: RequestRecord; finished: boolean };

/** Does the current escalation still need work? Once an agent acknowledged or closed it, the missing effects
 * (an email, a label) would only be noise. */
export function needsCompletion(record: RequestRecord): boolean {
  const current = currentEscalation(record);
  return Boolean(current && !current.acknowledgedAt && !current.closedAt && hasUnfinishedEffects(current));
}

/**
 * The one "complete the missing effects" path, shared by the customer's retry (escalate) and the background
 * run (sweep): under the effects lock, each effect not yet done runs once and is recorded at once. Jira being
 * busy is rethrown (the caller answers UNAVAILABLE, or the background run stops until its next turn).
 * When nothing is left to do, the request leaves the pending list.
 */
export async function completeMissingEffects(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  record: RequestRecord,
): Promise<Completion> {
  const { store } = ports;
  const current = currentEscalation(record);
  if (!current || !needsCompletion(record)) return { kind: 'nothing', record };
  if (!(await store.claim(effectsLock(request.key, current.level), EFFECTS_LOCK_TTL_S)))
    return { kind: 'busy', record };
  let after: RequestRecord;
  try {
    // Counting is idempotent: an escalation interrupted before it was counted is counted here.
    await countEntry(ports, config, request.key, current);
    after = await runEscalationEffects(ports, request, config, current.level, true);
  } finally {
    await store.release(effectsLock(request.key, current.level));
  }
  const finished = !needsCompletion(after);
  if (finished) await store.release(pendingMarker(request.key));
  return { kind: 'completed', record: after, finished };
}
