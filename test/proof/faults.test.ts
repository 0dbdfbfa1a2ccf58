/**
 * Fault injection on every product call of `escalate` and of the follow-up trigger.
 *
 * The call list is discovered from a clean run (sandbox.calls()), then each call path is faulted
 * in turn with: 429 + Retry-After 0 (until the client gives up), 429 + Retry-After 1, 500, 503
 * (until the client gives up) and a timeout (a delay beyond the invocation's remaining time).
 * After the retries the platform would make (the customer clicks again; the platform redelivers
 * the event), every effect must have happened exactly once, nothing may be half-done, and no
 * invocation may run past its time limit.
 *
 * Scenarios run on their own request each, so that all the paths that name the issue run
 * concurrently (the suite would otherwise take minutes: a timeout costs the client's 10 s call
 * timeout). Paths that do not name the issue (site metadata such as the priority list, read by a
 * cold container) are faulted one at a time. Each scenario's outcome is then one test row.
 */
import type { Sandbox } from '../../sandbox';
import { resetWarmCaches } from '../../src/forge/platform';
import {
  ALICE,
  agent,
  ok,
  allEffectsOn,
  appComments,
  customerComments,
  DAVE,
  errorCode,
  escalation,
  escapeRegex,
  issueProperty,
  issueView,
  newRequest,
  passAllDelays,
  portal,
  saveConfig,
  startSandbox,
} from './support';

jest.setTimeout(30_000);

const RESOLVER_LIMIT_MS = 25_000;
/** The comment trigger is a product event trigger: the general 25 s (src/forge/invocation-limits.ts). */
const TRIGGER_LIMIT_MS = 25_000;
/**
 * The Jira client's ceiling for one call (src/forge/jira/client.ts). A delayed answer is logged by
 * the sandbox only when its delay ends, so a timeout shows as the client waiting this long.
 */
const CALL_TIMEOUT_MS = 10_000;

