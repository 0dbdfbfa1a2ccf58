import type { Config } from '../domain';
import type { RequestFacts } from '../domain/facts';
import type { EscalationEntry, RequestRecord } from '../domain/record';
import { scheduleAckReminder } from './ack-due-list';
import { effectsLock, EFFECTS_LOCK_TTL_S, PENDING_TTL_S, pendingMarker, releaseWhenDone } from './complete-effects';
import { runEscalationEffects } from './escalation-effects';
import type { Ports } from './ports-bundle';
import { countEntry, facetsOf } from './stats/count-steps';

/**
 * The level claim outlives any invocation (a resolver has 25 s); once the entry is recorded the record
 * itself forbids a second escalation at that level, so the claim only has to cover the race. Both claims
 * are leases that record their expiry (src/forge/store/kvs-lease.ts): after a crash, the customer's next
 * attempt takes them over a minute later, even while KVS still returns the expired keys (docs/rules.md §8).
 */
const LEVEL_CLAIM_TTL_S = 60;

const levelClaim = (key: string, level: number) => `escalation:${key}:${level}`;

/**
 * Records a decided escalation and runs its effects: the customer's (escalate) and the app's own (an
 * acknowledgement timeout, an SLA breach) go through here. The level is claimed atomically first: one winner
 * per level. The entry is recorded with every effect pending, the request goes on the pending list (the
 * background run completes what Jira interrupts) and on the acknowledgement-deadline list, the step is
 * counted, then each effect runs and is marked. Returns null when another invocation won the level.
 */
export async function recordEscalation(
  ports: Ports,
  request: RequestFacts,
  config: Config,
  decided: EscalationEntry,
): Promise<RequestRecord | null> {
  const { store } = ports;
  const { key } = request;
  const level = decided.level;
  if (!(await store.claim(levelClaim(key, level), LEVEL_CLAIM_TTL_S))) return null;
  if (!(await store.claim(effectsLock(key, level), EFFECTS_LOCK_TTL_S))) return null;
  try {
    // On the pending list before the entry is written, until every effect is done: if Jira interrupts them, or this
    // invocation dies even right after the write, the scheduled background run completes them within minutes, with
    // no customer action. A marker left by an entry that was not written is released by the next run.
    await store.claim(pendingMarker(key), PENDING_TTL_S);
    let recorded = false;
    let record = await store.updateRecord(key, (r) => {
      // A stale read elsewhere cannot add a second entry for the same level.
      recorded = !r.escalations.some((e) => e.level === level);
      const entry = { ...decided, facets: facetsOf(request, r, config) };
      return recorded ? { ...r, escalations: [...r.escalations, entry] } : r;
    });
    if (!recorded) return null;
    const entry = record.escalations.find((e) => e.level === level)!;
    await scheduleAckReminder(ports, config, key, entry);
    // The analytics count the step before the effects run: a failure here leaves the effects pending,
    // so the resume path (a customer retry or the background run) counts it again (idempotent).
    await countEntry(ports, config, key, entry);
    record = await runEscalationEffects(ports, request, config, level);
    await releaseWhenDone(ports, key, record);
    return record;
  } finally {
    await store.release(effectsLock(key, level));
  }
}
