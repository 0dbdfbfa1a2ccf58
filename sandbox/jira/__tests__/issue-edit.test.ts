import { harness } from './harness';

type Issue = {
  fields: Record<string, unknown>;
  transitions?: { id: string; name: string }[];
  properties?: Record<string, unknown>;
};

describe('editing issues', () => {
  it('adds labels through update, without duplicates, and touches updated', () => {
    const { call, clock } = harness();
    const before = (call('app', 'GET', '/rest/api/3/issue/SUP-3?fields=updated').body as Issue).fields
      .updated as string;
    clock.advanceMinutes(10);
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-3', { update: { labels: [{ add: 'escalade' }] } }).status).toBe(
      204,
    );
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-3', { update: { labels: [{ add: 'escalade' }] } }).status).toBe(
      204,
    );
    const after = (call('app', 'GET', '/rest/api/3/issue/SUP-3?fields=labels,updated').body as Issue).fields;
    expect(after.labels).toEqual(['escalade']);
    expect((after.updated as string) > before).toBe(true);
    call('app', 'PUT', '/rest/api/3/issue/SUP-3', { update: { labels: [{ remove: 'escalade' }] } });
    expect((call('app', 'GET', '/rest/api/3/issue/SUP-3?fields=labels').body as Issue).fields.labels).toEqual([]);
  });

  it('sets the priority by id and refuses an unknown one without changing anything', () => {
    const { call } = harness();
    expect(call('agent-dave', 'PUT', '/rest/api/3/issue/SUP-3', { fields: { priority: { id: '1' } } }).status).toBe(
      204,
    );
    expect((call('app', 'GET', '/rest/api/3/issue/SUP-3?fields=priority').body as Issue).fields.priority).toMatchObject(
      { id: '1', name: 'Highest' },
    );
    const bad = call('agent-dave', 'PUT', '/rest/api/3/issue/SUP-3', {
      fields: { priority: { id: '99' }, summary: 'changé' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: { priority: expect.any(String) } });
    expect((call('app', 'GET', '/rest/api/3/issue/SUP-3?fields=summary').body as Issue).fields.summary).not.toBe(
      'changé',
    );
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-3', { fields: { nosuchfield: 1 } }).status).toBe(400);
  });

  it('reads fields with fields= and the select options and request type', () => {
    const { call } = harness();
    const res = call(
      'app',
      'GET',
      '/rest/api/3/issue/SUP-1?fields=customfield_10050,customfield_10051,customfield_10010,customfield_10026,status&expand=names',
    );
    const body = res.body as Issue & { names: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual([
      'customfield_10010',
      'customfield_10026',
      'customfield_10050',
      'customfield_10051',
      'status',
    ]);
    expect(body.fields.customfield_10050).toMatchObject({ id: '10100', value: 'Extensive / Widespread' });
    expect(body.fields.customfield_10051).toMatchObject({ id: '10110', value: 'Critical' });
    expect(body.fields.customfield_10010).toMatchObject({ requestType: { id: '10', name: 'Incident' } });
    expect(body.names.customfield_10050).toBe('Impact');
    const seven = (call('app', 'GET', '/rest/api/3/issue/SUP-7?fields=customfield_10026').body as Issue).fields;
    expect(seven.customfield_10026).toEqual([
      expect.objectContaining({ accountId: 'unlicensed-carol', accountType: 'atlassian' }),
    ]);
  });

  it('assigns and unassigns, and refuses customers as assignees', () => {
    const { call } = harness();
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-5/assignee', { accountId: 'agent-erin' }).status).toBe(204);
    expect((call('app', 'GET', '/rest/api/3/issue/SUP-5?fields=assignee').body as Issue).fields.assignee).toMatchObject(
      { accountId: 'agent-erin' },
    );
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-5/assignee', { accountId: 'customer-bob' }).status).toBe(400);
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-5/assignee', { accountId: null }).status).toBe(204);
    expect((call('app', 'GET', '/rest/api/3/issue/SUP-5?fields=assignee').body as Issue).fields.assignee).toBeNull();
  });

  it('stores, lists and deletes issue properties (201 then 200)', () => {
    const { call } = harness();
    const value = { state: 'escalated', level: 1, escalatedAt: '2026-11-27T10:15:00.000Z', followUps: 0 };
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-3/properties/escalade', value).status).toBe(201);
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-3/properties/escalade', { ...value, level: 2 }).status).toBe(200);
    expect(call('customer-alice', 'GET', '/rest/api/3/issue/SUP-3/properties/escalade').body).toEqual({
      key: 'escalade',
      value: { ...value, level: 2 },
    });
    expect(call('app', 'GET', '/rest/api/3/issue/SUP-3/properties').body).toMatchObject({
      keys: [{ key: 'escalade' }],
    });
    expect(
      (call('app', 'GET', '/rest/api/3/issue/SUP-3?fields=summary&properties=escalade').body as Issue).properties,
    ).toEqual({ escalade: { ...value, level: 2 } });
    expect(call('app', 'DELETE', '/rest/api/3/issue/SUP-3/properties/escalade').status).toBe(204);
    expect(call('app', 'GET', '/rest/api/3/issue/SUP-3/properties/escalade').status).toBe(404);
    expect(call('app', 'DELETE', '/rest/api/3/issue/SUP-3/properties/escalade').status).toBe(404);
  });

  it('lists and runs workflow transitions; resolving sets the done category and resolution date', () => {
    const { call } = harness();
    const open = call('agent-dave', 'GET', '/rest/api/3/issue/SUP-2/transitions').body as {
      transitions: { id: string; name: string }[];
    };
    expect(open.transitions.map((t) => t.id)).toEqual(['11', '21', '31', '41']);
    expect(call('agent-dave', 'POST', '/rest/api/3/issue/SUP-2/transitions', { transition: { id: '21' } }).status).toBe(
      204,
    );
    expect((call('app', 'GET', '/rest/api/3/issue/SUP-2?fields=status').body as Issue).fields.status).toMatchObject({
      name: 'In progress',
    });
    expect(call('agent-dave', 'POST', '/rest/api/3/issue/SUP-2/transitions', { transition: { id: '11' } }).status).toBe(
      400,
    );
    expect(call('agent-dave', 'POST', '/rest/api/3/issue/SUP-2/transitions', { transition: { id: '31' } }).status).toBe(
      204,
    );
    const f = (call('app', 'GET', '/rest/api/3/issue/SUP-2?fields=status,resolutiondate').body as Issue).fields;
    expect(f.status).toMatchObject({ name: 'Resolved', statusCategory: { key: 'done' } });
    expect(f.resolutiondate).toEqual(expect.stringMatching(/\+0000$/));
    expect(call('customer-alice', 'GET', '/rest/servicedeskapi/request/SUP-2').body).toMatchObject({
      currentStatus: { status: 'Resolved', statusCategory: 'DONE' },
    });
    const resolved = call('agent-dave', 'GET', '/rest/api/3/issue/SUP-2/transitions').body as {
      transitions: { id: string }[];
    };
    expect(resolved.transitions.map((t) => t.id)).toEqual(['51']);
  });
});
