/** One fault scenario of `faults.test.ts`: run the operation under the fault, retry as the platform would, observe. */
import type { Sandbox } from '../../sandbox';
import { ALICE, DAVE } from '../support/personas';
import { agent, ok, errorCode, escalation, portal } from '../support/invoke';
import { customerComments, issueProperty } from '../support/site-actions';
import { appComments, issueView } from './support';
import {
  CALL_TIMEOUT_MS,
  type FaultKind,
  patternFor,
  RESOLVER_LIMIT_MS,
  rowName,
  type Template,
  TRIGGER_LIMIT_MS,
} from './fault-table';

export interface Outcome {
  label: string;
  error?: string;
  /** Attempts made (clicks or deliveries) before the work was complete. */
  attempts: number;
  faultHit: boolean;
  emails: number;
  labels: number;
  internalComments: number;
  publicComments: number;
  propertyOk: boolean;
  effects: Record<string, string>;
  priority: string | null;
  status: string | null;
  followUps?: number;
  longestInvocationMs: number;
  limitMs: number;
}

/** Longest span between the first and last call of one invocation, in ms (the sandbox clock runs in real time). */
export function longestInvocation(sbx: Sandbox, since: number): number {
  const spans = new Map<string, { from: number; to: number }>();
  for (const c of sbx.calls().slice(since)) {
    if (!c.invocationId) continue;
    const t = Date.parse(c.at);
    const s = spans.get(c.invocationId) ?? { from: t, to: t };
    spans.set(c.invocationId, { from: Math.min(s.from, t), to: Math.max(s.to, t) });
  }
  return Math.max(0, ...[...spans.values()].map((s) => s.to - s.from));
}

export async function effectsOf(sb: Sandbox, key: string): Promise<Record<string, string>> {
  const timeline = ok(await agent(sb, DAVE, key, 'getAgentState')).timeline;
  const entries = timeline.filter((e) => e.type === 'escalation');
  return entries.length === 1 ? (entries[0]?.effects ?? {}) : { escalationEntries: String(entries.length) };
}

export async function observe(
  sb: Sandbox,
  key: string,
  label: string,
  attempts: number,
  faultHit: boolean,
  longestMs: number,
  limitMs: number,
  error?: string,
): Promise<Outcome> {
  const mine = await appComments(sb, key);
  const view = await issueView(sb, key);
  const property = await issueProperty(sb, key);
  return {
    label,
    error,
    attempts,
    faultHit,
    emails: sb.outbox().filter((m) => m.issueKey === key).length,
    labels: view.labels.filter((l) => l === 'escalade').length,
    internalComments: mine.filter((c) => !c.jsdPublic).length,
    publicComments: mine.filter((c) => c.jsdPublic).length,
    propertyOk: property !== null,
    effects: await effectsOf(sb, key),
    priority: view.priority,
    status: view.status,
    followUps: typeof property?.followUps === 'number' ? property.followUps : undefined,
    longestInvocationMs: longestMs,
    limitMs,
  };
}

export const faultWasHit = (sb: Sandbox, since: number, t: Template, pattern: string, status: number): boolean =>
  sb
    .calls()
    .slice(since)
    .some((c) => c.method === t.method && c.status === status && new RegExp(pattern.slice(1, -1)).test(c.path));

export function addFault(sb: Sandbox, t: Template, kind: FaultKind, key: string, limitMs: number): string {
  const pattern = patternFor(t, key);
  sb.addFault({
    pathPattern: pattern,
    method: t.method,
    status: kind.status,
    count: kind.count,
    ...(kind.retryAfterSeconds !== undefined ? { retryAfterSeconds: kind.retryAfterSeconds } : {}),
    ...(kind.delayMs ? { delayMs: kind.delayMs(limitMs) } : {}),
  });
  return pattern;
}

/**
 * A write that got no answer (a timeout) is recorded `unknown` and the escalation goes on (issue 14): an email is
 * never resent, anything else is completed by the next attempt (the customer's retry or the background run, one
 * path), after a look for the comment's marker.
 */
async function completable(sb: Sandbox, key: string): Promise<boolean> {
  return Object.entries(await effectsOf(sb, key)).some(([name, status]) => status === 'unknown' && name !== 'notify');
}

/**
 * Escalate under one fault; the customer clicks again (at most 4 times) while the answer is UNAVAILABLE, or while
 * an effect of unknown outcome is left to complete.
 */
export async function escalateUnder(sb: Sandbox, t: Template, kind: FaultKind, key: string): Promise<Outcome> {
  const since = sb.calls().length;
  const pattern = addFault(sb, t, kind, key, RESOLVER_LIMIT_MS);
  let attempts = 0;
  let longest = 0;
  let error: string | undefined;
  while (attempts < 4) {
    attempts++;
    const started = performance.now();
    const body = await portal(sb, ALICE, key, 'escalate', escalation);
    longest = Math.max(longest, performance.now() - started);
    error = errorCode(body);
    if (error !== 'UNAVAILABLE' && !(await completable(sb, key))) break;
  }
  const hit = kind.delayMs ? longest >= CALL_TIMEOUT_MS - 500 : faultWasHit(sb, since, t, pattern, kind.status);
  const longestMs = Math.max(longest, longestInvocation(sb, since));
  return observe(sb, key, rowName('escalate', t, kind), attempts, hit, longestMs, RESOLVER_LIMIT_MS, error);
}

/** A customer comment under one fault; the sandbox redelivers the event as the platform would. */
export async function followUpUnder(sb: Sandbox, t: Template, kind: FaultKind, key: string): Promise<Outcome> {
  const since = sb.calls().length;
  const pattern = addFault(sb, t, kind, key, TRIGGER_LIMIT_MS);
  const started = performance.now();
  const commentId = await customerComments(sb, ALICE, key, 'Des nouvelles ? Nous sommes toujours bloqués.');
  await waitForComment(sb, commentId);
  const event = sb.events().find((e) => e.commentId === commentId && !e.replayOf);
  const elapsed = performance.now() - started;
  const hit = kind.delayMs ? elapsed >= CALL_TIMEOUT_MS - 500 : faultWasHit(sb, since, t, pattern, kind.status);
  const error = event?.status === 'done' ? undefined : `event ${event?.status ?? 'missing'} ${event?.lastError ?? ''}`;
  const longestMs = longestInvocation(sb, since);
  return observe(sb, key, rowName('follow-up', t, kind), event?.attempts ?? 0, hit, longestMs, TRIGGER_LIMIT_MS, error);
}

export async function waitForComment(sb: Sandbox, commentId: string): Promise<void> {
  for (let i = 0; i < 2_400; i++) {
    const e = sb.events().find((x) => x.commentId === commentId && !x.replayOf);
    if (e && (e.status === 'done' || e.status === 'failed')) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}
