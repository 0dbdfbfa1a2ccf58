import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestInit } from '@forge/api';
import { DEFAULT_CONFIG } from '../../domain/config';
import type { Config } from '../../domain/config/schema';
import { createJiraClient, type Principal, type Send } from './client';
import { RateLimitedError } from './errors';
import { createJiraPort, ESCALATIONS_JQL, resetCaches } from './jira-adapter';
import { toQueueItem } from './map-rest';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/rest', `${name}.json`), 'utf8'));

type Handler = (call: { method: string; path: string; query: URLSearchParams; body: unknown; as: Principal }) => {
  status: number;
  body?: unknown;
};

/** A fake Jira answering from real-shaped fixtures, recording every call. */
function fakeJira(routes: Record<string, Handler>) {
  const calls: { method: string; path: string; query: URLSearchParams; body: unknown; as: Principal }[] = [];
  const send: Send = async (route, init: RequestInit, as) => {
    const url = new URL(route.value, 'https://example.atlassian.net');
    const call = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      as,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    const res = handler ? handler(call) : { status: 404, body: { errorMessages: ['no route'] } };
    const text = res.body === undefined ? '' : JSON.stringify(res.body);
    return { status: res.status, headers: { get: () => null }, text: async () => text };
  };
  let t = 1_000_000;
  const client = createJiraClient({
    send,
    now: () => t,
    sleep: async () => {},
    runtimeRemainingMs: () => null,
    deadline: Infinity,
  });
  const port = createJiraPort(client, { now: () => t, cacheKey: () => 'site-1' });
  return { port, calls, advance: (ms: number) => (t += ms) };
}

const ok = (body?: unknown) => () => ({ status: body === undefined ? 204 : 200, body });

beforeEach(() => resetCaches());

