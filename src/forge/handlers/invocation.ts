import { langOf, type Lang } from '../../i18n/translate';
import type { Caller } from '../../domain/facts';

/** What a handler takes from the resolver context. The payload is never trusted for any of it. */
export interface Invocation {
  caller: Caller | null;
  lang: Lang;
  extension: Record<string, unknown>;
}

const ACCOUNT_TYPES = new Set<Caller['accountType']>(['licensed', 'unlicensed', 'customer', 'anonymous']);
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,19}-[1-9]\d{0,9}$/;

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export function readInvocation(context: unknown): Invocation {
  const ctx = asRecord(context);
  const accountId = typeof ctx.accountId === 'string' && ctx.accountId.length > 0 ? ctx.accountId : null;
  // Fail closed: a missing or unknown account type is no caller at all, never a licensed one.
  const accountType = ACCOUNT_TYPES.has(ctx.accountType as Caller['accountType'])
    ? (ctx.accountType as Caller['accountType'])
    : null;
  return {
    // An anonymous, unknown or missing principal is no caller at all: every check then refuses.
    caller: accountId && accountType && accountType !== 'anonymous' ? { accountId, accountType } : null,
    lang: langOf(typeof ctx.locale === 'string' ? ctx.locale : null),
    extension: asRecord(ctx.extension),
  };
}

/** `extension.request.key` (portal) or `extension.issue.key` (agent), when well-formed. */
export function contextIssueKey(extension: Record<string, unknown>, holder: 'request' | 'issue'): string | null {
  const key = asRecord(extension[holder]).key;
  return typeof key === 'string' && ISSUE_KEY.test(key) ? key : null;
}
