import type { SandboxClock } from '../clock';
import type { KvsStore } from '../kvs/kvs-store';
import { FaultTable } from './faults';
import { scopeRefusal } from './scopes';
import type { Actor } from '../jira/types';
import type { CallRecord, Invocation, JiraBackend } from './types';

/** The descriptor `@forge/api` and `@forge/kvs` pass as the first argument of `__forge_fetch__`. */
export interface ForgeFetchDescriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export interface ForgeFetchDeps {
  jira: () => JiraBackend;
  kvs: KvsStore;
  clock: SandboxClock;
  faults: FaultTable;
  current: () => Invocation | undefined;
  log: (call: CallRecord) => void;
  /** The scopes `manifest.yml` declares: every product call is checked against its operation's scopes. */
  scopes: () => readonly string[];
}

// unref: a fault's long delay (a timeout the client gave up on) must not keep the process alive.
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

function toResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const noBody = body === undefined || status === 204 || status === 304;
  const text = noBody
    ? null
    : typeof body === 'string' && !(headers['content-type'] ?? '').includes('json')
      ? body
      : JSON.stringify(body);
  return new Response(text, { status, headers: noBody ? headers : { 'content-type': 'application/json', ...headers } });
}

function parseBody(body: unknown): unknown {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'string') {
    try {
      return JSON.parse(body);
    } catch {
      return body;
    }
  }
  if (body instanceof Uint8Array) return parseBody(Buffer.from(body).toString('utf8'));
  return body;
}

/** Who a product call runs as: asUser() carries no accountId, so the caller is the invocation's user (asUser(id) names one). */
function actorOf(descriptor: ForgeFetchDescriptor, inv: Invocation | undefined): Actor | null {
  if (descriptor.provider !== 'user') return { kind: 'app' };
  const accountId = descriptor.accountId ?? inv?.accountId;
  return accountId ? { kind: 'user', accountId } : null;
}

/** A product call past the gateway: the scope check, then an injected fault if one matches, else the fake Jira. */
async function productCall(
  deps: ForgeFetchDeps,
  req: { method: string; path: string; body: unknown; actor: Actor },
  log: (status: number) => void,
): Promise<Response> {
  const { method, path, body, actor } = req;
  // The gateway refuses a call whose operation's scopes the app did not declare, before Jira sees it.
  const refused = scopeRefusal(method, path.split('?')[0] ?? path, deps.scopes());
  if (refused) {
    log(refused.status);
    return toResponse(refused.status, refused.body);
  }
  const fault = deps.faults.take(method, path);
  if (fault?.delayMs) await sleep(fault.delayMs);
  if (fault && fault.status >= 400) {
    const headers: Record<string, string> = {};
    if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
    log(fault.status);
    const error = { errorMessages: [`Sandbox fault injected (${fault.status})`], errors: {} };
    return toResponse(fault.status, error, headers);
  }
  const q = path.indexOf('?');
  const res = deps.jira().handle({
    method,
    path: q < 0 ? path : path.slice(0, q),
    query: new URLSearchParams(q < 0 ? '' : path.slice(q + 1)),
    body,
    actor,
  });
  log(res.status);
  return toResponse(res.status, res.body, res.headers);
}

/** Builds the function the host installs as `global.__forge_fetch__`. */
export function makeForgeFetch(deps: ForgeFetchDeps) {
  return async function forgeFetch(
    descriptor: ForgeFetchDescriptor,
    path: string,
    init?: RequestInit,
  ): Promise<Response> {
    const inv = deps.current();
    const method = (init?.method ?? 'GET').toUpperCase();
    const at = (): string => deps.clock.now().toISOString();
    const body = parseBody(init?.body);

    if (descriptor.type === 'kvs') {
      const res = deps.kvs.handle(path, body);
      deps.log({ method, path, as: 'app', status: res.status, at: at(), kind: 'kvs', invocationId: inv?.invocationId });
      return toResponse(res.status, res.body);
    }
    if (descriptor.type !== 'fpp' || descriptor.remote !== 'jira') {
      throw new Error(`The sandbox only serves Jira product calls and KVS (got ${JSON.stringify(descriptor)} ${path})`);
    }

    const actor = actorOf(descriptor, inv);
    if (!actor) {
      deps.log({ method, path, as: 'user', status: 401, at: at(), kind: 'product', invocationId: inv?.invocationId });
      return toResponse(401, undefined, { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' });
    }
    const as = actor.kind === 'user' ? 'user' : 'app';
    const accountId = actor.kind === 'user' ? actor.accountId : undefined;
    const log = (status: number) =>
      deps.log({ method, path, as, status, at: at(), kind: 'product', invocationId: inv?.invocationId, accountId });
    return productCall(deps, { method, path, body, actor }, log);
  };
}
