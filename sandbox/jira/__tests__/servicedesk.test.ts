import { harness } from './harness';

type Req = Record<string, unknown> & { issueKey: string; requestFieldValues: { fieldId: string; value: unknown }[] };

describe('servicedeskapi', () => {
  it('lists the service desk and its request types', () => {
    const { call } = harness();
    expect(call('customer-alice', 'GET', '/rest/servicedeskapi/servicedesk').body).toMatchObject({
      values: [{ id: '1', projectKey: 'SUP', projectId: '10000', projectName: 'Support' }],
    });
    const types = call('customer-alice', 'GET', '/rest/servicedeskapi/servicedesk/1/requesttype').body as {
      values: { id: string; name: string }[];
    };
    expect(types.values.map((t) => [t.id, t.name])).toEqual([
      ['10', 'Incident'],
      ['11', 'Service request'],
    ]);
    expect(call('customer-alice', 'GET', '/rest/servicedeskapi/servicedesk/9/requesttype').status).toBe(404);
  });

  it('reads a request with participant, status and requestType expanded', () => {
    const { call } = harness();
    const r = call('customer-bob', 'GET', '/rest/servicedeskapi/request/SUP-7?expand=participant,status,requestType')
      .body as Req;
    expect(r).toMatchObject({
      issueId: '10007',
      issueKey: 'SUP-7',
      reporter: { accountId: 'customer-bob', displayName: 'Bob Durand' },
      currentStatus: {
        status: 'Open',
        statusCategory: 'NEW',
        statusDate: { iso8601: expect.stringMatching(/\+0000$/) },
      },
      participants: { values: [{ accountId: 'unlicensed-carol' }] },
      status: { values: [{ status: 'Open' }] },
      requestType: { id: '11', name: 'Service request' },
      createdDate: { epochMillis: expect.any(Number) },
    });
    expect(r.requestFieldValues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          fieldId: 'customfield_10050',
          value: expect.objectContaining({ id: '10103', value: 'Minor / Localized' }),
        }),
        expect.objectContaining({
          fieldId: 'customfield_10051',
          value: expect.objectContaining({ id: '10112', value: 'Medium' }),
        }),
      ]),
    );
    const plain = call('customer-bob', 'GET', '/rest/servicedeskapi/request/SUP-7').body as Req;
    expect(plain.participants).toBeUndefined();
  });

  it('creates a request as a customer, with Impact and Urgency, then shows it to its reporter only', () => {
    const { call, jira } = harness();
    const res = call('customer-bob', 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: {
        summary: 'Imprimante en panne',
        description: 'Plus rien ne sort.',
        customfield_10050: { id: '10102' },
        customfield_10051: { id: '10111' },
      },
    });
    expect(res.status).toBe(201);
    const r = res.body as Req;
    expect(r.issueKey).toBe('SUP-8');
    expect(r).toMatchObject({ reporter: { accountId: 'customer-bob' }, currentStatus: { status: 'Open' } });
    expect(call('customer-bob', 'GET', '/rest/servicedeskapi/request/SUP-8').status).toBe(200);
    expect(call('customer-alice', 'GET', '/rest/servicedeskapi/request/SUP-8').status).toBe(404);
    const issue = call(
      'app',
      'GET',
      '/rest/api/3/issue/SUP-8?fields=customfield_10050,customfield_10051,assignee,reporter',
    ).body as { fields: Record<string, unknown> };
    expect(issue.fields).toMatchObject({
      customfield_10050: { id: '10102' },
      customfield_10051: { id: '10111' },
      assignee: null,
      reporter: { accountId: 'customer-bob' },
    });
    expect(jira.requests().map((x) => x.key)).toContain('SUP-8');
  });

  it('refuses bad request creations: unknown request type, bad option, missing summary', () => {
    const { call } = harness();
    const base = { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary: 's' } };
    expect(call('customer-bob', 'POST', '/rest/servicedeskapi/request', { ...base, requestTypeId: '99' }).status).toBe(
      400,
    );
    expect(
      call('customer-bob', 'POST', '/rest/servicedeskapi/request', {
        ...base,
        requestFieldValues: { summary: 's', customfield_10050: { id: '1' } },
      }).status,
    ).toBe(400);
    const missing = call('customer-bob', 'POST', '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: {},
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ errors: { 'requestFieldValues.summary': expect.any(String) } });
    expect(call(null, 'POST', '/rest/servicedeskapi/request', base).status).toBe(401);
  });

  it('adds participants, who then see the request', () => {
    const { call } = harness();
    expect(call('customer-bob', 'GET', '/rest/servicedeskapi/request/SUP-5/participant').body).toMatchObject({
      values: [],
    });
    const res = call('customer-bob', 'POST', '/rest/servicedeskapi/request/SUP-5/participant', {
      accountIds: ['unlicensed-carol'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ values: [{ accountId: 'unlicensed-carol' }] });
    expect(call('unlicensed-carol', 'GET', '/rest/servicedeskapi/request/SUP-5').status).toBe(200);
    expect(
      call('customer-alice', 'POST', '/rest/servicedeskapi/request/SUP-5/participant', {
        accountIds: ['customer-alice'],
      }).status,
    ).toBe(404);
    expect(
      call('customer-bob', 'POST', '/rest/servicedeskapi/request/SUP-5/participant', { accountIds: ['ghost'] }).status,
    ).toBe(400);
  });

  it('serves the select options of the Impact and Urgency fields through their context', () => {
    const { call } = harness();
    const fields = call('app', 'GET', '/rest/api/3/field').body as {
      id: string;
      name: string;
      schema: { custom?: string };
    }[];
    const impact = fields.find((f) => f.name === 'Impact')!;
    expect(impact.id).toBe('customfield_10050');
    expect(fields.find((f) => f.id === 'customfield_10010')?.schema.custom).toBe('com.atlassian.servicedesk:vp-origin');
    expect(fields.find((f) => f.id === 'customfield_10026')?.schema.custom).toBe(
      'com.atlassian.servicedesk:sd-request-participants',
    );
    const ctx = call('app', 'GET', `/rest/api/3/field/${impact.id}/context`).body as { values: { id: string }[] };
    const opts = call('app', 'GET', `/rest/api/3/field/${impact.id}/context/${ctx.values[0].id}/option`).body as {
      values: { id: string; value: string }[];
    };
    expect(opts.values.map((o) => o.value)).toEqual([
      'Extensive / Widespread',
      'Significant / Large',
      'Moderate / Limited',
      'Minor / Localized',
    ]);
    const urgency = call('app', 'GET', '/rest/api/3/field/customfield_10051/context/10151/option').body as {
      values: { id: string }[];
    };
    expect(urgency.values.map((o) => o.id)).toEqual(['10110', '10111', '10112', '10113']);
    expect(call('app', 'GET', '/rest/api/3/field/customfield_99999/context').status).toBe(404);
  });
});