describe('getRequest', () => {
  const SUP3_FACTS = {
    key: 'SUP-3',
    issueId: '10003',
    projectKey: 'SUP',
    summary: 'Exports to PDF fail for the finance team',
    createdAt: '2026-11-18T09:15:00.000+01:00',
    reporterId: 'customer-alice',
    participantIds: ['customer-bob', 'unlicensed-carol'],
    assigneeId: 'agent-dave',
    statusCategory: 'indeterminate',
    requestTypeId: '10',
    requestTypeName: 'Incident',
    priority: { id: '3', name: 'Medium' },
    impact: { id: '10101', value: 'Significant / Large' },
    urgency: { id: '10111', value: 'High' },
    // The JSM Organizations field (sd-customer-organizations), found by its schema like the request type.
    organizations: [{ id: '1', name: 'Transports Martin' }],
    issueUrl: 'https://example.atlassian.net/browse/SUP-3',
    names: {
      'customer-alice': 'Alice Martin',
      'agent-dave': 'Dave Leroy',
      'customer-bob': 'Bob Durand',
      'unlicensed-carol': 'Carol Petit',
    },
  };
  const NARROW = [
    'summary',
    'created',
    'reporter',
    'assignee',
    'status',
    'priority',
    'project',
    'customfield_10050',
    'customfield_10051',
    'customfield_10010',
    'customfield_10026',
    'customfield_10002',
  ];

  /** Answers `fields=*all&expand=names,schema` with the wide fixture, a narrow `fields=` list with the narrow one. */
  const issueRoute =
    (wide: string, narrow: string): Handler =>
    (c) => ({
      status: 200,
      body: fixture(c.query.get('fields') === '*all' ? wide : narrow),
    });
  const sup3 = () =>
    fakeJira({
      'GET /rest/api/3/field': ok(fixture('fields')),
      'GET /rest/api/3/issue/SUP-3': issueRoute('issue-sup-3-all-names-schema', 'issue-sup-3'),
    });
  const isWide = (c: { query: URLSearchParams }) => c.query.get('fields') === '*all';
  const withFields = (fields: Partial<Config['fields']>): Config => ({
    ...DEFAULT_CONFIG,
    fields: { ...DEFAULT_CONFIG.fields, ...fields },
  });

  it('cold: one call with *all, names and schema finds the field ids and maps the facts (no GET /field)', async () => {
    const j = sup3();
    expect(await j.port.getRequest('SUP-3', DEFAULT_CONFIG)).toEqual(SUP3_FACTS);
    expect(j.calls).toHaveLength(1);
    expect(j.calls[0]).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/SUP-3', as: 'app' });
    expect(j.calls[0].query.get('fields')).toBe('*all');
    expect(j.calls[0].query.get('expand')!.split(',')).toEqual(['names', 'schema']);
  });

  it('warm: reads only the needed fields, once the ids are cached, until the cache expires', async () => {
    const j = sup3();
    await j.port.getRequest('SUP-3', DEFAULT_CONFIG);
    expect(await j.port.getRequest('SUP-3', DEFAULT_CONFIG)).toEqual(SUP3_FACTS);
    expect(j.calls).toHaveLength(2);
    expect(j.calls[1].query.get('fields')!.split(',')).toEqual(NARROW);
    expect(j.calls[1].query.get('expand')).toBeNull();
    j.advance(5 * 60_000);
    await j.port.getRequest('SUP-3', DEFAULT_CONFIG);
    expect(j.calls.map(isWide)).toEqual([true, false, true]);
  });

  it('lets configured ids win, matches names case- and accent-insensitively, and caches per config', async () => {
    const j = sup3();
    await j.port.getRequest('SUP-3', DEFAULT_CONFIG);
    const config = withFields({ impactFieldId: 'customfield_99999', urgencyNames: ['URGÉNCY'] });
    // Another config is another cache entry: cold again.
    const facts = await j.port.getRequest('SUP-3', config);
    expect(facts).toMatchObject({ impact: null, urgency: { id: '10111', value: 'High' } });
    await j.port.getRequest('SUP-3', config);
    expect(j.calls.map(isWide)).toEqual([true, true, false]);
    expect(j.calls[2].query.get('fields')!.split(',')).toEqual(
      NARROW.map((f) => (f === 'customfield_10050' ? 'customfield_99999' : f)),
    );
  });

  it('prefers the select field over a same-named text field ("Urgence" is a text field here)', async () => {
    const j = sup3();
    const both = await j.port.getRequest('SUP-3', withFields({ urgencyNames: ['Urgence', 'Urgency'] }));
    expect(both!.urgency).toEqual({ id: '10111', value: 'High' });
    // With no select field of that name, the same-named text field is still read.
    const textOnly = await j.port.getRequest('SUP-3', withFields({ urgencyNames: ['Nope', 'urgence'] }));
    expect(textOnly!.urgency).toEqual({ id: null, value: 'Urgence saisie à la main' });
    // "Impact score" is a number field: never taken for Impact.
    const impact = await j.port.getRequest('SUP-3', withFields({ impactNames: ['Impact score', 'Impact'] }));
    expect(impact!.impact).toEqual({ id: '10101', value: 'Significant / Large' });
  });

  it('does not cache ids that one issue could not resolve (its context may lack a field the site has)', async () => {
    const j = sup3();
    const none = withFields({ urgencyNames: ['Nope'] });
    expect((await j.port.getRequest('SUP-3', none))!.urgency).toBeNull();
    expect((await j.port.getRequest('SUP-3', none))!.urgency).toBeNull();
    // Still one call each time, just the wide one.
    expect(j.calls.map(isWide)).toEqual([true, true]);
  });

  it('maps empty fields to nulls and done status', async () => {
    const j = fakeJira({
      'GET /rest/api/3/issue/SUP-3': issueRoute('issue-sup-3-all-names-schema', 'issue-sup-3'),
      'GET /rest/api/3/issue/SUP-5': ok(fixture('issue-unassigned-empty')),
    });
    await j.port.getRequest('SUP-3', DEFAULT_CONFIG);
    const facts = await j.port.getRequest('SUP-5', DEFAULT_CONFIG);
    expect(j.calls[1].query.get('fields')!.split(',')).toEqual(NARROW);
    expect(facts).toMatchObject({
      assigneeId: null,
      statusCategory: 'done',
      requestTypeId: null,
      priority: null,
      impact: null,
      urgency: null,
      participantIds: [],
      createdAt: '2026-11-22T16:40:12.345+00:00',
    });
    expect(Date.parse(facts!.createdAt)).toBe(Date.parse('2026-11-22T16:40:12.345Z'));
  });

  it('gives null on 404, cold and warm', async () => {
    const j = fakeJira({ 'GET /rest/api/3/issue/SUP-3': issueRoute('issue-sup-3-all-names-schema', 'issue-sup-3') });
    expect(await j.port.getRequest('SUP-404', DEFAULT_CONFIG)).toBeNull();
    await j.port.getRequest('SUP-3', DEFAULT_CONFIG);
    expect(await j.port.getRequest('SUP-404', DEFAULT_CONFIG)).toBeNull();
    expect(j.calls.map(isWide)).toEqual([true, true, false]);
  });
});

