/** `JiraPort.slaBreachedKeys`: one page of the enhanced JQL search, as the app (docs/rules.md §7c). */
import type { RequestInit } from '@forge/api';
import { slaBreachJql } from '../../domain/escalation/sla-breach';
import { createJiraClient, type Principal, type Send } from './client';
import { createJiraPort, resetCaches } from './jira-adapter';

function portAnswering(status: number, body: unknown) {
  const calls: { path: string; body: unknown; as: Principal }[] = [];
  const send: Send = async (route, init: RequestInit, as) => {
    calls.push({
      path: new URL(route.value, 'https://x.atlassian.net').pathname,
      body: JSON.parse(String(init.body)),
      as,
    });
    const text = JSON.stringify(body);
    return { status, headers: { get: () => null }, text: async () => text };
  };
  const client = createJiraClient({
    send,
    now: () => 0,
    sleep: async () => {},
    runtimeRemainingMs: () => null,
    deadline: Infinity,
  });
  return { port: createJiraPort(client, { now: () => 0, cacheKey: () => 'site-1' }), calls };
}

beforeEach(() => resetCaches());

describe('slaBreachedKeys', () => {
  it('makes one search with the SLA query and returns the keys, in the order Jira gave', async () => {
    const j = portAnswering(200, {
      issues: [
        { id: '10004', key: 'SUP-4', fields: { created: '2026-11-06T09:00:00.000+0100' } },
        { id: '10003', key: 'SUP-3', fields: {} },
        { id: '10009' },
      ],
      isLast: false,
      nextPageToken: 'abc',
    });
    expect(await j.port.slaBreachedKeys('Time to resolution', ['SUP'], 50)).toEqual(['SUP-4', 'SUP-3']);
    expect(j.calls).toEqual([
      {
        path: '/rest/api/3/search/jql',
        as: 'app',
        body: { jql: slaBreachJql('Time to resolution', ['SUP']), fields: ['created'], maxResults: 50 },
      },
    ]);
  });

  it('returns nothing when nothing breached', async () => {
    expect(await portAnswering(200, { issues: [], isLast: true }).port.slaBreachedKeys('TTR', [], 50)).toEqual([]);
  });

  it('throws a refusal when Jira refuses the query (an SLA name the site does not have)', async () => {
    const j = portAnswering(400, {
      errorMessages: ["Field 'TTR' does not exist or you do not have permission to view it."],
    });
    await expect(j.port.slaBreachedKeys('TTR', [], 50)).rejects.toMatchObject({ kind: 'refused', status: 400 });
  });
});
