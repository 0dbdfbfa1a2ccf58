import { harness } from './harness';

describe('who sees what (JSM rules)', () => {
  const { call } = harness();

  describe.each([
    // persona, request, expected status for GET servicedeskapi/request/{key}
    ['customer-alice', 'SUP-1', 200], // reporter
    ['customer-alice', 'SUP-5', 404], // Bob's request: hidden, same answer as a missing one
    ['customer-bob', 'SUP-7', 200],
    ['unlicensed-carol', 'SUP-7', 200], // participant
    ['unlicensed-carol', 'SUP-1', 404],
    ['agent-dave', 'SUP-5', 200],
    ['agent-erin', 'SUP-1', 200],
    ['admin-frank', 'SUP-6', 200],
    ['app', 'SUP-3', 200],
    [null, 'SUP-1', 401],
    ['nobody-at-all', 'SUP-1', 401],
  ] as const)('%s on %s', (who, key, status) => {
    it(`GET request → ${status}`, () => {
      expect(call(who, 'GET', `/rest/servicedeskapi/request/${key}`).status).toBe(status);
    });
    it(`GET issue → ${status}`, () => {
      expect(call(who, 'GET', `/rest/api/3/issue/${key}`).status).toBe(status);
    });
  });

  it('answers the same 404 for an invisible and a missing request', () => {
    const hidden = call('customer-alice', 'GET', '/rest/servicedeskapi/request/SUP-5');
    const missing = call('customer-alice', 'GET', '/rest/servicedeskapi/request/SUP-999');
    expect(hidden).toEqual(missing);
    expect(call('customer-alice', 'GET', '/rest/api/3/issue/SUP-5')).toEqual(
      call('customer-alice', 'GET', '/rest/api/3/issue/SUP-999'),
    );
  });

  it('lists only the requests a customer reports or takes part in', () => {
    const keys = (who: string) =>
      (call(who, 'GET', '/rest/servicedeskapi/request').body as { values: { issueKey: string }[] }).values
        .map((v) => v.issueKey)
        .sort();
    expect(keys('customer-alice')).toEqual(['SUP-1', 'SUP-2', 'SUP-3', 'SUP-4']);
    expect(keys('unlicensed-carol')).toEqual(['SUP-7']);
    expect(keys('customer-bob')).toEqual(['SUP-5', 'SUP-6', 'SUP-7']);
  });

  it('refuses issue internals to customers who can see the request, and hides others', () => {
    expect(call('customer-alice', 'PUT', '/rest/api/3/issue/SUP-1', { fields: { summary: 'x' } }).status).toBe(403);
    expect(call('customer-alice', 'PUT', '/rest/api/3/issue/SUP-5', { fields: { summary: 'x' } }).status).toBe(404);
    expect(call('customer-alice', 'PUT', '/rest/api/3/issue/SUP-1/properties/escalade', { state: 'x' }).status).toBe(
      403,
    );
    expect(
      call('customer-alice', 'POST', '/rest/api/3/issue/SUP-1/transitions', { transition: { id: '31' } }).status,
    ).toBe(403);
    expect(call('customer-alice', 'PUT', '/rest/api/3/issue/SUP-1/assignee', { accountId: null }).status).toBe(403);
    expect(call('customer-alice', 'POST', '/rest/api/3/issue/SUP-1/notify', { to: { assignee: true } }).status).toBe(
      403,
    );
  });

  it('gives the SLA to agents and the app only', () => {
    expect(call('agent-dave', 'GET', '/rest/servicedeskapi/request/SUP-3/sla').status).toBe(200);
    expect(call('app', 'GET', '/rest/servicedeskapi/request/SUP-3/sla').status).toBe(200);
    expect(call('customer-alice', 'GET', '/rest/servicedeskapi/request/SUP-3/sla').status).toBe(403);
    expect(call('customer-bob', 'GET', '/rest/servicedeskapi/request/SUP-3/sla').status).toBe(404);
    expect(call(null, 'GET', '/rest/servicedeskapi/request/SUP-3/sla').status).toBe(401);
  });

  it('holds ADMINISTER for Frank and the app only; BROWSE_PROJECTS follows visibility', () => {
    const perms = (who: string, q = '') =>
      call(who, 'GET', `/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,ADMINISTER${q}`).body as {
        permissions: Record<string, { havePermission: boolean }>;
      };
    expect(perms('admin-frank').permissions.ADMINISTER.havePermission).toBe(true);
    expect(perms('app').permissions.ADMINISTER.havePermission).toBe(true);
    expect(perms('agent-dave').permissions.ADMINISTER.havePermission).toBe(false);
    expect(perms('agent-erin').permissions.ADMINISTER.havePermission).toBe(false);
    expect(perms('customer-alice').permissions.ADMINISTER.havePermission).toBe(false);
    expect(perms('agent-dave', '&issueKey=SUP-5').permissions.BROWSE_PROJECTS.havePermission).toBe(true);
    expect(perms('customer-alice', '&issueKey=SUP-1').permissions.BROWSE_PROJECTS.havePermission).toBe(true);
    expect(
      call('customer-alice', 'GET', '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=SUP-5').status,
    ).toBe(404);
    expect(call('agent-dave', 'GET', '/rest/api/3/mypermissions').status).toBe(400);
    expect(call(null, 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER').status).toBe(401);
  });

  it('answers myself and user look-ups', () => {
    expect(call('customer-alice', 'GET', '/rest/api/3/myself').body).toMatchObject({
      accountId: 'customer-alice',
      displayName: 'Alice Martin',
      accountType: 'customer',
      emailAddress: 'alice@example.com',
      timeZone: 'Europe/Paris',
      locale: 'fr_FR',
    });
    expect(call('unlicensed-carol', 'GET', '/rest/api/3/myself').body).toMatchObject({ accountType: 'atlassian' });
    expect(call('app', 'GET', '/rest/api/3/user?accountId=agent-erin').body).toMatchObject({
      displayName: 'Erin Moreau',
    });
    expect(call('app', 'GET', '/rest/api/3/user?accountId=ghost').status).toBe(404);
    const bulk = call('app', 'GET', '/rest/api/3/user/bulk?accountId=agent-dave&accountId=ghost&accountId=customer-bob')
      .body as {
      values: { displayName: string }[];
    };
    expect(bulk.values.map((v) => v.displayName)).toEqual(['Dave Leroy', 'Bob Durand']);
  });
});
