/** A fake Jira for the adapter's unit tests: answers from real-shaped fixtures and records every call. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestInit } from '@forge/api';
import { createJiraClient, type Principal, type Send } from '../../src/forge/jira/client';
import { createJiraPort } from '../../src/forge/jira/jira-adapter';

export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/rest', `${name}.json`), 'utf8'));

export type Handler = (call: {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  as: Principal;
}) => {
  status: number;
  body?: unknown;
};

/** A fake Jira answering from real-shaped fixtures, recording every call. */
export function fakeJira(routes: Record<string, Handler>) {
  const calls: { method: string; path: string; query: URLSearchParams; body: unknown; as: Principal }[] = [];
  const send: Send = async (route, init: RequestInit, as) => {
    const url = new URL(route.value, 'https://example.atlassian.net');
    const call = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      as,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    const res = handler ? handler(call) : { status: 404, body: { errorMessages: ['no route'] } };
    const text = res.body === undefined ? '' : JSON.stringify(res.body);
    return { status: res.status, headers: { get: () => null }, text: async () => text };
  };
  let t = 1_000_000;
  const client = createJiraClient({
    send,
    now: () => t,
    sleep: async () => {},
    runtimeRemainingMs: () => null,
    deadline: Infinity,
  });
  const port = createJiraPort(client, { now: () => t, cacheKey: () => 'site-1' });
  return { port, calls, advance: (ms: number) => (t += ms) };
}

export const ok = (body?: unknown) => () => ({ status: body === undefined ? 204 : 200, body });
