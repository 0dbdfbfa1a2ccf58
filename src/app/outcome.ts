import type { ErrorCode } from '../contract';

/**
 * A field-level problem, language-free: the handler turns `key` (an i18n key) and its `params` into the
 * caller's language.
 */
export interface FieldProblem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** What a use case answers: its value, or an expected refusal (never a throw). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; fields?: FieldProblem[] };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const refuse = <T = never>(code: ErrorCode, fields?: FieldProblem[]): Outcome<T> =>
  fields && fields.length > 0 ? { ok: false, code, fields } : { ok: false, code };