describe('getComment', () => {
  it('maps a public customer comment with its ADF body to plain text', async () => {
    const j = fakeJira({ 'GET /rest/api/3/issue/SUP-3/comment/10201': ok(fixture('comment-public')) });
    expect(await j.port.getComment('SUP-3', '10201')).toEqual({
      id: '10201',
      authorId: 'customer-alice',
      authorName: 'Alice Martin',
      isPublic: true,
      byApp: false,
      createdAt: '2026-11-24T10:05:00.000+01:00',
      updatedAt: '2026-11-24T10:05:00.000+01:00',
      text: 'Hello @Dave Leroy,\nany news?\nstill failing\nSee https://status.example.com🙏',
    });
  });

  it("flags internal notes and the app's own comments", async () => {
    const j = fakeJira({ 'GET /rest/api/3/issue/SUP-3/comment/10202': ok(fixture('comment-internal-app')) });
    expect(await j.port.getComment('SUP-3', '10202')).toMatchObject({
      isPublic: false,
      byApp: true,
      updatedAt: '2026-11-24T11:02:30.000+01:00',
    });
  });

  it('gives null when the comment is gone', async () => {
    expect(await fakeJira({}).port.getComment('SUP-3', '1')).toBeNull();
  });
});

describe('getSlaCycle', () => {
  it('finds the ongoing cycle by name, case-insensitively', async () => {
    const j = fakeJira({ 'GET /rest/servicedeskapi/request/SUP-3/sla': ok(fixture('sla')) });
    expect(await j.port.getSlaCycle('SUP-3', 'time to RESOLUTION')).toEqual({
      breached: true,
      breachTime: 1795162500000,
      paused: false,
    });
  });

  it('gives null for an SLA without an ongoing cycle, or an unknown one', async () => {
    const j = fakeJira({ 'GET /rest/servicedeskapi/request/SUP-3/sla': ok(fixture('sla')) });
    expect(await j.port.getSlaCycle('SUP-3', 'Time to first response')).toBeNull();
    expect(await j.port.getSlaCycle('SUP-3', 'Nope')).toBeNull();
  });
});

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

describe('detectFields', () => {
  it('lists select fields named like the configured names with their enabled options, from editmeta', async () => {
    const j = fakeJira({
      'GET /rest/api/3/field': ok(fixture('fields')),
      'POST /rest/api/3/search/jql': ok({ issues: [{ id: '10003', key: 'SUP-3', fields: {} }] }),
      'GET /rest/api/3/issue/SUP-3/editmeta': ok(fixture('editmeta-sup-3')),
    });
    const result = await j.port.detectFields(DEFAULT_CONFIG);
    // Options come from allowedValues (read:jira-work), never from field contexts (manage:jira-configuration).
    expect(j.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /rest/api/3/field',
      'POST /rest/api/3/search/jql',
      'GET /rest/api/3/issue/SUP-3/editmeta',
    ]);
    expect(result.impact).toEqual([
      {
        id: 'customfield_10050',
        name: 'Impact',
        options: [
          { id: '10100', value: 'Extensive / Widespread' },
          { id: '10101', value: 'Significant / Large' },
          { id: '10102', value: 'Moderate / Limited' },
          { id: '10103', value: 'Minor / Localized' },
        ],
      },
    ]);
    // "Impact score" is a number field and "Urgence" a text field: not candidates.
    expect(result.urgency).toEqual([{ id: 'customfield_10051', name: 'Urgency', options: [] }]);
  });
});

