/** The adapter's reads of one request: its facts, a comment, an SLA cycle. */
import type { Config } from '../../domain/config/schema';
import { DEFAULT_CONFIG } from '../../domain/config';
import { fakeJira, fixture, ok, type Handler } from '../../../test/support/fake-jira-send';

import { resetCaches } from './jira-adapter';
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
