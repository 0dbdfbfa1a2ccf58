import type { IncomingMessage, ServerResponse } from 'node:http';
import { submitGadget } from './dashboard';
import type { ServedSandbox } from './served-sandbox';
import { frameContext as contextOfFrame } from '../host/contexts';
import { InvokeRequestError, type ForgeHost } from '../host/forge-host';
import { validateFault } from '../host/faults';
import type { Fault } from '../host/types';
import { HttpError, isObject, readJson, sendJson } from './http-util';

export interface ControlDeps {
  sandbox: ServedSandbox;
  host: ForgeHost;
  saveClock: () => void;
}

function bodyObject(body: unknown, what: string): Record<string, unknown> {
  if (!isObject(body)) throw new HttpError(400, `${what} needs a JSON object body`);
  return body;
}

async function runInvoke(deps: ControlDeps, b: Record<string, unknown>): Promise<{ body: unknown }> {
  for (const k of ['moduleKey', 'functionKey', 'accountId'] as const) {
    if (typeof b[k] !== 'string' || b[k] === '') throw new HttpError(400, `${k} must be a non-empty string`);
  }
  if (b.extension !== undefined && !isObject(b.extension)) throw new HttpError(400, 'extension must be an object');
  try {
    return await deps.sandbox.invoke({
      moduleKey: b.moduleKey as string,
      functionKey: b.functionKey as string,
      accountId: b.accountId as string,
      extension: b.extension as Record<string, unknown> | undefined,
      payload: b.payload,
    });
  } catch (e) {
    if (e instanceof InvokeRequestError) throw new HttpError(400, e.message);
    throw e;
  }
}

/** The bridge's `getContext`, as the product gives it to a Custom UI. */
function frameContext(deps: ControlDeps, b: Record<string, unknown>): Record<string, unknown> {
  const user = deps.sandbox.users().find((u) => u.accountId === b.accountId);
  if (!user) throw new HttpError(400, `unknown accountId "${String(b.accountId)}"`);
  const moduleKey = String(b.moduleKey);
  if (!deps.host.manifest.modules.has(moduleKey)) throw new HttpError(400, `unknown moduleKey "${moduleKey}"`);
  const extension = isObject(b.extension) ? b.extension : {};
  const locale = typeof b.locale === 'string' ? b.locale : undefined;
  return contextOfFrame(deps.host.manifest, deps.host.siteUrl, user, moduleKey, extension, locale);
}

type Reply = { status: number; body: unknown };
type ControlRoute = (deps: ControlDeps, req: IncomingMessage) => Promise<Reply>;

const reply = (status: number, body: unknown): Reply => ({ status, body });

async function setClock({ sandbox, saveClock }: ControlDeps, req: IncomingMessage): Promise<Reply> {
  const b = bodyObject(await readJson(req), 'POST /sandbox/clock');
  try {
    if (b.advanceMinutes !== undefined) {
      if (typeof b.advanceMinutes !== 'number') throw new HttpError(400, 'advanceMinutes must be a number');
      sandbox.clock.advanceMinutes(b.advanceMinutes);
    } else if (b.now !== undefined) {
      if (typeof b.now !== 'string') throw new HttpError(400, 'now must be an ISO date string');
      sandbox.clock.set(new Date(b.now));
    } else {
      throw new HttpError(400, 'give { advanceMinutes } or { now }');
    }
  } catch (e) {
    if (e instanceof RangeError) throw new HttpError(400, e.message);
    throw e;
  }
  saveClock();
  // The scheduled triggers that fell due start now (asynchronously: POST /sandbox/events/wait waits for them).
  const fired = sandbox.fireDueTriggers();
  return reply(200, { now: sandbox.clock.now().toISOString(), fired });
}

async function extension({ sandbox }: ControlDeps, req: IncomingMessage): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  try {
    const moduleKey = url.searchParams.get('moduleKey') ?? '';
    return reply(200, sandbox.extensionFor(moduleKey, url.searchParams.get('issueKey') ?? undefined));
  } catch (e) {
    throw new HttpError(400, (e as Error).message);
  }
}

