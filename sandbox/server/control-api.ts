import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Sandbox } from '../index';
import { CLOUD_ID, ENVIRONMENT_ID } from '../host/runtime';
import { InvokeRequestError, type ForgeHost } from '../host/forge-host';
import { validateFault } from '../host/faults';
import type { Fault } from '../host/types';
import { HttpError, isObject, readJson, sendJson } from './http-util';

export interface ControlDeps {
  sandbox: Sandbox;
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
      locale: typeof b.locale === 'string' && b.locale !== '' ? b.locale : undefined,
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
  return {
    accountId: user.accountId,
    accountType: user.accountType,
    cloudId: CLOUD_ID,
    environmentId: ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    extension: isObject(b.extension) ? b.extension : {},
    localId: `${deps.host.manifest.appId}/${ENVIRONMENT_ID}/static/${moduleKey}`,
    locale: typeof b.locale === 'string' && b.locale !== '' ? b.locale : user.locale,
    moduleKey,
    siteUrl: deps.host.siteUrl,
    theme: { colorMode: 'light' },
    timezone: user.timezone,
  };
}

/** Handles `/sandbox/*`. Returns false when the route is unknown. */
export async function handleControl(
  deps: ControlDeps,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  const { sandbox } = deps;
  const method = req.method ?? 'GET';
  const route = `${method} ${path}`;
  switch (route) {
    case 'POST /sandbox/reset':
      await sandbox.reset();
      sendJson(res, 200, { ok: true });
      return true;
    case 'GET /sandbox/users':
      sendJson(res, 200, sandbox.users());
      return true;
    case 'GET /sandbox/requests':
      sendJson(res, 200, sandbox.jira.requests());
      return true;
    case 'GET /sandbox/clock':
      sendJson(res, 200, { now: sandbox.clock.now().toISOString() });
      return true;
    case 'POST /sandbox/clock': {
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
      deps.saveClock();
      // The scheduled triggers that fell due start now (asynchronously: POST /sandbox/events/wait waits for them).
      const fired = sandbox.fireDueTriggers();
      sendJson(res, 200, { now: sandbox.clock.now().toISOString(), fired });
      return true;
    }
    case 'GET /sandbox/scheduled':
      sendJson(res, 200, { triggers: deps.host.scheduler.schedule(), runs: sandbox.scheduledRuns() });
      return true;
    case 'POST /sandbox/invoke': {
      const b = bodyObject(await readJson(req), 'POST /sandbox/invoke');
      sendJson(res, 200, await runInvoke(deps, b));
      return true;
    }
    case 'GET /sandbox/extension': {
      const url = new URL(req.url ?? '/', 'http://sandbox');
      try {
        sendJson(
          res,
          200,
          sandbox.extensionFor(url.searchParams.get('moduleKey') ?? '', url.searchParams.get('issueKey') ?? undefined),
        );
      } catch (e) {
        throw new HttpError(400, (e as Error).message);
      }
      return true;
    }
    case 'POST /sandbox/bridge': {
      // Used by the script injected into the Custom UI pages; errors are answered in the body, as the bridge rejects.
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
            locale: b.locale,
          });
          sendJson(res, 200, { ok: true, result: body ?? null });
        } else if (b.name === 'getContext') {
          sendJson(res, 200, { ok: true, result: frameContext(deps, b) });
        } else {
          throw new HttpError(400, `the sandbox bridge does not support "${String(b.name)}"`);
        }
      } catch (e) {
        const status = e instanceof HttpError ? e.status : 500;
        sendJson(res, 200, { ok: false, error: { status, message: (e as Error).message } });
      }
      return true;
    }
    case 'GET /sandbox/outbox':
      sendJson(res, 200, sandbox.outbox());
      return true;
    case 'POST /sandbox/mail': {
      const b = bodyObject(await readJson(req), 'POST /sandbox/mail');
      if (typeof b.enabled !== 'boolean') throw new HttpError(400, 'enabled must be a boolean');
      sandbox.jira.setMailEnabled(b.enabled);
      sendJson(res, 200, { enabled: b.enabled });
      return true;
    }
    case 'GET /sandbox/events':
      sendJson(res, 200, sandbox.events());
      return true;
    case 'POST /sandbox/events/replay': {
      const b = bodyObject(await readJson(req), 'POST /sandbox/events/replay');
      if (!Number.isInteger(b.count) || (b.count as number) < 1)
        throw new HttpError(400, 'count must be an integer ≥ 1');
      const replayed = deps.host.events.replay(b.count as number);
      sendJson(res, 200, { replayed });
      return true;
    }
    case 'POST /sandbox/events/wait': {
      const b = (await readJson(req)) ?? {};
      const timeoutMs = isObject(b) && typeof b.timeoutMs === 'number' ? b.timeoutMs : 10_000;
      try {
        await sandbox.waitForEvents(timeoutMs);
      } catch (e) {
        throw new HttpError(504, (e as Error).message);
      }
      sendJson(res, 200, sandbox.events());
      return true;
    }
    case 'GET /sandbox/calls':
      sendJson(res, 200, sandbox.calls());
      return true;
    case 'DELETE /sandbox/calls':
      sandbox.clearCalls();
      sendJson(res, 204, undefined);
      return true;
    case 'GET /sandbox/faults':
      sendJson(res, 200, deps.host.faults.list());
      return true;
    case 'POST /sandbox/faults': {
      const b = bodyObject(await readJson(req), 'POST /sandbox/faults');
      try {
        validateFault(b as unknown as Fault);
      } catch (e) {
        throw new HttpError(400, (e as Error).message);
      }
      sandbox.addFault(b as unknown as Fault);
      sendJson(res, 201, { ok: true, faults: deps.host.faults.list() });
      return true;
    }
    case 'DELETE /sandbox/faults':
      sandbox.clearFaults();
      sendJson(res, 204, undefined);
      return true;
    default:
      return false;
  }
}
