/**
 * The second service project, INF ("Infogérance"): its service desk, its own request types, its lead, its requests
 * numbered on their own; and who may use it (agents, and the customers of an organization added to it: Bob).
 */
import { harness } from './harness';

type Page = { values: { id: string; name: string; projectKey?: string; serviceDeskId?: string }[] };

describe('the second service project', () => {
  it('lists both service desks to agents, and INF to Bob (his organization is added to it) but not to Alice', () => {
    const { call } = harness();
    const keys = (who: string) =>
      (call(who, 'GET', '/rest/servicedeskapi/servicedesk').body as Page).values.map((d) => d.projectKey);
    expect(keys('agent-dave')).toEqual(['SUP', 'INF']);
    expect(keys('customer-bob')).toEqual(['SUP', 'INF']);
    expect(keys('customer-alice')).toEqual(['SUP']);
    expect(call('customer-alice', 'GET', '/rest/servicedeskapi/servicedesk/2').status).toBe(404);
    expect(call('agent-dave', 'GET', '/rest/servicedeskapi/servicedesk/INF').body).toMatchObject({
      id: '2',
      projectId: '10100',
      projectName: 'Infogérance',
    });
  });

  it('has its own request types', () => {
    const { call } = harness();
    const types = call('admin-frank', 'GET', '/rest/servicedeskapi/servicedesk/2/requesttype').body as Page;
    expect(types.values.map((t) => [t.id, t.name, t.serviceDeskId])).toEqual([
      ['20', 'Production outage', '2'],
      ['21', 'Change request', '2'],
    ]);
    const paged = call('admin-frank', 'GET', '/rest/servicedeskapi/servicedesk/2/requesttype?start=1&limit=1');
    expect(paged.body).toMatchObject({ start: 1, size: 1, isLastPage: true, values: [{ id: '21' }] });
  });

  it('has a lead, another agent than SUP’s', () => {
    const { call } = harness();
    const lead = (key: string) =>
      (call('agent-erin', 'GET', `/rest/api/3/project/${key}`).body as { lead: { accountId: string } }).lead.accountId;
    expect(lead('SUP')).toBe('admin-frank');
    expect(lead('INF')).toBe('agent-dave');
    expect(call('customer-bob', 'GET', '/rest/api/3/project/INF').status).toBe(404);
  });

  it('takes requests of its own types, numbered INF-1, INF-2, in its project', () => {
    const { call } = harness();
    const raise = (requestTypeId: string) =>
      call('customer-bob', 'POST', '/rest/servicedeskapi/request', {
        serviceDeskId: '2',
        requestTypeId,
        requestFieldValues: { summary: 'Serveur de paie arrêté' },
      });
    expect(raise('10').status).toBe(400);
    const first = raise('20');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ issueKey: 'INF-1', serviceDeskId: '2', requestTypeId: '20' });
    expect(raise('21').body).toMatchObject({ issueKey: 'INF-2' });
    const issue = call('agent-dave', 'GET', '/rest/api/3/issue/INF-1?fields=project').body as {
      fields: { project: { key: string; id: string } };
    };
    expect(issue.fields.project).toMatchObject({ key: 'INF', id: '10100' });
    const found = call('agent-dave', 'POST', '/rest/api/3/search/jql', { jql: 'project = INF', fields: ['summary'] })
      .body as { issues: { key: string }[] };
    expect(found.issues.map((i) => i.key).sort()).toEqual(['INF-1', 'INF-2']);
    // SUP keeps its own numbering.
    const sup = call('customer-bob', 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'x' },
    });
    expect((sup.body as { issueKey: string }).issueKey).toMatch(/^SUP-\d+$/);
  });

  it('refuses Alice’s request there (the 404 of a missing desk)', () => {
    const { call } = harness();
    const res = call('customer-alice', 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '2',
      requestTypeId: '20',
      requestFieldValues: { summary: 'x' },
    });
    expect(res.status).toBe(404);
  });
});
