import type { Config } from '../config';
import type { Outcome } from '../outcome';
import { safeText, visibleLength } from '../text/visible-text';
import type { InputFieldIssue, InputRefusal, InvalidInput } from './types';

/** Longest agent note (acknowledge or close), in characters after trimming. */
export const NOTE_MAX = 2000;

type Parsed<T> = Outcome<T, InputRefusal>;

const invalid = (fields: InputFieldIssue[]): InvalidInput => ({ ok: false, code: 'INVALID_INPUT', fields });

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Input must be a plain object with only `allowed` keys; each extra key is its own field error. */
function objectWith(
  input: unknown,
  allowed: string[],
): { obj: Record<string, unknown> | null; fields: InputFieldIssue[] } {
  if (!isPlainObject(input)) return { obj: null, fields: [{ path: '', key: 'rules.input.object' }] };
  const fields = Object.keys(input)
    .filter((k) => !allowed.includes(k))
    .map((k) => ({ path: k, key: 'rules.input.unknownKey', params: { key: k } }));
  return { obj: input, fields };
}

/** The customer's escalation: a configured reason id and details (trimmed; length rules from the config). */
export function parseEscalateInput(input: unknown, config: Config): Parsed<{ reasonId: string; details: string }> {
  const { obj, fields } = objectWith(input, ['reasonId', 'details']);
  if (!obj) return invalid(fields);
  const { detailsMin: min, detailsMax: max, reasons } = config.escalation;

  const reason = reasons.find((r) => r.id === obj.reasonId);
  if (typeof obj.reasonId !== 'string') fields.push({ path: 'reasonId', key: 'rules.input.text' });
  else if (!reason) fields.push({ path: 'reasonId', key: 'rules.input.unknownReason' });

  // Stryker disable next-line StringLiteral: when details is not a string it is refused below and this value is never used
  const details = typeof obj.details === 'string' ? obj.details.trim() : '';
  // Minimum in visible characters (zero-width or control characters say nothing); maximum in UTF-16 units.
  const visible = visibleLength(details);
  if (typeof obj.details !== 'string') fields.push({ path: 'details', key: 'rules.input.text' });
  else if (visible === 0 && details.length > 0)
    fields.push({ path: 'details', key: 'rules.input.tooShort', params: { min } });
  else if (visible === 0 && reason?.detailsRequired)
    fields.push({ path: 'details', key: 'rules.input.detailsRequired', params: { min, max } });
  else if (visible > 0 && visible < min) fields.push({ path: 'details', key: 'rules.input.tooShort', params: { min } });
  else if (details.length > max) fields.push({ path: 'details', key: 'rules.input.tooLong', params: { max } });

  if (fields.length > 0) return invalid(fields);
  return { ok: true, value: { reasonId: obj.reasonId as string, details: safeText(details).trim() } };
}

/** An optional note. A missing payload (undefined or null) means no note. */
export function parseAcknowledgeInput(input: unknown): Parsed<{ note?: string }> {
  const { obj, fields } = objectWith(input ?? {}, ['note']);
  if (!obj) return invalid(fields);
  let note: string | undefined;
  if (obj.note !== undefined && obj.note !== null) {
    if (typeof obj.note !== 'string') fields.push({ path: 'note', key: 'rules.input.text' });
    else if (obj.note.trim().length > NOTE_MAX)
      fields.push({ path: 'note', key: 'rules.input.tooLong', params: { max: NOTE_MAX } });
    else note = visibleLength(obj.note) > 0 ? obj.note.trim() : undefined;
  }
  if (fields.length > 0) return invalid(fields);
  return { ok: true, value: note ? { note } : {} };
}

/**
 * Closing: a configured closing reason (`escalation.closeReasons`), a note (required when the reason says so,
 * at most NOTE_MAX characters after trimming) and whether the customer may read the note.
 */
export function parseCloseInput(
  input: unknown,
  config: Config,
): Parsed<{ reasonId: string; note?: string; notePublic: boolean }> {
  const { obj, fields } = objectWith(input, ['reasonId', 'note', 'notePublic']);
  if (!obj) return invalid(fields);
  const reason = config.escalation.closeReasons.find((r) => r.id === obj.reasonId);
  if (typeof obj.reasonId !== 'string')
    fields.push({ path: 'reasonId', key: obj.reasonId === undefined ? 'rules.input.required' : 'rules.input.text' });
  else if (!reason) fields.push({ path: 'reasonId', key: 'rules.input.unknownReason' });
  // Stryker disable next-line StringLiteral: when the note is not a string it is refused below and this value is never used
  const note = typeof obj.note === 'string' ? obj.note.trim() : '';
  if (obj.note !== undefined && obj.note !== null && typeof obj.note !== 'string')
    fields.push({ path: 'note', key: 'rules.input.text' });
  else if (note.length > NOTE_MAX) fields.push({ path: 'note', key: 'rules.input.tooLong', params: { max: NOTE_MAX } });
  else if (visibleLength(note) === 0 && reason?.noteRequired)
    fields.push({ path: 'note', key: 'rules.input.required' });
  if (obj.notePublic !== undefined && typeof obj.notePublic !== 'boolean')
    fields.push({ path: 'notePublic', key: 'rules.input.boolean' });
  if (fields.length > 0) return invalid(fields);
  const kept = visibleLength(note) > 0 ? safeText(note).trim() : undefined;
  return {
    ok: true,
    value: { reasonId: obj.reasonId as string, ...(kept ? { note: kept } : {}), notePublic: obj.notePublic === true },
  };
}
