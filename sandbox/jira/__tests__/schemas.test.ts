import { BODY, checkBody } from '../schemas';
import { adf, harness } from './harness';

describe('request bodies are checked against jira.js schemas (and ours)', () => {
  const { call } = harness();

  it.each([
    ['POST', '/rest/api/3/issue/SUP-3/comment', { body: 'wiki text is v2, not v3' }],
    ['POST', '/rest/api/3/issue/SUP-3/comment', { body: { type: 'doc', version: '1', content: [] } }],
    ['POST', '/rest/api/3/issue/SUP-3/comment', { body: adf('x'), properties: 'internal' }],
    ['POST', '/rest/api/3/issue/SUP-3/comment', undefined],
    ['PUT', '/rest/api/3/issue/SUP-3', { fields: 'summary=x' }],
    ['PUT', '/rest/api/3/issue/SUP-3', { update: { labels: { add: 'x' } } }],
    ['PUT', '/rest/api/3/issue/SUP-3/assignee', { accountId: 7 }],
    ['POST', '/rest/api/3/issue/SUP-3/notify', { to: { users: [{ accountId: 1 }] } }],
    ['POST', '/rest/api/3/issue/SUP-3/transitions', { transition: 'resolve' }],
    ['POST', '/rest/api/3/issue/SUP-3/transitions', {}],
    ['POST', '/rest/api/3/search/jql', { jql: 3 }],
    [
      'POST',
      '/rest/servicedeskapi/request',
      { serviceDeskId: 1, requestTypeId: '10', requestFieldValues: { summary: 's' } },
    ],
    ['POST', '/rest/servicedeskapi/request/SUP-3/comment', { body: { text: 'x' }, public: true }],
    ['POST', '/rest/servicedeskapi/request/SUP-3/comment', { body: 'x', public: 'yes' }],
    ['POST', '/rest/servicedeskapi/request/SUP-3/comment', { body: '   ' }],
    ['POST', '/rest/servicedeskapi/request/SUP-3/participant', { accountIds: 'unlicensed-carol' }],
  ])('%s %s %j → 400 in Jira’s shape', (method, path, body) => {
    const res = call('app', method, path, body);
    expect(res.status).toBe(400);
    const b = res.body as { errorMessages: string[]; errors: Record<string, string> };
    expect(Array.isArray(b.errorMessages)).toBe(true);
    expect(typeof b.errors).toBe('object');
    expect(b.errorMessages.length + Object.keys(b.errors).length).toBeGreaterThan(0);
  });

  it('accepts a property value of any JSON type but not an oversized one', () => {
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-3/properties/count', 3).status).toBe(201);
    expect(call('app', 'PUT', '/rest/api/3/issue/SUP-3/properties/big', { s: 'x'.repeat(40_000) }).status).toBe(400);
  });

  it('names jira.js failures by their path', () => {
    expect(checkBody(BODY.requestComment, { body: 'x', public: 'yes' })).toEqual({
      errorMessages: [],
      errors: { public: expect.any(String) },
    });
    expect(checkBody(BODY.comment, { body: adf('ok') })).toBeNull();
  });

  it('checks the body before doing anything: a bad body changes nothing and emits no event', () => {
    const h = harness();
    h.call('app', 'POST', '/rest/api/3/issue/SUP-3/comment', { body: 'x' });
    expect(h.events).toHaveLength(0);
    expect((h.call('agent-dave', 'GET', '/rest/api/3/issue/SUP-3/comment').body as { total: number }).total).toBe(3);
  });
});

describe('responses match the jira.js response schemas', () => {
  const { call } = harness();
  it.each([
    ['/rest/api/3/field'],
    ['/rest/api/3/priority'],
    ['/rest/api/3/myself'],
    ['/rest/api/3/issue/SUP-1?expand=names,renderedFields,transitions'],
    ['/rest/api/3/issue/SUP-3/comment'],
    ['/rest/api/3/issue/SUP-3/transitions'],
    ['/rest/api/3/field/customfield_10050/context'],
    ['/rest/api/3/field/customfield_10050/context/10150/option'],
    ['/rest/api/3/search/jql?jql=project%20%3D%20SUP&fields=*all'],
    ['/rest/servicedeskapi/servicedesk'],
    ['/rest/servicedeskapi/servicedesk/1/requesttype'],
    ['/rest/servicedeskapi/request?expand=participant,status,requestType,serviceDesk,sla'],
    ['/rest/servicedeskapi/request/SUP-7?expand=participant,status,requestType,serviceDesk,sla'],
    ['/rest/servicedeskapi/request/SUP-3/comment'],
    ['/rest/servicedeskapi/request/SUP-7/participant'],
    ['/rest/servicedeskapi/request/SUP-3/sla'],
  ])('GET %s → 200 (the router answers 500 on a schema mismatch)', (path) => {
    const res = call('admin-frank', 'GET', path);
    expect(res.body).not.toMatchObject({ errorMessages: [expect.stringContaining('does not match jira.js')] });
    expect(res.status).toBe(200);
  });
});

describe('routing', () => {
  const { call } = harness();
  it('answers 404 for unknown paths and 405 for a known path with another method', () => {
    expect(call('app', 'GET', '/rest/api/3/nothing').status).toBe(404);
    expect(call('app', 'DELETE', '/rest/api/3/issue/SUP-1').status).toBe(405);
  });
  it('finds issues by id as well as by key', () => {
    expect(call('app', 'GET', '/rest/api/3/issue/10003').body).toMatchObject({ key: 'SUP-3' });
    expect(call('app', 'GET', '/rest/api/3/issue/sup-3').body).toMatchObject({ key: 'SUP-3' });
  });
});
