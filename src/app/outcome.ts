import type { ErrorCode } from '../contract';
import type { Outcome as Answer } from '../domain/outcome';

/**
 * A field-level problem, language-free: the handler turns `key` (an i18n key) and its `params` into the
 * caller's language.
 */
export interface FieldProblem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** Why a use case refuses: an error code of the contract, and the fields at fault for INVALID_INPUT. */
export interface Refusal {
  code: ErrorCode;
  fields?: FieldProblem[];
}

/** What a use case answers: its value, or an expected refusal (never a throw). The domain's `Outcome`. */
export type Outcome<T> = Answer<T, Refusal>;

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const refuse = <T = never>(code: ErrorCode, fields?: FieldProblem[]): Outcome<T> =>
  fields && fields.length > 0 ? { ok: false, code, fields } : { ok: false, code };
