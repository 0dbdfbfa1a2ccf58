/** Calls of the app's resolver functions as a persona, typed by the contract, and how to read their answers. */
import type { Sandbox } from '../../sandbox';
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
import { FRANK } from './personas';

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
