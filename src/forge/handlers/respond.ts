import type { ErrorCode, ResolverError } from '../../contract';
import type { FieldProblem, Outcome } from '../../app/outcome';
import { translate, type Lang } from '../../i18n/translate';

/** The contract's error shape, with the message and field messages in the caller's language. */
export function errorOf(code: ErrorCode, lang: Lang, fields?: FieldProblem[]): ResolverError {
  const error: ResolverError['error'] = { code, message: translate(lang, `errors.${code}`) };
  if (fields && fields.length > 0) {
    error.fields = fields.map((f) => ({
      path: f.path,
      message: translate(lang, f.key, f.params),
    }));
  }
  return { error };
}

export function respond<T>(outcome: Outcome<T>, lang: Lang): T | ResolverError {
  return outcome.ok ? outcome.value : errorOf(outcome.code, lang, outcome.fields);
}
