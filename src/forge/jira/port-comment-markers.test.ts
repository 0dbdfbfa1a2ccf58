import type { RequestInit } from '@forge/api';
import { createJiraClient, type Send } from './client';
import { createJiraPort } from './jira-adapter';

/** A tiny fake Jira for the two calls of `commentMarkers`, recording them. */
function fakeJira(comments: { id: string; accountType: string; properties: { key: string; value: unknown }[] }[]) {
  const calls: { method: string; path: string; query: URLSearchParams; body: unknown }[] = [];
  const send: Send = async (route, init: RequestInit) => {
    const url = new URL(route.value, 'https://example.atlassian.net');
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as { ids: number[] }) : undefined;
    calls.push({ method: init.method ?? 'GET', path: url.pathname, query: url.searchParams, body });
    const answer =
      url.pathname === '/rest/api/3/comment/list'
        ? {
            values: comments
              .filter((c) => body?.ids.includes(Number(c.id)))
              .map((c) => ({ id: c.id, ...(url.searchParams.get('expand') ? { properties: c.properties } : {}) })),
          }
        : { comments: comments.map((c) => ({ id: c.id, author: { accountType: c.accountType } })) };
    const text = JSON.stringify(answer);
    return { status: 200, headers: { get: () => null }, text: async () => text };
  };
  const client = createJiraClient({ send, sleep: async () => {}, runtimeRemainingMs: () => null, deadline: Infinity });
  return { port: createJiraPort(client, { cacheKey: () => 'site-1' }), calls };
}

describe('commentMarkers', () => {
  it("reads the newest comments, then the app's comments' properties through the documented comment list", async () => {
    const { port, calls } = fakeJira([
      { id: '10', accountType: 'atlassian', properties: [{ key: 'escalade.effect', value: 'L9-forged' }] },
      { id: '11', accountType: 'app', properties: [{ key: 'sd.public.comment', value: { internal: true } }] },
      { id: '12', accountType: 'app', properties: [{ key: 'escalade.effect', value: 'L1-internal' }] },
      { id: '13', accountType: 'app', properties: [{ key: 'escalade.effect', value: { not: 'a string' } }] },
    ]);
    expect(await port.commentMarkers('SUP-1')).toEqual(new Set(['L1-internal']));
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /rest/api/3/issue/SUP-1/comment',
      'POST /rest/api/3/comment/list',
    ]);
    expect(Object.fromEntries(calls[0]!.query)).toEqual({ orderBy: '-created', maxResults: '100' });
    expect(calls[1]!.query.get('expand')).toBe('properties');
    // Only the app's comments are asked for: a marker on someone else's comment counts for nothing.
    expect(calls[1]!.body).toEqual({ ids: [11, 12, 13] });
  });

  it("makes one call when none of the newest comments is the app's", async () => {
    const { port, calls } = fakeJira([{ id: '10', accountType: 'customer', properties: [] }]);
    expect(await port.commentMarkers('SUP-1')).toEqual(new Set());
    expect(calls).toHaveLength(1);
  });

  it('writes the marker as a comment property with the comment, beside the internal flag', async () => {
    const sent: unknown[] = [];
    const send: Send = async (_route, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      return { status: 201, headers: { get: () => null }, text: async () => '{"id":"99"}' };
    };
    const client = createJiraClient({
      send,
      sleep: async () => {},
      runtimeRemainingMs: () => null,
      deadline: Infinity,
    });
    const port = createJiraPort(client, { cacheKey: () => 'site-1' });
    const body = { type: 'doc' as const, version: 1 as const, content: [] };
    await port.addComment('SUP-1', body, 'internal', 'L1-internal');
    await port.addComment('SUP-1', body, 'public');
    expect(sent).toEqual([
      {
        body,
        properties: [
          { key: 'sd.public.comment', value: { internal: true } },
          { key: 'escalade.effect', value: 'L1-internal' },
        ],
      },
      { body },
    ]);
  });
});
