/**
 * /rest/servicedeskapi/organization, one organization, its members, and a service desk's organizations: who sees
 * what (JSM's "Response limitations" and permissions), paging, 404/403, and jira.js's schemas on every answer.
 */
import { jiraJsSchemas } from '../jira-js-schemas';
import { harness } from './harness';

type Page = {
  start: number;
  limit: number;
  size: number;
  isLastPage: boolean;
  values: { id?: string; name?: string; accountId?: string }[];
};
const ids = (page: unknown) => (page as Page).values.map((v) => v.id ?? v.accountId);

describe('GET /rest/servicedeskapi/organization', () => {
  const { call } = harness();
  const list = (who: string, query = '') => call(who, 'GET', `/rest/servicedeskapi/organization${query}`);

  it('lists every organization to agents, admins and the app, with their names', () => {
    for (const who of ['agent-dave', 'admin-frank', 'app']) {
      const res = list(who);
      expect(res.status).toBe(200);
      expect((res.body as Page).values.map((o) => [o.id, o.name])).toEqual([
        ['1', 'Transports Martin'],
        ['2', 'Durand Conseil'],
      ]);
      expect(() => jiraJsSchemas().serviceDesk.PagedOrganizationSchema.parse(res.body)).not.toThrow();
    }
  });

  it('lists to a customer only the organizations they belong to', () => {
    expect(ids(list('customer-alice').body)).toEqual(['1']);
    expect(ids(list('customer-bob').body)).toEqual(['2']);
    expect(ids(list('unlicensed-carol').body)).toEqual([]);
  });

  it('pages with start and limit, and says which page is the last', () => {
    const first = list('admin-frank', '?start=0&limit=1').body as Page;
    expect(first).toMatchObject({ start: 0, limit: 1, size: 1, isLastPage: false });
    expect(ids(first)).toEqual(['1']);
    const second = list('admin-frank', '?start=1&limit=1').body as Page;
    expect(second).toMatchObject({ start: 1, size: 1, isLastPage: true });
    expect(ids(second)).toEqual(['2']);
    expect(list('admin-frank', '?start=5').body).toMatchObject({ size: 0, isLastPage: true, values: [] });
    expect((list('admin-frank').body as Page).limit).toBe(50);
  });

  it('filters by accountId for agents only', () => {
    expect(ids(list('agent-dave', '?accountId=customer-bob').body)).toEqual(['2']);
    expect(list('customer-alice', '?accountId=customer-bob').status).toBe(403);
  });

  it('refuses anonymous callers', () => {
    expect(call(null, 'GET', '/rest/servicedeskapi/organization').status).toBe(401);
  });
});

describe('GET /rest/servicedeskapi/organization/{id}', () => {
  const { call } = harness();
  const one = (who: string, id: string) => call(who, 'GET', `/rest/servicedeskapi/organization/${id}`);

  it('answers an organization to agents and to its members, in jira.js’s shape', () => {
    const res = one('agent-dave', '2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: '2', name: 'Durand Conseil', scimManaged: false });
    expect(() => jiraJsSchemas().serviceDesk.OrganizationSchema.parse(res.body)).not.toThrow();
    expect(one('customer-bob', '2').status).toBe(200);
  });

  it('hides another organization from a customer behind the 404 of a missing one', () => {
    const hidden = one('customer-alice', '2');
    const missing = one('agent-dave', '99');
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
  });
});

describe('GET /rest/servicedeskapi/organization/{id}/user', () => {
  const { call } = harness();
  const members = (who: string, id: string, query = '') =>
    call(who, 'GET', `/rest/servicedeskapi/organization/${id}/user${query}`);

  it('lists the members to agents and admins, in jira.js’s PagedUserSchema', () => {
    const res = members('admin-frank', '1');
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual(['customer-alice']);
    expect(() => jiraJsSchemas().serviceDesk.PagedUserSchema.parse(res.body)).not.toThrow();
    expect(ids(members('agent-dave', '2').body)).toEqual(['customer-bob']);
    expect(members('agent-dave', '2', '?start=1').body).toMatchObject({ size: 0, isLastPage: true });
  });

  it('refuses customers, even members, with 403; an unknown organization is a 404 for agents', () => {
    expect(members('customer-alice', '1').status).toBe(403);
    expect(members('customer-alice', '99').status).toBe(403);
    expect(members('agent-dave', '99').status).toBe(404);
  });
});

describe('GET /rest/servicedeskapi/servicedesk/{id}/organization', () => {
  const { call } = harness();
  const ofDesk = (who: string, id: string) => call(who, 'GET', `/rest/servicedeskapi/servicedesk/${id}/organization`);

  it('lists the organizations added to each service desk, to agents', () => {
    expect(ids(ofDesk('agent-dave', '1').body)).toEqual(['1', '2']);
    expect(ids(ofDesk('agent-dave', 'INF').body)).toEqual(['2']);
    expect(() => jiraJsSchemas().serviceDesk.PagedOrganizationSchema.parse(ofDesk('app', '2').body)).not.toThrow();
  });

  it('refuses customers (403) and answers 404 for an unknown desk', () => {
    expect(ofDesk('customer-bob', '1').status).toBe(403);
    expect(ofDesk('agent-dave', '9').status).toBe(404);
  });
});