describe('searchEscalations', () => {
  it('searches the indexed property and maps issues to queue items', async () => {
    const j = fakeJira({ 'POST /rest/api/3/search/jql': ok(fixture('search-jql')) });
    const res = await j.port.searchEscalations(0, 20);
    expect(j.calls[0].body).toEqual({
      jql: ESCALATIONS_JQL,
      fields: ['summary'],
      properties: ['escalade'],
      maxResults: 20,
    });
    expect(res).toEqual({
      total: 2,
      items: [
        {
          key: 'SUP-4',
          summary: 'VPN drops every hour',
          level: 1,
          escalatedAt: '2026-11-20T14:00:00.000Z',
          acknowledged: true,
          // The recorded answer predates the flag: absent means not overdue.
          overdue: false,
        },
        {
          key: 'SUP-3',
          summary: 'Exports to PDF fail for the finance team',
          level: 2,
          escalatedAt: '2026-11-24T09:30:00.000Z',
          acknowledged: false,
          overdue: false,
        },
      ],
    });
  });

  it('reads the overdue flag of the property (issue 11: listed first, with a lozenge)', () => {
    const item = toQueueItem({
      key: 'SUP-9',
      fields: { summary: 's' },
      properties: { escalade: { state: 'escalated', level: 1, escalatedAt: '2026-11-24T09:30:00Z', overdue: true } },
    });
    expect(item).toMatchObject({ key: 'SUP-9', overdue: true, acknowledged: false });
  });

  it('walks token pages to reach an offset', async () => {
    const issue = (n: number) => ({
      key: `SUP-${n}`,
      fields: { summary: `s${n}` },
      properties: { escalade: { state: 'escalated', level: 1, escalatedAt: 'x' } },
    });
    const j = fakeJira({
      'POST /rest/api/3/search/jql': (c) => {
        const token = (c.body as { nextPageToken?: string }).nextPageToken;
        return token
          ? { status: 200, body: { issues: [issue(3)], isLast: true } }
          : { status: 200, body: { issues: [issue(1), issue(2)], nextPageToken: 'p2', isLast: false } };
      },
    });
    const res = await j.port.searchEscalations(2, 2);
    expect(res).toEqual({ total: 3, items: [expect.objectContaining({ key: 'SUP-3' })] });
    expect(j.calls).toHaveLength(2);
  });
});

describe('recentRequestKeys and slaMetricNames (the admin SLA picker)', () => {
  const issue = (key: string, project?: string) => ({
    id: '1',
    key,
    fields: project ? { project: { key: project } } : {},
  });

  it('searches the listed projects newest first and keeps the newest request of each project', async () => {
    const j = fakeJira({
      'POST /rest/api/3/search/jql': ok({
        issues: [issue('SUP-9', 'SUP'), issue('SUP-8', 'SUP'), issue('OPS-3', 'OPS'), issue('HR-1', 'HR')],
        isLast: true,
      }),
    });
    expect(await j.port.recentRequestKeys(['SUP', 'OPS', 'HR'], 2)).toEqual(['SUP-9', 'OPS-3']);
    expect(j.calls).toHaveLength(1);
    expect(j.calls[0].body).toEqual({
      jql: 'project in ("SUP", "OPS", "HR") ORDER BY created DESC',
      fields: ['project'],
      maxResults: 20,
    });
  });

  it('bounds the search by creation date when no project is listed, and reads the project from the key', async () => {
    const j = fakeJira({
      'POST /rest/api/3/search/jql': ok({ issues: [issue('IT-2'), issue('IT-1'), issue('SUP-4')], isLast: true }),
    });
    expect(await j.port.recentRequestKeys([], 3)).toEqual(['IT-2', 'SUP-4']);
    expect((j.calls[0].body as { jql: string }).jql).toBe('created >= -365d ORDER BY created DESC');
  });

  it('falls back to any project when Jira refuses a listed project, reading one request fewer', async () => {
    const j = fakeJira({
      'POST /rest/api/3/search/jql': (c) =>
        (c.body as { jql: string }).jql.startsWith('project')
          ? { status: 400, body: { errorMessages: ["The value 'GONE' does not exist for the field 'project'."] } }
          : { status: 200, body: { issues: [issue('SUP-9', 'SUP'), issue('OPS-3', 'OPS')], isLast: true } },
    });
    expect(await j.port.recentRequestKeys(['GONE'], 2)).toEqual(['SUP-9']);
    expect(j.calls.map((c) => (c.body as { jql: string }).jql)).toEqual([
      'project in ("GONE") ORDER BY created DESC',
      'created >= -365d ORDER BY created DESC',
    ]);
  });

  it('reads the metric names of a request, and none for an issue that is not a JSM request', async () => {
    const j = fakeJira({
      'GET /rest/servicedeskapi/request/SUP-2/sla': ok({
        values: [{ name: 'Time to first response ' }, { name: 'Time to resolution' }, { id: '3' }],
      }),
    });
    expect(await j.port.slaMetricNames('SUP-2')).toEqual(['Time to first response', 'Time to resolution']);
    expect(j.calls[0].query.get('limit')).toBe('50');
    expect(await j.port.slaMetricNames('DEV-1')).toEqual([]);
  });

  it('lets a server failure through (the handler answers UNAVAILABLE)', async () => {
    const j = fakeJira({ 'GET /rest/servicedeskapi/request/SUP-2/sla': () => ({ status: 500, body: {} }) });
    await expect(j.port.slaMetricNames('SUP-2')).rejects.toThrow();
  });
});
