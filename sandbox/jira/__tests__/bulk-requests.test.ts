/** Bulk seeding of the fake site (benches): ordinary open requests, numbered after the last; creates stay O(1). */
import Database from 'better-sqlite3';
import { JiraStore } from '../store';
import { harness } from './harness';

describe('FakeJira.seedRequests', () => {
  it('stores open requests of the service project, searchable and readable like created ones', () => {
    const h = harness();
    const keys = h.jira.seedRequests({ count: 2000, createdMs: h.clock.nowMs() - 3_600_000, priorityId: '5' });
    expect(keys).toHaveLength(2000);
    expect(keys[0]).toBe('SUP-8'); // the seed has SUP-1 … SUP-7
    expect(keys[1999]).toBe('SUP-2007');
    const count = h.call('app', 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = SUP' });
    expect(count.body).toEqual({ count: 2007 });
    const read = h.call('agent-dave', 'GET', '/rest/servicedeskapi/request/SUP-1500');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ issueKey: 'SUP-1500', reporter: { accountId: 'customer-alice' } });
    const issue = h.call('app', 'GET', '/rest/api/3/issue/SUP-1500?fields=priority,status,assignee');
    expect(issue.body).toMatchObject({
      fields: {
        priority: { id: '5' },
        status: { statusCategory: { key: 'new' } },
        assignee: { accountId: 'agent-dave' },
      },
    });
  });

  it('a request created afterwards gets the next number', () => {
    const h = harness();
    h.jira.seedRequests({ count: 10, createdMs: h.clock.nowMs() });
    const created = h.call('customer-alice', 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Après le chargement', description: 'Rien ne marche.' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ issueKey: 'SUP-18' });
  });
});

describe('JiraStore.nextId', () => {
  it('computes the start only for a counter never used (a create does not count every issue)', () => {
    const store = new JiraStore(new Database(':memory:'));
    const start = jest.fn(() => 42);
    expect(store.nextId('n', start)).toBe(42);
    expect(store.nextId('n', start)).toBe(43);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