interface FaultKind {
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
const KINDS: FaultKind[] = [
  { name: '429 Retry-After 0 ×4', status: 429, count: 4, retryAfterSeconds: 0 },
  { name: '429 Retry-After 1', status: 429, count: 1, retryAfterSeconds: 1 },
  { name: '500', status: 500, count: 1 },
  { name: '503 ×4', status: 503, count: 4 },
  // A gateway timeout that arrives after the invocation's limit: the client must give up first.
  { name: 'timeout', status: 504, count: 1, delayMs: (limit) => limit + 1_000 },
];

interface Template {
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
const ESCALATE_CALLS: Template[] = [
  { method: 'GET', path: '/rest/api/3/issue/{key}' },
  { method: 'PUT', path: '/rest/api/3/issue/{key}/properties/escalade' },
  { method: 'PUT', path: '/rest/api/3/issue/{key}' },
  { method: 'POST', path: '/rest/api/3/issue/{key}/comment' },
  { method: 'POST', path: '/rest/api/3/issue/{key}/notify' },
  { method: 'GET', path: '/rest/api/3/priority/search', shared: true },
  { method: 'POST', path: '/rest/api/3/issue/{key}/transitions' },
];

const FOLLOW_UP_CALLS: Template[] = [
  { method: 'GET', path: '/rest/api/3/issue/{key}/comment/{commentId}' },
  { method: 'GET', path: '/rest/api/3/issue/{key}' },
  { method: 'POST', path: '/rest/api/3/issue/{key}/notify' },
  { method: 'PUT', path: '/rest/api/3/issue/{key}/properties/escalade' },
];

interface Outcome {
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

let sb: Sandbox;
const discovered: { escalate: string[]; followUp: string[] } = { escalate: [], followUp: [] };
const outcomes = new Map<string, Outcome>();

/** The distinct `METHOD path` of a run's product calls, key and comment id replaced by placeholders. */
function callsOf(sbx: Sandbox, key: string, commentId?: string): string[] {
  const out = new Set<string>();
  for (const c of sbx.calls().filter((x) => x.kind === 'product')) {
    let path = (c.path.split('?')[0] as string).split(key).join('{key}');
    if (commentId) path = path.split(`/comment/${commentId}`).join('/comment/{commentId}');
    out.add(`${c.method} ${path}`);
  }
  return [...out];
}

/** `/^…(\?…)?$/` matching the template for one issue; the comment id of a follow-up is any number. */
function patternFor(t: Template, key: string): string {
  const parts = t.path.split('{commentId}').map((p) => p.split('{key}').map(escapeRegex).join(escapeRegex(key)));
  return `/^${parts.join('\\d+')}(\\?.*)?$/`;
}

/** Longest span between the first and last call of one invocation, in ms (the sandbox clock runs in real time). */
function longestInvocation(sbx: Sandbox, since: number): number {
  const spans = new Map<string, { from: number; to: number }>();
  for (const c of sbx.calls().slice(since)) {
    if (!c.invocationId) continue;
    const t = Date.parse(c.at);
    const s = spans.get(c.invocationId) ?? { from: t, to: t };
    spans.set(c.invocationId, { from: Math.min(s.from, t), to: Math.max(s.to, t) });
  }
  return Math.max(0, ...[...spans.values()].map((s) => s.to - s.from));
}

async function effectsOf(key: string): Promise<Record<string, string>> {
  const timeline = ok(await agent(sb, DAVE, key, 'getAgentState')).timeline;
  const entries = timeline.filter((e) => e.type === 'escalation');
  return entries.length === 1 ? (entries[0]?.effects ?? {}) : { escalationEntries: String(entries.length) };
}

async function observe(
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
    effects: await effectsOf(key),
    priority: view.priority,
    status: view.status,
    followUps: typeof property?.followUps === 'number' ? property.followUps : undefined,
    longestInvocationMs: longestMs,
    limitMs,
  };
}

const faultWasHit = (since: number, t: Template, pattern: string, status: number): boolean =>
  sb
    .calls()
    .slice(since)
    .some((c) => c.method === t.method && c.status === status && new RegExp(pattern.slice(1, -1)).test(c.path));

function addFault(t: Template, kind: FaultKind, key: string, limitMs: number): string {
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

/** Escalate under one fault; the customer clicks again (at most 4 times) while the answer is UNAVAILABLE. */
async function escalateUnder(t: Template, kind: FaultKind, key: string): Promise<Outcome> {
  const since = sb.calls().length;
  const pattern = addFault(t, kind, key, RESOLVER_LIMIT_MS);
  let attempts = 0;
  let longest = 0;
  let error: string | undefined;
  while (attempts < 4) {
    attempts++;
    const started = performance.now();
    const body = await portal(sb, ALICE, key, 'escalate', escalation);
    longest = Math.max(longest, performance.now() - started);
    error = errorCode(body);
    if (error !== 'UNAVAILABLE') break;
  }
  const hit = kind.delayMs ? longest >= CALL_TIMEOUT_MS - 500 : faultWasHit(since, t, pattern, kind.status);
  const longestMs = Math.max(longest, longestInvocation(sb, since));
  return observe(key, rowName('escalate', t, kind), attempts, hit, longestMs, RESOLVER_LIMIT_MS, error);
}

/** A customer comment under one fault; the sandbox redelivers the event as the platform would. */
async function followUpUnder(t: Template, kind: FaultKind, key: string): Promise<Outcome> {
  const since = sb.calls().length;
  const pattern = addFault(t, kind, key, TRIGGER_LIMIT_MS);
  const started = performance.now();
  const commentId = await customerComments(sb, ALICE, key, 'Des nouvelles ? Nous sommes toujours bloqués.');
  await waitForComment(commentId);
  const event = sb.events().find((e) => e.commentId === commentId && !e.replayOf);
  const elapsed = performance.now() - started;
  const hit = kind.delayMs ? elapsed >= CALL_TIMEOUT_MS - 500 : faultWasHit(since, t, pattern, kind.status);
  const error = event?.status === 'done' ? undefined : `event ${event?.status ?? 'missing'} ${event?.lastError ?? ''}`;
  const longestMs = longestInvocation(sb, since);
  return observe(key, rowName('follow-up', t, kind), event?.attempts ?? 0, hit, longestMs, TRIGGER_LIMIT_MS, error);
}

async function waitForComment(commentId: string): Promise<void> {
  for (let i = 0; i < 2_400; i++) {
    const e = sb.events().find((x) => x.commentId === commentId && !x.replayOf);
    if (e && (e.status === 'done' || e.status === 'failed')) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const rowName = (op: string, t: Template, k: FaultKind) => `${op}: ${k.name} on ${t.method} ${t.path}`;
const rows = (op: string, ts: Template[]) => ts.flatMap((t) => KINDS.map((k) => [rowName(op, t, k), t, k] as const));
const ESCALATE_ROWS = rows('escalate', ESCALATE_CALLS);
const FOLLOW_UP_ROWS = rows('follow-up', FOLLOW_UP_CALLS);

beforeAll(async () => {
  sb = await startSandbox();
  await saveConfig(sb, allEffectsOn);

  // Clean runs from a cold container, to discover the product calls of each operation.
  const probe = await newRequest(sb);
  passAllDelays(sb);
  resetWarmCaches();
  sb.clearCalls();
  const clean = await portal(sb, ALICE, probe, 'escalate', escalation);
  if (errorCode(clean) !== undefined) throw new Error(`clean escalate refused: ${JSON.stringify(clean)}`);
  discovered.escalate = callsOf(sb, probe);
  const probe2 = await newRequest(sb);
  await sb.waitForEvents();
  resetWarmCaches();
  sb.clearCalls();
  const commentId = await customerComments(sb, ALICE, probe2, 'Une relance propre.');
  await sb.waitForEvents();
  discovered.followUp = callsOf(sb, probe2, commentId);

  // One request per scenario, all made eligible at once.
  const keys = new Map<string, string>();
  for (const [name] of [...ESCALATE_ROWS, ...FOLLOW_UP_ROWS]) keys.set(name, await newRequest(sb));
  passAllDelays(sb);
  await sb.waitForEvents();
  const run = async (name: string, f: () => Promise<Outcome>) => outcomes.set(name, await f());

  // Warm container: every issue-specific path at once. The sandbox delivers events one at a time,
  // so the follow-up scenarios run in sequence, alongside the escalations. The priority list is
  // read by escalate only: its cold-container scenarios run one at a time beside the follow-ups
  // (clearing the caches only makes those re-read the field list, which no fault targets then).
  resetWarmCaches();
  await portal(sb, ALICE, probe, 'getPortalState');
  const isField = (t: Template) => t.path === '/rest/api/3/field';
  const escalations = (async () => {
    await Promise.all(
      ESCALATE_ROWS.filter(([, t]) => !t.shared).map(([name, t, k]) =>
        run(name, () => escalateUnder(t, k, keys.get(name) as string)),
      ),
    );
    for (const [name, t, k] of ESCALATE_ROWS.filter(([, x]) => x.shared && !isField(x))) {
      resetWarmCaches();
      await run(name, () => escalateUnder(t, k, keys.get(name) as string));
    }
  })();
  const followUps = (async () => {
    for (const [name, t, k] of FOLLOW_UP_ROWS.filter(([, x]) => !x.shared))
      await run(name, () => followUpUnder(t, k, keys.get(name) as string));
  })();
  await Promise.all([escalations, followUps]);

  // The field list is read by both operations from a cold container: one scenario at a time.
  for (const [name, t, k] of [...ESCALATE_ROWS, ...FOLLOW_UP_ROWS].filter(([, x]) => isField(x))) {
    resetWarmCaches();
    const op = name.startsWith('escalate') ? escalateUnder : followUpUnder;
    await run(name, () => op(t, k, keys.get(name) as string));
  }
}, 240_000);

afterAll(() => sb.close());

it('faults every product call of a clean escalate (all effects on) and of a clean follow-up', () => {
  const names = (ts: Template[]) => ts.map((t) => `${t.method} ${t.path}`).sort();
  expect([...discovered.escalate].sort()).toEqual(names(ESCALATE_CALLS));
  expect([...discovered.followUp].sort()).toEqual(names(FOLLOW_UP_CALLS));
});

describe('escalate under faults: after the customer retries, every effect happened exactly once', () => {
  it.each(ESCALATE_ROWS.map(([name, , k]) => [name, k.count]))('%s', (name, count) => {
    const o = outcomes.get(name) as Outcome;
    expect(o).toBeDefined();
    expect(o.faultHit).toBe(true);
    // Four failures outlast the client's four attempts: the customer's second click finished the work.
    if (count >= 4) expect(o.attempts).toBeGreaterThanOrEqual(2);
    expect(o.error).toBeUndefined();
    expect({ emails: o.emails, labels: o.labels, internal: o.internalComments, public: o.publicComments }).toEqual({
      emails: 1,
      labels: 1,
      internal: 1,
      public: 1,
    });
    expect(o.propertyOk).toBe(true);
    expect(o.effects).toEqual({
      issueProperty: 'done',
      label: 'done',
      internalComment: 'done',
      notify: 'done',
      raisePriority: 'done',
      transition: 'done',
      publicComment: 'done',
    });
    // Medium (3) raised one step only, to High (2); the "Escalate" transition ran once.
    expect({ priority: o.priority, status: o.status }).toEqual({ priority: '2', status: 'In progress' });
    expect(o.longestInvocationMs).toBeLessThan(o.limitMs);
  });
});

describe('the follow-up trigger under faults: after the platform redelivers, one email and one count', () => {
  it.each(FOLLOW_UP_ROWS.map(([name, , k]) => [name, k.count]))('%s', (name, count) => {
    const o = outcomes.get(name) as Outcome;
    expect(o).toBeDefined();
    expect(o.faultHit).toBe(true);
    // Four failures outlast the client's attempts: the platform's redelivery finished the work.
    if (count >= 4) expect(o.attempts).toBeGreaterThanOrEqual(2);
    expect(o.error).toBeUndefined();
    expect({ emails: o.emails, followUps: o.followUps }).toEqual({ emails: 1, followUps: 1 });
    expect(o.longestInvocationMs).toBeLessThan(o.limitMs);
  });
});