/** Used by the script injected into the Custom UI pages; errors are answered in the body, as the bridge rejects. */
async function bridge(deps: ControlDeps, req: IncomingMessage): Promise<Reply> {
  const b = bodyObject(await readJson(req), 'POST /sandbox/bridge');
  try {
    if (b.name === 'invoke') {
      const p = isObject(b.payload) ? b.payload : {};
      const { body } = await runInvoke(deps, {
        moduleKey: b.moduleKey,
        functionKey: p.functionKey,
        accountId: b.accountId,
        extension: b.extension,
        payload: p.payload,
      });
      return reply(200, { ok: true, result: body ?? null });
    }
    if (b.name === 'getContext') return reply(200, { ok: true, result: frameContext(deps, b) });
    if (b.name === 'submit')
      return reply(200, { ok: true, result: submitGadget(deps.sandbox, b.accountId, b.extension, b.payload) });
    throw new HttpError(400, `the sandbox bridge does not support "${String(b.name)}"`);
  } catch (e) {
    const status = e instanceof HttpError ? e.status : 500;
    return reply(200, { ok: false, error: { status, message: (e as Error).message } });
  }
}

async function setMail({ sandbox }: ControlDeps, req: IncomingMessage): Promise<Reply> {
  const b = bodyObject(await readJson(req), 'POST /sandbox/mail');
  if (typeof b.enabled !== 'boolean') throw new HttpError(400, 'enabled must be a boolean');
  sandbox.jira.setMailEnabled(b.enabled);
  return reply(200, { enabled: b.enabled });
}

async function replayEvents({ host }: ControlDeps, req: IncomingMessage): Promise<Reply> {
  const b = bodyObject(await readJson(req), 'POST /sandbox/events/replay');
  if (!Number.isInteger(b.count) || (b.count as number) < 1) throw new HttpError(400, 'count must be an integer ≥ 1');
  return reply(200, { replayed: host.events.replay(b.count as number) });
}

async function waitForEvents({ sandbox }: ControlDeps, req: IncomingMessage): Promise<Reply> {
  const b = (await readJson(req)) ?? {};
  const timeoutMs = isObject(b) && typeof b.timeoutMs === 'number' ? b.timeoutMs : 10_000;
  try {
    await sandbox.waitForEvents(timeoutMs);
  } catch (e) {
    throw new HttpError(504, (e as Error).message);
  }
  return reply(200, sandbox.events());
}

async function addFault({ sandbox, host }: ControlDeps, req: IncomingMessage): Promise<Reply> {
  const b = bodyObject(await readJson(req), 'POST /sandbox/faults');
  try {
    validateFault(b as unknown as Fault);
  } catch (e) {
    throw new HttpError(400, (e as Error).message);
  }
  sandbox.addFault(b as unknown as Fault);
  return reply(201, { ok: true, faults: host.faults.list() });
}

/** The control API, `METHOD /sandbox/…` → handler (documented in sandbox/README.md). */
const ROUTES: Record<string, ControlRoute> = {
  'POST /sandbox/reset': async ({ sandbox }) => {
    await sandbox.reset();
    return reply(200, { ok: true });
  },
  'GET /sandbox/users': async ({ sandbox }) => reply(200, sandbox.users()),
  'GET /sandbox/requests': async ({ sandbox }) => reply(200, sandbox.jira.requests()),
  'GET /sandbox/clock': async ({ sandbox }) => reply(200, { now: sandbox.clock.now().toISOString() }),
  'POST /sandbox/clock': setClock,
  'GET /sandbox/scheduled': async ({ sandbox, host }) =>
    reply(200, { triggers: host.scheduler.schedule(), runs: sandbox.scheduledRuns() }),
  'POST /sandbox/invoke': async (deps, req) =>
    reply(200, await runInvoke(deps, bodyObject(await readJson(req), 'POST /sandbox/invoke'))),
  'GET /sandbox/extension': extension,
  'POST /sandbox/bridge': bridge,
  'GET /sandbox/outbox': async ({ sandbox }) => reply(200, sandbox.outbox()),
  'POST /sandbox/mail': setMail,
  'GET /sandbox/events': async ({ sandbox }) => reply(200, sandbox.events()),
  'POST /sandbox/events/replay': replayEvents,
  'POST /sandbox/events/wait': waitForEvents,
  'GET /sandbox/calls': async ({ sandbox }) => reply(200, sandbox.calls()),
  'DELETE /sandbox/calls': async ({ sandbox }) => {
    sandbox.clearCalls();
    return reply(204, undefined);
  },
  'GET /sandbox/faults': async ({ host }) => reply(200, host.faults.list()),
  'POST /sandbox/faults': addFault,
  'DELETE /sandbox/faults': async ({ sandbox }) => {
    sandbox.clearFaults();
    return reply(204, undefined);
  },
};

/** Handles `/sandbox/*`. Returns false when the route is unknown. */
export async function handleControl(
  deps: ControlDeps,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  const route = ROUTES[`${req.method ?? 'GET'} ${path}`];
  if (!route) return false;
  const { status, body } = await route(deps, req);
  sendJson(res, status, body);
  return true;
}
