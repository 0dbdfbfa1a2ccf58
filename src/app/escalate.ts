import { decideEscalation } from '../domain';
import { completeMissingEffects } from './complete-effects';
import { ok, refuse } from './outcome';
import { toPortalState } from './portal-view';
import { recordEscalation } from './record-escalation';
import { readAsParty, slaFor, type CustomerAction } from './request-access';

/**
 * A customer escalates (docs/rules.md §7). Order of work:
 * 1. fresh read of the request as the app, caller must be its reporter or a participant;
 * 2. a retry of an escalation whose effects are unfinished completes them (completeMissingEffects, the path
 *    the background run uses too);
 * 3. the domain re-checks eligibility with the stored config;
 * 4. recordEscalation: the level is claimed atomically in KVS before anything else happens (one winner per
 *    level), the entry is recorded with every effect pending, then each effect runs and is marked.
 */
export const escalate: CustomerAction = async (ports, key, caller, input, lang) => {
  const { store, jira, clock } = ports;
  const read = await readAsParty(ports, key, caller.accountId);
  if (!read.ok) return read;
  const { config, request } = read.value;
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
    if (resumed && decision.code !== 'INVALID_INPUT')
      return ok(toPortalState({ request, record, config, now, sla }, lang));
    return refuse(decision.code, 'fields' in decision ? decision.fields : undefined);
  }

  const recorded = await recordEscalation(ports, request, config, decision.value.entry);
  if (!recorded) return refuse('ALREADY_ESCALATED');
  record = recorded;
  return ok(toPortalState({ request, record, config, now: clock.now(), sla }, lang));
};
