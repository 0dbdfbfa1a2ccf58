/**
 * The admin's pickers through the real admin resolver and the sandbox (issue 12): service projects, request types
 * and organizations by name, one JSM call per page (≤ 50) made as the admin, errors translated.
 */
import type { Sandbox } from '../../sandbox';
import {
  admin,
  errorCode,
  FRANK,
  DAVE,
  ok,
  productCalls,
  refusalOf,
  unchecked,
  useSandbox,
} from '../support/sandbox-harness';
import { aPolicy } from '../builders';

let sb: Sandbox;
useSandbox((s) => (sb = s));

/** The product calls of the last invocation, without the admin check (GET mypermissions). */
const pickerCalls = () =>
  productCalls(sb)
    .filter((c) => !c.path.includes('/mypermissions'))
    .map((c) => `${c.method} ${c.path} as ${c.as}`);

describe('listProjects', () => {
  it('lists the service projects by name, keyed by project key, in one call as the admin', async () => {
    sb.clearCalls();
    expect(ok(await admin(sb, FRANK, 'listProjects'))).toEqual({
      values: [
        { id: 'SUP', name: 'Support', serviceDeskId: '1' },
        { id: 'INF', name: 'Infogérance', serviceDeskId: '2' },
      ],
      nextStart: null,
    });
    expect(pickerCalls()).toEqual(['GET /rest/servicedeskapi/servicedesk?start=0&limit=50 as user']);
  });

  it('pages from `start`, and refuses a bad start with a translated message', async () => {
    expect(ok(await admin(sb, FRANK, 'listProjects', { start: 1 })).values.map((p) => p.id)).toEqual(['INF']);
    const bad = await admin(sb, FRANK, 'listProjects', unchecked({ start: -1, locale: 'fr-FR' }));
    expect(errorCode(bad)).toBe('INVALID_INPUT');
    expect(refusalOf(bad)?.fields?.[0].path).toBe('start');
    expect(refusalOf(bad)?.message).toMatch(/[a-zé]/);
  });

  it('refuses an agent before any JSM read', async () => {
    sb.clearCalls();
    expect(errorCode(await admin(sb, DAVE, 'listProjects'))).toBe('FORBIDDEN');
    expect(pickerCalls()).toEqual([]);
  });
});

describe('listRequestTypes', () => {
  it('lists a project’s request types by service desk id or project key', async () => {
    sb.clearCalls();
    expect(ok(await admin(sb, FRANK, 'listRequestTypes', { serviceDeskId: '2' }))).toEqual({
      values: [
        { id: '20', name: 'Production outage', serviceDeskId: '2' },
        { id: '21', name: 'Change request', serviceDeskId: '2' },
      ],
      nextStart: null,
    });
    expect(pickerCalls()).toEqual(['GET /rest/servicedeskapi/servicedesk/2/requesttype?start=0&limit=50 as user']);
    const sup = ok(await admin(sb, FRANK, 'listRequestTypes', { projectKey: 'SUP' }));
    expect(sup.values.map((t) => t.name)).toEqual(['Incident', 'Service request']);
  });

  it('needs exactly one of serviceDeskId and projectKey; an unknown desk is NOT_FOUND', async () => {
    expect(errorCode(await admin(sb, FRANK, 'listRequestTypes', {}))).toBe('INVALID_INPUT');
    const both = await admin(sb, FRANK, 'listRequestTypes', { serviceDeskId: '1', projectKey: 'SUP' });
    expect(errorCode(both)).toBe('INVALID_INPUT');
    const injected = await admin(sb, FRANK, 'listRequestTypes', unchecked({ serviceDeskId: '1/../../organization' }));
    expect(errorCode(injected)).toBe('INVALID_INPUT');
    const missing = await admin(sb, FRANK, 'listRequestTypes', { serviceDeskId: '99', locale: 'fr-FR' });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(refusalOf(missing)?.message).toBeTruthy();
  });
});

describe('listOrganizations', () => {
  it('lists every organization by name, in one call as the admin', async () => {
    sb.clearCalls();
    expect(ok(await admin(sb, FRANK, 'listOrganizations'))).toEqual({
      values: [
        { id: '1', name: 'Transports Martin' },
        { id: '2', name: 'Durand Conseil' },
      ],
      nextStart: null,
    });
    expect(pickerCalls()).toEqual(['GET /rest/servicedeskapi/organization?start=0&limit=50 as user']);
  });

  it('answers UNAVAILABLE, translated, when JSM is busy', async () => {
    sb.addFault({ pathPattern: '/rest/servicedeskapi/organization', status: 503, count: 10 });
    const busy = await admin(sb, FRANK, 'listOrganizations', { locale: 'fr-FR' });
    expect(errorCode(busy)).toBe('UNAVAILABLE');
    expect(refusalOf(busy)?.message).toMatch(/\u202f|[éè]/);
  });
});

describe('saveConfig: ids the site does not list are warnings', () => {
  it('saves the policies, and warns about the unknown project, request type and organization only', async () => {
    const { config, version } = ok(await admin(sb, FRANK, 'getConfig'));
    const policies = [
      aPolicy('platinum', { projects: ['SUP', 'OLD'], requestTypeIds: ['20', '77'], organizationIds: ['2', '99'] }),
    ];
    sb.clearCalls();
    const saved = ok(
      await admin(sb, FRANK, 'saveConfig', {
        config: { ...config, policies },
        expectedVersion: version,
        locale: 'fr-FR',
      }),
    );
    expect(saved.version).toBe(version + 1);
    expect(saved.warnings.map((w) => w.path)).toEqual([
      'config.policies.0.match.projects.1',
      'config.policies.0.match.requestTypeIds.1',
      'config.policies.0.match.organizationIds.1',
    ]);
    expect(saved.warnings[0].message).toContain('OLD');
    // Read as the admin: organizations, service desks, then each desk's request types (one page each).
    expect(pickerCalls().filter((c) => c.includes('servicedeskapi'))).toEqual([
      'GET /rest/servicedeskapi/organization?start=0&limit=50 as user',
      'GET /rest/servicedeskapi/servicedesk?start=0&limit=50 as user',
      'GET /rest/servicedeskapi/servicedesk/1/requesttype?start=0&limit=50 as user',
      'GET /rest/servicedeskapi/servicedesk/2/requesttype?start=0&limit=50 as user',
    ]);
    expect(ok(await admin(sb, FRANK, 'getConfig')).config.policies).toEqual(policies);
  });

  it('reads nothing from JSM when no policy lists ids, and still saves when JSM is busy (no id warnings)', async () => {
    const { config, version } = ok(await admin(sb, FRANK, 'getConfig'));
    sb.clearCalls();
    const plain = ok(await admin(sb, FRANK, 'saveConfig', { config, expectedVersion: version }));
    expect(plain.warnings).toEqual([]);
    expect(pickerCalls().filter((c) => c.includes('servicedeskapi'))).toEqual([]);
    sb.addFault({ pathPattern: '/rest/servicedeskapi/organization', status: 503, count: 10 });
    const policies = [aPolicy('platinum', { organizationIds: ['99'] })];
    const busy = ok(
      await admin(sb, FRANK, 'saveConfig', { config: { ...config, policies }, expectedVersion: plain.version }),
    );
    expect(busy.version).toBe(plain.version + 1);
    expect(busy.warnings).toEqual([]);
  });
});
