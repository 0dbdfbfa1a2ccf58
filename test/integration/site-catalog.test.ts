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
