import type { Config } from '../config';
import type { EscalationEntry, RequestRecord } from '../record';
import { currentEscalation } from './current';
import { parseAcknowledgeInput, parseCloseInput } from './input';
import { propertyFor } from './property';
import type { AgentDecision } from './types';

function withEntry(record: RequestRecord, old: EscalationEntry, entry: EscalationEntry): RequestRecord {
  return { ...record, escalations: record.escalations.map((e) => (e === old ? entry : e)) };
}

/**
 * An agent takes the current escalation in hand. NOT_ELIGIBLE when there is no open escalation,
 * CONFLICT when it is already acknowledged, then INVALID_INPUT for a bad note.
 * Acknowledging restarts the wait for the next level (docs/rules.md §5).
 */
export function decideAcknowledge(record: RequestRecord, now: Date, input: unknown, callerId: string): AgentDecision {
  const current = currentEscalation(record);
  if (!current || current.closedAt) return { ok: false, code: 'NOT_ELIGIBLE' };
  if (current.acknowledgedAt) return { ok: false, code: 'CONFLICT' };
  const parsed = parseAcknowledgeInput(input);
  if (!parsed.ok) return parsed;
  const entry: EscalationEntry = {
    ...current,
    acknowledgedAt: now.toISOString(),
    acknowledgedBy: callerId,
    ...(parsed.value.note ? { acknowledgeNote: parsed.value.note } : {}),
  };
  return { ok: true, value: { entry, property: propertyFor(withEntry(record, current, entry)) } };
}

/**
 * An agent closes the current escalation with a closing reason and a note (acknowledged or not). NOT_ELIGIBLE
 * when there is no open escalation (none, already closed or withdrawn), then INVALID_INPUT (docs/rules.md §7d).
 */
export function decideClose(
  record: RequestRecord,
  now: Date,
  input: unknown,
  callerId: string,
  config: Config,
): AgentDecision {
  const current = currentEscalation(record);
  if (!current || current.closedAt) return { ok: false, code: 'NOT_ELIGIBLE' };
  const parsed = parseCloseInput(input, config);
  if (!parsed.ok) return parsed;
  const { reasonId, note, notePublic } = parsed.value;
  const entry: EscalationEntry = {
    ...current,
    closedAt: now.toISOString(),
    closedBy: callerId,
    closeReasonId: reasonId,
    ...(note ? { closeNote: note } : {}),
    ...(note && notePublic ? { closeNotePublic: true } : {}),
  };
  return { ok: true, value: { entry, property: propertyFor(withEntry(record, current, entry)) } };
}
