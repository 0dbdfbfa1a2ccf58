import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SandboxClock } from '../../clock';
import { FakeJira } from '../fake-jira';
import { adf, harness, NOW } from './harness';

describe('FakeJira', () => {
  it('seeds the contract personas and requests', () => {
    const { jira } = harness();
    expect(
      Object.fromEntries(jira.users().map((u) => [u.accountId, `${u.displayName} (${u.accountType}, ${u.locale})`])),
    ).toEqual({
      'customer-alice': 'Alice Martin (customer, fr-FR)',
      'customer-bob': 'Bob Durand (customer, en-US)',
      'unlicensed-carol': 'Carol Petit (unlicensed, en-US)',
      'agent-dave': 'Dave Leroy (licensed, fr-FR)',
      'agent-erin': 'Erin Moreau (licensed, en-US)',
      'admin-frank': 'Frank Bernard (licensed, fr-FR)',
      'agent-gina': 'Gina Lambert (licensed, fr-FR)',
      'app-escalade': 'Escalade (app, en-US)',
    });
    expect(jira.users().find((u) => u.accountId === 'agent-erin')?.groups).toEqual([
      'jira-servicemanagement-users',
      'support-managers',
    ]);
    expect(jira.users().find((u) => u.accountId === 'agent-gina')?.groups).toEqual([
      'jira-servicemanagement-users',
      'platinum-managers',
    ]);
    expect(jira.requests().map((r) => [r.key, r.reporter, r.requestType, r.statusCategory])).toEqual([
      ['SUP-1', 'customer-alice', 'Incident', 'new'],
      ['SUP-2', 'customer-alice', 'Incident', 'new'],
      ['SUP-3', 'customer-alice', 'Incident', 'indeterminate'],
      ['SUP-4', 'customer-alice', 'Service request', 'indeterminate'],
      ['SUP-5', 'customer-bob', 'Service request', 'new'],
      ['SUP-6', 'customer-bob', 'Incident', 'done'],
      ['SUP-7', 'customer-bob', 'Service request', 'new'],
    ]);
  });

  it('dates the seed from the clock (SUP-3 created 14 days ago)', () => {
    const { call } = harness();
    const r = call('app', 'GET', '/rest/servicedeskapi/request/SUP-3').body as { createdDate: { epochMillis: number } };
    const days = (NOW.getTime() - r.createdDate.epochMillis) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThan(14.01);
  });

  it('keeps its state across a restart on the same database, and reset restores the seed', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fake-jira-')), 'sandbox.db');
    const clock = new SandboxClock(NOW);
    const first = new FakeJira({ db: new Database(file), clock, onCommentEvent: () => {} });
    const call = (j: FakeJira, method: string, p: string, body?: unknown) =>
      j.handle({ method, path: p, query: new URLSearchParams(), body, actor: { kind: 'app' } });
    call(first, 'PUT', '/rest/api/3/issue/SUP-3', { update: { labels: [{ add: 'escalade' }] } });
    call(first, 'POST', '/rest/api/3/issue/SUP-3/comment', { body: adf('persisté') });
    first.setMailEnabled(false);
    const second = new FakeJira({ db: new Database(file), clock, onCommentEvent: () => {} });
    const labels = (j: FakeJira) =>
      (call(j, 'GET', '/rest/api/3/issue/SUP-3').body as { fields: { labels: string[] } }).fields.labels;
    expect(labels(second)).toEqual(['escalade']);
    expect((call(second, 'GET', '/rest/api/3/issue/SUP-3/comment').body as { total: number }).total).toBe(4);
    expect(call(second, 'POST', '/rest/api/3/issue/SUP-3/notify', { to: { assignee: true } }).status).toBe(403);
    second.reset();
    expect(labels(second)).toEqual([]);
    expect((call(second, 'GET', '/rest/api/3/issue/SUP-3/comment').body as { total: number }).total).toBe(3);
    expect(call(second, 'POST', '/rest/api/3/issue/SUP-3/notify', { to: { assignee: true } }).status).toBe(204);
  });

  it('gives new comments increasing ids after the seeded ones, and new requests the next key after reset', () => {
    const { call, jira } = harness();
    const a = call('app', 'POST', '/rest/api/3/issue/SUP-1/comment', { body: adf('a') }).body as { id: string };
    const b = call('app', 'POST', '/rest/api/3/issue/SUP-1/comment', { body: adf('b') }).body as { id: string };
    expect(Number(b.id)).toBe(Number(a.id) + 1);
    const create = () =>
      call('customer-alice', 'POST', '/rest/servicedeskapi/request', {
        serviceDeskId: '1',
        requestTypeId: '11',
        requestFieldValues: { summary: 's' },
      }).body as {
        issueKey: string;
      };
    expect(create().issueKey).toBe('SUP-8');
    jira.reset();
    expect(create().issueKey).toBe('SUP-8');
  });
});
