import { langOf, type Lang } from '../../i18n/translate';
import type { Caller } from '../../domain/facts';
import { DEFAULT_CONFIG } from '../../domain/config/defaults';
import type { Ports } from '../../app/ports-bundle';

/**
 * What a handler takes from one resolver call. Who calls and where (the extension) come from the
 * resolver context, never from the payload. The user's language comes from the payload's optional
 * `locale` (Forge gives functions no locale: the UI reads it from `view.getContext()` and sends it).
 */
export interface Invocation {
  caller: Caller | null;
  extension: Record<string, unknown>;
  /** The payload's `locale` mapped to a language, or null when it is missing or not one we speak. */
  requestedLang: Lang | null;
  /** The payload without `locale`, so that strict payloads accept `{ locale }` alone. */
  payload: unknown;
}

const ACCOUNT_TYPES = new Set<Caller['accountType']>(['licensed', 'unlicensed', 'customer', 'anonymous']);
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/;
const SUPPORTED = new Set<string>(['fr', 'en']);

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** A well-formed BCP 47 tag (`fr-FR`, `en-US`, `fr_CA` as Jira writes it) in a language we speak, else null. */
export function requestedLangOf(locale: unknown): Lang | null {
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 64) return null;
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(locale.replace(/_/g, '-'));
  } catch {
    return null; // not a BCP 47 tag
  }
  const language = canonical.split('-')[0]?.toLowerCase() ?? '';
  return SUPPORTED.has(language) ? langOf(language) : null;
}

/** Splits `locale` off the payload; any other payload (absent, not an object) passes through unchanged. */
function splitLocale(payload: unknown): { locale: unknown; rest: unknown } {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload) || !('locale' in payload)) {
    return { locale: undefined, rest: payload };
  }
  const { locale, ...rest } = payload as Record<string, unknown>;
  return { locale, rest };
}

export function readInvocation(req: { context?: unknown; payload?: unknown }): Invocation {
  const ctx = asRecord(req.context);
  const accountId = typeof ctx.accountId === 'string' && ctx.accountId.length > 0 ? ctx.accountId : null;
  // Fail closed: a missing or unknown account type is no caller at all, never a licensed one.
  const accountType = ACCOUNT_TYPES.has(ctx.accountType as Caller['accountType'])
    ? (ctx.accountType as Caller['accountType'])
    : null;
  const { locale, rest } = splitLocale(req.payload);
  return {
    // An anonymous, unknown or missing principal is no caller at all: every check then refuses.
    caller: accountId && accountType && accountType !== 'anonymous' ? { accountId, accountType } : null,
    extension: asRecord(ctx.extension),
    requestedLang: requestedLangOf(locale),
    payload: rest,
  };
}

/**
 * The language of the answer: the payload's locale, else the configured `language` (one cached
 * config read), else the default configuration's when the store cannot be read.
 */
export async function languageOf(inv: Invocation, ports: Ports): Promise<Lang> {
  if (inv.requestedLang) return inv.requestedLang;
  try {
    return (await ports.store.getConfig()).config.language;
  } catch {
    return DEFAULT_CONFIG.language;
  }
}

/** `extension.request.key` (portal) or `extension.issue.key` (agent), when well-formed. */
export function contextIssueKey(extension: Record<string, unknown>, holder: 'request' | 'issue'): string | null {
  const key = asRecord(extension[holder]).key;
  return typeof key === 'string' && ISSUE_KEY.test(key) ? key : null;
}
