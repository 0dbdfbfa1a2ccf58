import type { Config, Effects } from '../config';
import type { RequestFacts, SlaCycle } from '../facts';
import type { EffectName, EffectStatus, EscalationEntry, RequestRecord } from '../record';
import { isParty } from '../party';
import { parseEscalateInput } from './input';
import { portalState } from './portal-state';
import { settingsForRequest } from '../tiers/effective-settings';
import { propertyFor } from './property';
import type { EscalationDecision } from './types';

export const EFFECT_NAMES: readonly EffectName[] = [
  'issueProperty',
  'label',
  'internalComment',
  'notify',
  'raisePriority',
  'transition',
  'publicComment',
];

/** Every effect starts 'pending' when the admin turned it on, 'skipped' otherwise. */
export function initialEffects(effects: Effects): Record<EffectName, EffectStatus> {
  return Object.fromEntries(EFFECT_NAMES.map((n) => [n, effects[n] ? 'pending' : 'skipped'])) as Record<
    EffectName,
    EffectStatus
  >;
}

/**
 * Decides a customer's escalation. Checks run in this order, the first that applies wins:
 * 1. FORBIDDEN: the caller is neither the reporter nor a participant (the handler checks this too).
 * 2. RESOLVED: the request's status category is Done.
 * 3. NOT_ELIGIBLE: the project is not one the app is active in.
 * 4. CRITICAL: the request is critical (phone only).
 * 5. MAX_LEVEL: the current level is the last configured level (open, acknowledged or closed).
 * 6. ALREADY_ESCALATED: an escalation at the current level is open and the next level is not due yet
 *    (this is also what a double click or a second tab gets).
 * 7. NOT_ELIGIBLE: before eligibleAt (or the next level's time after a closed escalation), a paused or
 *    missing SLA cycle, or a follow-up is required first.
 * 8. INVALID_INPUT: the payload is checked last, so a request that cannot be escalated says why
 *    rather than complaining about the form.
 * On success: the entry to record at level `level`, and the issue property that goes with it.
 */
export function decideEscalation(
  request: RequestFacts,
  record: RequestRecord,
  config: Config,
  now: Date,
  input: unknown,
  callerId: string,
  sla?: SlaCycle | null,
): EscalationDecision {
  if (!isParty(request, callerId)) return { ok: false, code: 'FORBIDDEN' };
  const state = portalState(request, record, config, now, sla);
  if (state.kind === 'resolved') return { ok: false, code: 'RESOLVED' };
  if (state.kind === 'inactive') return { ok: false, code: 'NOT_ELIGIBLE' };
  if (state.kind === 'critical') return { ok: false, code: 'CRITICAL' };
  if (state.level >= state.maxLevel) return { ok: false, code: 'MAX_LEVEL' };
  if (!state.canEscalate || state.nextLevel === null) {
    return { ok: false, code: state.kind === 'escalated' ? 'ALREADY_ESCALATED' : 'NOT_ELIGIBLE' };
  }

  const parsed = parseEscalateInput(input, config);
  if (!parsed.ok) return parsed;

  const entry: EscalationEntry = {
    level: state.nextLevel,
    at: now.toISOString(),
    byAccountId: callerId,
    reasonId: parsed.value.reasonId,
    details: parsed.value.details,
    effects: initialEffects(config.escalation.effects),
  };
  const policy = settingsForRequest(config, request).policy.id;
  const property = propertyFor({ ...record, escalations: [...record.escalations, entry] }, policy);
  return { ok: true, value: { level: entry.level, entry, property } };
}
