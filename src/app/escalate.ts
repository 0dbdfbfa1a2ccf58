import type { PortalState } from '../contract';
import { decideEscalation } from '../domain';
import type { Caller } from '../domain/facts';
import type { Lang } from '../i18n/translate';
import {
  completeMissingEffects,
  effectsLock,
  EFFECTS_LOCK_TTL_S,
  needsCompletion,
  PENDING_TTL_S,
  pendingMarker,
} from './complete-effects';
import { runEscalationEffects } from './escalation-effects';
import { ok, refuse, type Outcome } from './outcome';
import type { Ports } from './ports-bundle';
import { toPortalState } from './portal-view';
import { readRequestForParty, slaFor } from './request-access';
import { countEntry, facetsOf } from './stats/count-steps';

/**
 * The level claim outlives any invocation; once the entry is recorded the record itself forbids a
 * second escalation at that level, so the claim only has to cover the race, plus a margin.
 */
const LEVEL_CLAIM_TTL_S = 60 * 60;

const levelClaim = (key: string, level: number) => `escalation:${key}:${level}`;

/**
 * A customer escalates (docs/rules.md §7). Order of work:
 * 1. fresh read of the request as the app, caller must be its reporter or a participant;
 * 2. a retry of an escalation whose effects are unfinished completes them (completeMissingEffects, the path
 *    the background run uses too);
 * 3. the domain re-checks eligibility with the stored config;
 * 4. the level is claimed atomically in KVS before anything else happens: one winner per level;
 * 5. the entry is recorded with every effect pending (and the analytics' facets), the request goes on the
 *    pending list, the step is counted in the analytics buckets, then each effect runs and is marked; the
 *    request leaves the pending list once they are all done.
 */
export async function escalate(
  ports: Ports,
  key: string,
  caller: Caller,
  input: unknown,
  lang: Lang,
): Promise<Outcome<PortalState>> {
  const { store, jira, clock } = ports;
  const { config } = await store.getConfig();
  const read = await readRequestForParty(jira, config, key, caller.accountId);
  if (!read.ok) return read;
  const request = read.value;
  const [firstRecord, sla] = await Promise.all([store.getRecord(key), slaFor(jira, config, key)]);
  let record = firstRecord;

  // A retry of an escalation whose effects are unfinished completes them: the same path as the background run.
  const completion = await completeMissingEffects(ports, request, config, firstRecord);
  if (completion.kind === 'busy') return refuse('ALREADY_ESCALATED');
  record = completion.record;
  const resumed = completion.kind === 'completed';

  const now = clock.now();
  const decision = decideEscalation(request, record, config, now, input, caller.accountId, sla);
  if (!decision.ok) {
    // The retry completed the escalation it was meant to make: answer with its state.
    if (resumed && decision.code !== 'INVALID_INPUT') return ok(toPortalState(request, record, config, now, lang, sla));
    return refuse(decision.code, 'fields' in decision ? decision.fields : undefined);
  }

  const level = decision.value.level;
  if (!(await store.claim(levelClaim(key, level), LEVEL_CLAIM_TTL_S))) return refuse('ALREADY_ESCALATED');
  if (!(await store.claim(effectsLock(key, level), EFFECTS_LOCK_TTL_S))) return refuse('ALREADY_ESCALATED');
  try {
    let recorded = false;
    record = await store.updateRecord(key, (r) => {
      // A stale read elsewhere cannot add a second entry for the same level.
      recorded = !r.escalations.some((e) => e.level === level);
      const entry = { ...decision.value.entry, facets: facetsOf(request, r) };
      return recorded ? { ...r, escalations: [...r.escalations, entry] } : r;
    });
    if (!recorded) return refuse('ALREADY_ESCALATED');
    // On the pending list until every effect is done: if Jira interrupts them (or this invocation dies), the
    // scheduled background run completes them within minutes, with no customer action.
    await store.claim(pendingMarker(key), PENDING_TTL_S);
    // The analytics count the step before the effects run: a failure here leaves the effects pending,
    // so the resume path above (a customer retry or the background run) counts it again (idempotent).
    await countEntry(
      ports,
      config,
      key,
      record.escalations.find((e) => e.level === level)!,
    );
    record = await runEscalationEffects(ports, request, config, level);
    if (!needsCompletion(record)) await store.release(pendingMarker(key));
  } finally {
    await store.release(effectsLock(key, level));
  }
  return ok(toPortalState(request, record, config, clock.now(), lang, sla));
}
