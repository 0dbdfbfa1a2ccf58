/**
 * Given / when / then helpers for the integration tests: the real handlers run in-process in the
 * sandbox (emulated Forge platform, fake Jira, KVS on SQLite). Nothing of the app is mocked.
 */
import { createSandbox, type Sandbox } from '../../sandbox';
import { MODULE_KEYS } from '../../src/contract';
import { resetWarmCaches } from '../../src/forge/platform';

/** Monday 1 December 2025, 10:00 in Paris: business hours, so the seeded delays are meaningful. */
export const T0 = new Date('2025-12-01T09:00:00.000Z');

export const ALICE = 'customer-alice';
export const BOB = 'customer-bob';
export const CAROL = 'unlicensed-carol';
export const DAVE = 'agent-dave';
export const ERIN = 'agent-erin';
export const FRANK = 'admin-frank';

export async function startSandbox(): Promise<Sandbox> {
  return createSandbox({ now: T0 });
}

/** A fresh site and a cold container (no warm caches), with empty call logs. */
export async function freshSite(sb: Sandbox): Promise<void> {
  await sb.reset();
  resetWarmCaches();
  sb.clearCalls();
  seedMails.set(sb, sb.outbox().length);
}

/** The next invocation runs in a cold container (no field ids, priorities or config cached); call log emptied. */
export function coldContainer(sb: Sandbox): void {
  resetWarmCaches();
  sb.clearCalls();
}

/** The reset's own escalation of SUP-4 sends an email: tests look at what came after it. */
const seedMails = new WeakMap<Sandbox, number>();
export const newMails = (sb: Sandbox) => sb.outbox().slice(seedMails.get(sb) ?? 0);

type Body = Record<string, unknown>;

async function call(
  sb: Sandbox,
  moduleKey: string,
  functionKey: string,
  accountId: string,
  issueKey: string | undefined,
  payload?: unknown,
): Promise<Body> {
  const extension = sb.extensionFor(moduleKey, issueKey);
  const { body } = await sb.invoke({ moduleKey, functionKey, accountId, extension, payload });
  return body as Body;
}

export const portal = (
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  functionKey: 'getPortalState' | 'escalate',
  payload?: unknown,
) => call(sb, MODULE_KEYS.portal, functionKey, accountId, issueKey, payload);

export const agent = (
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  functionKey: 'getAgentState' | 'acknowledge' | 'closeEscalation',
  payload?: unknown,
) => call(sb, MODULE_KEYS.agent, functionKey, accountId, issueKey, payload);

export const admin = (sb: Sandbox, accountId: string, functionKey: string, payload?: unknown) =>
  call(sb, MODULE_KEYS.admin, functionKey, accountId, undefined, payload);

export const queue = (sb: Sandbox, accountId: string, payload?: unknown) =>
  call(sb, MODULE_KEYS.queue, 'listEscalations', accountId, undefined, payload);

export const exportCsv = (sb: Sandbox, accountId: string, payload?: unknown) =>
  call(sb, MODULE_KEYS.queue, 'exportEscalations', accountId, undefined, payload);

export const gadget = (
  sb: Sandbox,
  accountId: string,
  functionKey: 'getStats' | 'getGadgetOptions' | 'rebuildStats',
  payload?: unknown,
) => call(sb, MODULE_KEYS.gadget, functionKey, accountId, undefined, payload);

/** Invoke with a hand-made extension context (a forged or mismatched one). */
export async function invokeWith(
  sb: Sandbox,
  moduleKey: string,
  functionKey: string,
  accountId: string,
  extension: Body,
  payload?: unknown,
): Promise<Body> {
  return (await sb.invoke({ moduleKey, functionKey, accountId, extension, payload })).body as Body;
}

export const errorCode = (body: Body): string | undefined => (body.error as { code?: string } | undefined)?.code;

export const escalation = { reasonId: 'no-answer', details: 'Toujours pas de réponse depuis deux semaines.' };

/** A customer (or participant) comments on the portal: a public comment through the JSM API. */
export async function customerComments(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  text: string,
): Promise<string> {
  const res = await sb.rest(accountId, 'POST', `/rest/servicedeskapi/request/${issueKey}/comment`, {
    body: text,
    public: true,
  });
  if (res.status !== 201) throw new Error(`comment refused: ${res.status} ${JSON.stringify(res.body)}`);
  return String((res.body as { id: unknown }).id);
}

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** An agent comments in Jira; `internal` makes it an internal note. */
export async function agentComments(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  text: string,
  internal = false,
): Promise<string> {
  const body: Body = { body: adf(text) };
  if (internal) body.properties = [{ key: 'sd.public.comment', value: { internal: true } }];
  const res = await sb.rest(accountId, 'POST', `/rest/api/3/issue/${issueKey}/comment`, body);
  if (res.status !== 201) throw new Error(`comment refused: ${res.status} ${JSON.stringify(res.body)}`);
  return String((res.body as { id: unknown }).id);
}

/** An agent edits an existing comment (an edit fires the same event again). */
export async function editComment(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  commentId: string,
  text: string,
): Promise<void> {
  const res = await sb.rest(accountId, 'PUT', `/rest/api/3/issue/${issueKey}/comment/${commentId}`, {
    body: adf(text),
  });
  if (res.status !== 200) throw new Error(`edit refused: ${res.status} ${JSON.stringify(res.body)}`);
}

export const productCalls = (sb: Sandbox) => sb.calls().filter((c) => c.kind === 'product');

export const emailsFor = (sb: Sandbox, issueKey: string) => newMails(sb).filter((m) => m.issueKey === issueKey);

/** The `escalade` issue property, read as the app would see it. */
export async function issueProperty(sb: Sandbox, issueKey: string): Promise<Body | null> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${issueKey}/properties/escalade`);
  return res.status === 200 ? ((res.body as { value: Body }).value ?? null) : null;
}

export async function issueLabels(sb: Sandbox, issueKey: string): Promise<string[]> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${issueKey}?fields=labels`);
  return ((res.body as { fields?: { labels?: string[] } }).fields?.labels ?? []) as string[];
}

export async function comments(
  sb: Sandbox,
  issueKey: string,
): Promise<{ id: string; jsdPublic: boolean; author: string }[]> {
  const res = await sb.rest(DAVE, 'GET', `/rest/api/3/issue/${issueKey}/comment`);
  const list =
    (res.body as { comments?: { id: string; jsdPublic?: boolean; author?: { accountId?: string } }[] }).comments ?? [];
  return list.map((c) => ({ id: String(c.id), jsdPublic: c.jsdPublic !== false, author: c.author?.accountId ?? '' }));
}
