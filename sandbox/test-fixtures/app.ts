/**
 * A tiny Forge app for the host's own tests, built with the real @forge/resolver, @forge/api,
 * @forge/kvs and @forge/events. Tests steer it through `hooks` (same module instance as the host loads).
 */
import Resolver from '@forge/resolver';
import api, { assumeTrustedRoute, route } from '@forge/api';
import { InvocationError } from '@forge/events';

export const hooks: {
  run?: () => Promise<unknown>;
  onEvent?: (event: Record<string, unknown>, context: Record<string, unknown>) => Promise<unknown> | unknown;
  received: {
    event: Record<string, unknown>;
    context: Record<string, unknown>;
    invocationId: string;
    remainingMs: number;
  }[];
} = { received: [] };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const resolver = new Resolver();
resolver.define('whoami', async ({ payload, context }) => ({
  payload,
  context,
  dateNow: Date.now(),
  newDate: new Date().toISOString(),
}));
resolver.define('myself', async ({ payload }) => {
  const delay = (payload as { delay?: number }).delay ?? 0;
  if (delay) await sleep(delay);
  const res = await api.asUser().requestJira(route`/rest/api/3/myself`);
  return { status: res.status, body: await res.json() };
});
resolver.define('product', async ({ payload }) => {
  const p = payload as { as: 'app' | 'user'; method?: string; path: string; body?: unknown };
  const requester = p.as === 'user' ? api.asUser() : api.asApp();
  const res = await requester.requestJira(assumeTrustedRoute(p.path), {
    method: p.method ?? 'GET',
    headers: { 'content-type': 'application/json' },
    ...(p.body !== undefined ? { body: JSON.stringify(p.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: text ? JSON.parse(text) : null };
});
resolver.define('run', async () => (hooks.run ? hooks.run() : null));
resolver.define('remaining', async () => {
  const { getAppContext } = await import('@forge/api');
  const ctx = getAppContext();
  return { remaining: ctx.invocationRemainingTimeInMillis(), invocationId: ctx.invocationId, moduleKey: ctx.moduleKey };
});
// Stands in for the real escalation: the sandbox's reset calls it for SUP-4; it leaves an app comment.
resolver.define('escalate', async ({ payload, context }) => {
  const key = (context.extension as { request?: { key?: string } }).request?.key ?? '';
  const details = (payload as { details?: string }).details ?? '';
  const res = await api.asApp().requestJira(route`/rest/api/3/issue/${key}/comment`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      body: {
        type: 'doc',
        version: 1,
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `Escalated: ${details}` }] }],
      },
    }),
  });
  return { escalated: res.status === 201, by: context.accountId };
});
resolver.define('boom', async () => {
  throw new Error('resolver failed on purpose');
});

export const portalResolver = resolver.getDefinitions();
export const agentResolver = resolver.getDefinitions();

export async function followUpTrigger(
  event: Record<string, unknown>,
  context: Record<string, unknown>,
): Promise<unknown> {
  const { getAppContext } = await import('@forge/api');
  const app = getAppContext();
  hooks.received.push({
    event,
    context,
    invocationId: app.invocationId,
    remainingMs: app.invocationRemainingTimeInMillis(),
  });
  if (hooks.onEvent) return hooks.onEvent(event, context);
  return undefined;
}

export { InvocationError };
