import type { ErrorCode, ResolverError } from '../../contract';
import type { FieldProblem, Outcome } from '../../app/outcome';
import { translate, type Lang } from '../../i18n/translate';

/** Who reads the message: agents get their own words where the customer's would mislead them (`errors.agent.*`). */
export type Audience = 'agent' | 'customer';

function messageOf(code: ErrorCode, lang: Lang, audience: Audience): string {
  const own = `errors.agent.${code}`;
  const text = audience === 'agent' ? translate(lang, own) : own;
  return text === own ? translate(lang, `errors.${code}`) : text;
}

/** The contract's error shape, with the message and field messages in the caller's language. */
export function errorOf(
  code: ErrorCode,
  lang: Lang,
  fields?: FieldProblem[],
  audience: Audience = 'customer',
): ResolverError {
  const error: ResolverError['error'] = { code, message: messageOf(code, lang, audience) };
  if (fields && fields.length > 0) {
    error.fields = fields.map((f) => ({
      path: f.path,
      message: translate(lang, f.key, f.params),
    }));
  }
  return { error };
}

export function respond<T>(outcome: Outcome<T>, lang: Lang, audience: Audience = 'customer'): T | ResolverError {
  return outcome.ok ? outcome.value : errorOf(outcome.code, lang, outcome.fields, audience);
}
