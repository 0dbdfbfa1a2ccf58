/**
 * JSM organizations in the fake: Alice's and Bob's requests carry their company in the Organizations field
 * (`com.atlassian.servicedesk:sd-customer-organizations`), each entry in the JSM API's organization shape,
 * checked against jira.js's serviceDesk `OrganizationSchema`.
 */
import { jiraJsSchemas } from '../jira-js-schemas';
import { FIELD_IDS } from '../seed';
import { harness } from './harness';

const ORG = FIELD_IDS.organizations;

describe('the Organizations field', () => {
  const { call } = harness();

  it('holds the reporter’s organization, in the documented shape, with its names and schema', () => {
    const res = call('app', 'GET', `/rest/api/3/issue/SUP-4?fields=${ORG},reporter&expand=names,schema`);
    expect(res.status).toBe(200);
    const body = res.body as {
      fields: Record<string, unknown>;
      names: Record<string, string>;
      schema: Record<string, unknown>;
    };
    const value = body.fields[ORG] as unknown[];
    expect(value).toEqual([
      {
        id: '1',
        name: 'Transports Martin',
        scimManaged: false,
        _links: { self: 'https://escalade-sandbox.atlassian.net/rest/servicedeskapi/organization/1' },
      },
    ]);
    for (const org of value) expect(() => jiraJsSchemas().serviceDesk.OrganizationSchema.parse(org)).not.toThrow();
    expect(body.names[ORG]).toBe('Organizations');
    expect(body.schema[ORG]).toEqual({
      type: 'array',
      items: 'sd-customerorganization',
      custom: 'com.atlassian.servicedesk:sd-customer-organizations',
      customId: 10002,
    });
  });

  it('gives Bob’s requests his company, and lists the field in GET /field', () => {
    const bobs = call('app', 'GET', `/rest/api/3/issue/SUP-5?fields=${ORG},reporter`).body as {
      fields: Record<string, unknown> & { reporter: { accountId: string } };
    };
    expect(bobs.fields.reporter.accountId).toBe('customer-bob');
    expect(bobs.fields[ORG]).toMatchObject([{ id: '2', name: 'Durand Conseil' }]);
    const fields = call('app', 'GET', '/rest/api/3/field').body as { id: string; schema: { custom?: string } }[];
    expect(fields.find((f) => f.id === ORG)?.schema.custom).toBe('com.atlassian.servicedesk:sd-customer-organizations');
  });
});
