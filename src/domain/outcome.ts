/**
 * The one shape of an answer that may be an expected refusal, everywhere in src/: a success carries its `value`;
 * a refusal is `ok: false` plus what it is about (a code, field problems, an HTTP status). Expected refusals are
 * values, never throws and never `null`; only the unexpected (a bug, a platform outage) throws.
 *
 * Instances: a use case's `Outcome<T>` (src/app/outcome.ts: an error code and field problems), a parsed
 * configuration (src/domain/config/parse.ts), a parsed payload (src/forge/handlers/payloads.ts and
 * src/domain/escalation/input.ts), the escalation and agent decisions (src/domain/escalation/types.ts), and
 * an email sent or not (`NotifyResult`) and a configuration save (`SaveConfigResult`) in src/ports.ts.
 */
export type Outcome<T, E extends object> = { ok: true; value: T } | ({ ok: false } & E);

export const success = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const refusal = <E extends object>(about: E): { ok: false } & E => ({ ok: false, ...about });
