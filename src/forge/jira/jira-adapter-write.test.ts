/** The adapter's writes (notify, property, label, comments, transitions, priority) and its user and permission checks. */
import { fakeJira, fixture, ok } from '../../../test/support/fake-jira-send';
import { RateLimitedError } from './errors';
import { resetCaches } from './jira-adapter';

beforeEach(() => resetCaches());

describe('notify', () => {
  const email = {
    subject: 's',
    textBody: 't',
    htmlBody: '<p>t</p>',
    to: { assignee: true, groups: [{ name: 'support-managers' }] },
  };

  it.each([
    [204, { ok: true, value: 'sent' }],
    [403, { ok: false, status: 403, mailDisabled: true }],
    [400, { ok: false, status: 400, mailDisabled: false }],
  ])('maps %i without throwing', async (status, expected) => {
    const j = fakeJira({
      'POST /rest/api/3/issue/SUP-3/notify': () => ({
        status,
        body: status === 204 ? undefined : { errorMessages: ['x'] },
      }),
    });
    expect(await j.port.notify('SUP-3', email)).toEqual(expected);
    expect(j.calls[0].body).toEqual(email);
  });

  it('throws a typed error when Jira stays rate limited', async () => {
    const j = fakeJira({ 'POST /rest/api/3/issue/SUP-3/notify': () => ({ status: 429 }) });
    await expect(j.port.notify('SUP-3', email)).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe('writes', () => {
  it('sets a property, adds a label, comments (internal and public) and transitions', async () => {
    const j = fakeJira({
      'PUT /rest/api/3/issue/SUP-3/properties/escalade': ok(),
      'PUT /rest/api/3/issue/SUP-3': ok(),
      'POST /rest/api/3/issue/SUP-3/comment': () => ({ status: 201, body: { id: '10300' } }),
      'POST /rest/api/3/issue/SUP-3/transitions': ok(),
    });
    const doc = { type: 'doc' as const, version: 1 as const, content: [] };
    await j.port.setIssueProperty('SUP-3', 'escalade', { state: 'escalated', level: 1 });
    await j.port.addLabel('SUP-3', 'escalade');
    expect(await j.port.addComment('SUP-3', doc, 'internal')).toEqual({ id: '10300' });
    await j.port.addComment('SUP-3', doc, 'public');
    await j.port.transition('SUP-3', '31');
    expect(j.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['PUT', '/rest/api/3/issue/SUP-3/properties/escalade', { state: 'escalated', level: 1 }],
      ['PUT', '/rest/api/3/issue/SUP-3', { update: { labels: [{ add: 'escalade' }] } }],
      [
        'POST',
        '/rest/api/3/issue/SUP-3/comment',
        { body: doc, properties: [{ key: 'sd.public.comment', value: { internal: true } }] },
      ],
      ['POST', '/rest/api/3/issue/SUP-3/comment', { body: doc }],
      ['POST', '/rest/api/3/issue/SUP-3/transitions', { transition: { id: '31' } }],
    ]);
  });

  it('raises the priority one step, reading the priority list once per container', async () => {
    const j = fakeJira({
      'GET /rest/api/3/priority/search': ok(fixture('priority-search')),
      'PUT /rest/api/3/issue/SUP-3': ok(),
    });
    await j.port.raisePriority('SUP-3', '3');
    await j.port.raisePriority('SUP-3', '5');
    // GET /rest/api/3/priority is deprecated: the paged search replaces it.
    expect(j.calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['GET', '/rest/api/3/priority/search', undefined],
      ['PUT', '/rest/api/3/issue/SUP-3', { fields: { priority: { id: '2' } } }],
      ['PUT', '/rest/api/3/issue/SUP-3', { fields: { priority: { id: '4' } } }],
    ]);
  });

  it('leaves the highest, unknown or missing priority alone', async () => {
    const j = fakeJira({ 'GET /rest/api/3/priority/search': ok(fixture('priority-search')) });
    await j.port.raisePriority('SUP-3', '1');
    await j.port.raisePriority('SUP-3', '77');
    await j.port.raisePriority('SUP-3', null);
    expect(j.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });
});

describe('users and permissions', () => {
  it('gets display names in bulk, leaving unknown ids out, and makes no call for none', async () => {
    const j = fakeJira({ 'GET /rest/api/3/user/bulk': ok(fixture('user-bulk')) });
    expect(await j.port.displayNames([])).toEqual(new Map());
    expect(j.calls).toHaveLength(0);
    const names = await j.port.displayNames(['customer-alice', 'agent-dave', 'ghost', 'agent-dave']);
    expect(names).toEqual(
      new Map([
        ['customer-alice', 'Alice Martin'],
        ['agent-dave', 'Dave Leroy'],
      ]),
    );
    expect(j.calls[0].query.getAll('accountId')).toEqual(['customer-alice', 'agent-dave', 'ghost']);
  });

  it('checks browse and admin permissions as the user', async () => {
    const j = fakeJira({
      'GET /rest/api/3/mypermissions': (c) =>
        c.query.get('permissions') === 'BROWSE_PROJECTS'
          ? { status: 200, body: fixture('mypermissions-browse') }
          : { status: 200, body: fixture('mypermissions-administer-denied') },
    });
    expect(await j.port.canBrowse('SUP-3')).toBe(true);
    expect(await j.port.isAdmin()).toBe(false);
    expect(j.calls.map((c) => [c.as, c.query.get('permissions'), c.query.get('issueKey')])).toEqual([
      ['user', 'BROWSE_PROJECTS', 'SUP-3'],
      ['user', 'ADMINISTER', null],
    ]);
  });

  it('answers false when Jira refuses the permission check (unknown issue, no access)', async () => {
    const j = fakeJira({
      'GET /rest/api/3/mypermissions': () => ({ status: 404, body: { errorMessages: ['Issue does not exist'] } }),
    });
    expect(await j.port.canBrowse('SUP-999')).toBe(false);
    const k = fakeJira({ 'GET /rest/api/3/mypermissions': () => ({ status: 401 }) });
    expect(await k.port.isAdmin()).toBe(false);
  });
});
