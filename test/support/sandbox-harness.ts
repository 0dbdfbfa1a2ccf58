/**
 * Given / when / then helpers for the integration tests: the real handlers run in-process in the
 * sandbox (emulated Forge platform, fake Jira, KVS on SQLite). Nothing of the app is mocked.
 */
import { createSandbox, type Sandbox } from '../../sandbox';
import {
  isError,
  MODULE_KEYS,
  type Config,
  type ConfigEnvelope,
  type FunctionKey,
  type ModuleName,
  type PayloadOf,
  type ResolverContract,
  type ResolverError,
  type Result,
  type ResultOf,
} from '../../src/contract';
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

/**
 * The setup of an integration test file: one sandbox for the file (closed after it) and a fresh site before
 * each test (`fresh: false` for a file that sets the clock first). `use` receives the sandbox once it has started:
 * `let sb: Sandbox; useSandbox((s) => (sb = s));`.
 */
export function useSandbox(use: (sb: Sandbox) => unknown, { fresh = true }: { fresh?: boolean } = {}): void {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox();
    await use(sb);
  });
  afterAll(() => sb.close());
  if (fresh) beforeEach(() => freshSite(sb));
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

/** A payload the contract does not allow, sent on purpose (bad-input tests): `unchecked({ details: 5 })`. */
export type Unchecked = { readonly __unchecked: true };
export const unchecked = (payload: unknown): Unchecked => payload as Unchecked;

/** What a test may send to `K`: its contract payload, or a deliberately bad one. */
type Sent<K extends FunctionKey> = PayloadOf<K> | Unchecked;

async function call<K extends FunctionKey>(
  sb: Sandbox,
  moduleKey: string,
  functionKey: K,
  accountId: string,
  issueKey: string | undefined,
  payload?: Sent<K>,
): Promise<Result<ResultOf<K>>> {
  const extension = sb.extensionFor(moduleKey, issueKey);
  const { body } = await sb.invoke({ moduleKey, functionKey, accountId, extension, payload });
  // The sandbox runs the real resolver: its answer is what the contract says `K` answers.
  return body as Result<ResultOf<K>>;
}

type Of<M extends ModuleName> = keyof ResolverContract[M] & FunctionKey;

export const portal = <K extends Of<'portal'>>(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  functionKey: K,
  payload?: Sent<K>,
) => call(sb, MODULE_KEYS.portal, functionKey, accountId, issueKey, payload);

export const agent = <K extends Of<'agent'>>(
  sb: Sandbox,
  accountId: string,
  issueKey: string,
  functionKey: K,
  payload?: Sent<K>,
) => call(sb, MODULE_KEYS.agent, functionKey, accountId, issueKey, payload);

export const admin = <K extends Of<'admin'>>(sb: Sandbox, accountId: string, functionKey: K, payload?: Sent<K>) =>
  call(sb, MODULE_KEYS.admin, functionKey, accountId, undefined, payload);

export const queue = (sb: Sandbox, accountId: string, payload?: Sent<'listEscalations'>) =>
  call(sb, MODULE_KEYS.queue, 'listEscalations', accountId, undefined, payload);

export const exportCsv = (sb: Sandbox, accountId: string, payload?: Sent<'exportEscalations'>) =>
  call(sb, MODULE_KEYS.queue, 'exportEscalations', accountId, undefined, payload);

export const gadget = <K extends Of<'gadget'>>(sb: Sandbox, accountId: string, functionKey: K, payload?: Sent<K>) =>
  call(sb, MODULE_KEYS.gadget, functionKey, accountId, undefined, payload);

/** The answer of a call that must succeed, typed by the contract; a refusal fails the test with its error. */
export function ok<T>(result: Result<T>): T {
  if (isError(result)) throw new Error(`expected a success, got ${JSON.stringify(result.error)}`);
  return result;
}

/** The stored configuration and its version, as the admin page reads it. */
export async function getConfig(sb: Sandbox): Promise<ConfigEnvelope> {
  return ok(await admin(sb, FRANK, 'getConfig'));
}

/** Frank (an admin) saves a change of the stored configuration; a refusal fails the test. */
export async function saveConfig(sb: Sandbox, change: (c: Config) => Config): Promise<void> {
  const current = await getConfig(sb);
  const saved = await admin(sb, FRANK, 'saveConfig', {
    config: change(current.config),
    expectedVersion: current.version,
  });
  if (errorCode(saved) !== undefined) throw new Error(`saveConfig refused: ${JSON.stringify(saved)}`);
}

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

/** The error of an answer (code, message, field errors), or undefined for a success. */
export const refusalOf = (body: unknown): ResolverError['error'] | undefined =>
  isError(body as Result<unknown>) ? (body as ResolverError).error : undefined;

/** The error code of an answer, or undefined for a success. */
export const errorCode = (body: unknown): string | undefined =>
  typeof body === 'object' && body !== null && 'error' in body
    ? (body.error as { code?: string } | undefined)?.code
    : undefined;

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
