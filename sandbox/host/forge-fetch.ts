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

/**
 * Invocations a `hang` fault stopped, as the platform stops a function at its time limit or loses its
 * container: the hung call never answers while the sandbox lives, and nothing the invocation does afterwards
 * reaches the platform. When the sandbox closes, the hung calls fail so that the stopped code unwinds.
 */
export class Crashes {
  private readonly stopped = new Set<string>();
  private readonly hung: ((e: Error) => void)[] = [];

  hang(invocationId: string | undefined): Promise<never> {
    if (invocationId) this.stopped.add(invocationId);
    return new Promise<never>((_, reject) => this.hung.push(reject));
  }

  isStopped(invocationId: string | undefined): boolean {
    return invocationId !== undefined && this.stopped.has(invocationId);
  }

  /** Fails every hung call (the sandbox is closing). */
  unwind(): void {
    for (const reject of this.hung.splice(0)) reject(new Error('Sandbox: this invocation was stopped'));
  }
}

export interface ForgeFetchDeps {
  jira: () => JiraBackend;
  kvs: KvsStore;
  clock: SandboxClock;
  faults: FaultTable;
  crashes: Crashes;
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

/** The caller of a product call: asUser() carries no accountId, so it is the invocation's user (asUser(id) names one). */
function actorOf(descriptor: ForgeFetchDescriptor, inv: Invocation | undefined): Actor | null {
  if (descriptor.provider !== 'user') return { kind: 'app' };
  const accountId = descriptor.accountId ?? inv?.accountId;
  return accountId ? { kind: 'user', accountId } : null;
}

/** The answer of an injected fault (a failure status, with Retry-After when the fault sets one). */
function faultResponse(status: number, retryAfterSeconds: number | undefined): Response {
  const headers: Record<string, string> =
    retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) };
  return toResponse(status, { errorMessages: [`Sandbox fault injected (${status})`], errors: {} }, headers);
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
    const body = parseBody(init?.body);
    const log = (kind: 'kvs' | 'product', as: 'app' | 'user', status: number, accountId?: string) =>
      deps.log({
        method,
        path,
        as,
        status,
        at: deps.clock.now().toISOString(),
        kind,
        invocationId: inv?.invocationId,
        ...(kind === 'product' ? { accountId } : {}),
      });
    if (deps.crashes.isStopped(inv?.invocationId)) throw new Error('Sandbox: this invocation was stopped');

    if (descriptor.type === 'kvs') {
      const res = deps.kvs.handle(path, body);
      log('kvs', 'app', res.status);
      return toResponse(res.status, res.body);
    }
    if (descriptor.type !== 'fpp' || descriptor.remote !== 'jira') {
      throw new Error(`The sandbox only serves Jira product calls and KVS (got ${JSON.stringify(descriptor)} ${path})`);
    }

    const actor = actorOf(descriptor, inv);
    if (!actor) {
      log('product', 'user', 401);
      return toResponse(401, undefined, { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' });
    }
    const as = actor.kind === 'user' ? 'user' : 'app';
    const accountId = actor.kind === 'user' ? actor.accountId : undefined;

    // The gateway refuses a call whose operation's scopes the app did not declare, before Jira sees it.
    const refused = scopeRefusal(method, path.split('?')[0] ?? path, deps.scopes());
    if (refused) {
      log('product', as, refused.status, accountId);
      return toResponse(refused.status, refused.body);
    }

    const fault = deps.faults.take(method, path);
    if (fault?.delayMs) await sleep(fault.delayMs);
    // A crash: the call never answers (and holds no timer), so the invocation never goes on.
    if (fault?.hang) return deps.crashes.hang(inv?.invocationId);
    if (fault && fault.status >= 400) {
      log('product', as, fault.status, accountId);
      return faultResponse(fault.status, fault.retryAfterSeconds);
    }

    const q = path.indexOf('?');
    const res = deps.jira().handle({
      method,
      path: q < 0 ? path : path.slice(0, q),
      query: new URLSearchParams(q < 0 ? '' : path.slice(q + 1)),
      body,
      actor,
    });
    log('product', as, res.status, accountId);
    return toResponse(res.status, res.body, res.headers);
  };
}
