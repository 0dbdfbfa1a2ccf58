import type { EscalationEntry, RequestRecord } from '../record';
import { safeText } from '../text/visible-text';
import { currentEscalation } from './current';
import { propertyFor } from './property';
import type { EscaladeProperty, InputFieldIssue, InvalidInput } from './types';

/** Longest note a customer may leave when withdrawing, in characters after trimming. */
export const WITHDRAW_NOTE_MAX = 500;

export type WithdrawDecision =
  | InvalidInput
  | { ok: false; code: 'NOTHING_TO_WITHDRAW' }
  | { ok: true; entry: EscalationEntry; property: EscaladeProperty };

/** `{ note? }`: an optional note, at most WITHDRAW_NOTE_MAX characters after trimming. */
export function parseWithdrawInput(input: unknown): { ok: true; note?: string } | InvalidInput {
  const payload = input ?? {};
  if (typeof payload !== 'object' || Array.isArray(payload))
    return { ok: false, code: 'INVALID_INPUT', fields: [{ path: '', key: 'rules.input.object' }] };
  const obj = payload as Record<string, unknown>;
  const fields: InputFieldIssue[] = Object.keys(obj)
    .filter((k) => k !== 'note')
    .map((k) => ({ path: k, key: 'rules.input.unknownKey', params: { key: k } }));
  let note: string | undefined;
  if (obj.note !== undefined && obj.note !== null) {
    if (typeof obj.note !== 'string') fields.push({ path: 'note', key: 'rules.input.text' });
    else if (obj.note.trim().length > WITHDRAW_NOTE_MAX)
      fields.push({ path: 'note', key: 'rules.input.tooLong', params: { max: WITHDRAW_NOTE_MAX } });
    else note = safeText(obj.note).trim() || undefined;
  }
  if (fields.length > 0) return { ok: false, code: 'INVALID_INPUT', fields };
  return note ? { ok: true, note } : { ok: true };
}

/**
 * The customer withdraws the open escalation ("I no longer need this escalation", docs/rules.md §7d):
 * NOTHING_TO_WITHDRAW when none is open (none, closed or already withdrawn), then INVALID_INPUT. A withdrawn
 * escalation is closed by the customer: the next level waits as after a closing (§5).
 */
export function decideWithdraw(record: RequestRecord, now: Date, input: unknown, callerId: string): WithdrawDecision {
  const current = currentEscalation(record);
  if (!current || current.closedAt) return { ok: false, code: 'NOTHING_TO_WITHDRAW' };
  const parsed = parseWithdrawInput(input);
  if (!parsed.ok) return parsed;
  const entry: EscalationEntry = {
    ...current,
    closedAt: now.toISOString(),
    closedBy: callerId,
    withdrawn: true,
    ...(parsed.note ? { closeNote: parsed.note } : {}),
  };
  const after = { ...record, escalations: record.escalations.map((e) => (e === current ? entry : e)) };
  return { ok: true, entry, property: propertyFor(after) };
}
