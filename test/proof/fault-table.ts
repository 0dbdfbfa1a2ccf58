/** The fault table of `faults.test.ts`: which calls are faulted, how, and the row each scenario becomes. */
import type { Sandbox } from '../../sandbox';
import { escapeRegex } from './support';

export const RESOLVER_LIMIT_MS = 25_000;
/** The comment trigger is a product event trigger: the general 25 s (src/forge/invocation-limits.ts). */
export const TRIGGER_LIMIT_MS = 25_000;
/**
 * The Jira client's ceiling for one call (src/forge/jira/client.ts). A delayed answer is logged by
 * the sandbox only when its delay ends, so a timeout shows as the client waiting this long.
 */
export const CALL_TIMEOUT_MS = 10_000;

export interface FaultKind {
  name: string;
  status: number;
  count: number;
  retryAfterSeconds?: number;
  delayMs?: (limitMs: number) => number;
}

/**
 * Counts of 4 exhaust the client's 4 attempts, so the invocation itself fails and the platform's
 * retry (a new click, a redelivery) has to finish the work; counts of 1 are absorbed by the client.
 */
export const KINDS: FaultKind[] = [
  { name: '429 Retry-After 0 ×4', status: 429, count: 4, retryAfterSeconds: 0 },
  { name: '429 Retry-After 1', status: 429, count: 1, retryAfterSeconds: 1 },
  { name: '500', status: 500, count: 1 },
  { name: '503 ×4', status: 503, count: 4 },
  // A gateway timeout that arrives after the invocation's limit: the client must give up first.
  { name: 'timeout', status: 504, count: 1, delayMs: (limit) => limit + 1_000 },
];

export interface Template {
  method: string;
  /** Path without the query, with `{key}` and `{commentId}` placeholders. */
  path: string;
  /** Shared by every issue (site metadata read by a cold container): faulted one at a time. */
  shared?: boolean;
}

/**
 * The product calls of a clean run, cold, with every effect on (the first test checks that the
 * discovered list is exactly this one, so a new call cannot go unfaulted). A second call on the
 * same path (the priority's PUT after the label's, the public comment after the internal one) is
 * faulted through the first: the sandbox's faults take the first matching call.
 */
export const ESCALATE_CALLS: Template[] = [
  { method: 'GET', path: '/rest/api/3/issue/{key}' },
  { method: 'PUT', path: '/rest/api/3/issue/{key}/properties/escalade' },
  { method: 'PUT', path: '/rest/api/3/issue/{key}' },
  { method: 'POST', path: '/rest/api/3/issue/{key}/comment' },
  { method: 'POST', path: '/rest/api/3/issue/{key}/notify' },
  { method: 'GET', path: '/rest/api/3/priority/search', shared: true },
  { method: 'POST', path: '/rest/api/3/issue/{key}/transitions' },
];

export const FOLLOW_UP_CALLS: Template[] = [
  { method: 'GET', path: '/rest/api/3/issue/{key}/comment/{commentId}' },
  { method: 'GET', path: '/rest/api/3/issue/{key}' },
  { method: 'POST', path: '/rest/api/3/issue/{key}/notify' },
  { method: 'PUT', path: '/rest/api/3/issue/{key}/properties/escalade' },
];

/** The distinct `METHOD path` of a run's product calls, key and comment id replaced by placeholders. */
export function callsOf(sbx: Sandbox, key: string, commentId?: string): string[] {
  const out = new Set<string>();
  for (const c of sbx.calls().filter((x) => x.kind === 'product')) {
    let path = (c.path.split('?')[0] as string).split(key).join('{key}');
    if (commentId) path = path.split(`/comment/${commentId}`).join('/comment/{commentId}');
    out.add(`${c.method} ${path}`);
  }
  return [...out];
}

/** `/^…(\?…)?$/` matching the template for one issue; the comment id of a follow-up is any number. */
export function patternFor(t: Template, key: string): string {
  const parts = t.path.split('{commentId}').map((p) => p.split('{key}').map(escapeRegex).join(escapeRegex(key)));
  return `/^${parts.join('\\d+')}(\\?.*)?$/`;
}

export const rowName = (op: string, t: Template, k: FaultKind) => `${op}: ${k.name} on ${t.method} ${t.path}`;
export const rows = (op: string, ts: Template[]) =>
  ts.flatMap((t) => KINDS.map((k) => [rowName(op, t, k), t, k] as const));
export const ESCALATE_ROWS = rows('escalate', ESCALATE_CALLS);
export const FOLLOW_UP_ROWS = rows('follow-up', FOLLOW_UP_CALLS);
