/** The adapter's searches: field detection, the escalation queue, the admin SLA picker. */
import { DEFAULT_CONFIG } from '../../domain/config';
import { fakeJira, fixture, ok } from '../../../test/support/fake-jira-send';
import { ESCALATIONS_JQL, resetCaches } from './jira-adapter';
import { toQueueItem } from './map-rest';

beforeEach(() => resetCaches());

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
    const res = await j.port.searchEscalations(null, 20);
    expect(j.calls[0].body).toEqual({
      jql: ESCALATIONS_JQL,
      fields: ['summary'],
      properties: ['escalade'],
      maxResults: 20,
    });
    expect(res).toEqual({
      nextPageToken: null,
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

  it('reads any page with one search, from the previous page’s token, and hands the next token on', async () => {
    const issue = (n: number) => ({
      key: `SUP-${n}`,
      fields: { summary: `s${n}` },
      properties: { escalade: { state: 'escalated', level: 1, escalatedAt: 'x' } },
    });
    const j = fakeJira({
      'POST /rest/api/3/search/jql': (c) => {
        const token = (c.body as { nextPageToken?: string }).nextPageToken;
        return token === 'p80'
          ? { status: 200, body: { issues: [issue(3)], isLast: true } }
          : { status: 200, body: { issues: [issue(1), issue(2)], nextPageToken: 'p2', isLast: false } };
      },
    });
    expect(await j.port.searchEscalations(null, 2)).toEqual({
      nextPageToken: 'p2',
      items: [expect.objectContaining({ key: 'SUP-1' }), expect.objectContaining({ key: 'SUP-2' })],
    });
    expect(await j.port.searchEscalations('p80', 2)).toEqual({
      nextPageToken: null,
      items: [expect.objectContaining({ key: 'SUP-3' })],
    });
    expect(j.calls).toHaveLength(2);
    expect((j.calls[1].body as { nextPageToken?: string }).nextPageToken).toBe('p80');
  });

  it('counts the open escalations as the user, without the ordering', async () => {
    const j = fakeJira({ 'POST /rest/api/3/search/approximate-count': ok({ count: 42 }) });
    expect(await j.port.countEscalations()).toBe(42);
    expect(j.calls[0]).toMatchObject({
      as: 'user',
      body: { jql: 'issue.property[escalade].state in ("escalated","acknowledged")' },
    });
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
