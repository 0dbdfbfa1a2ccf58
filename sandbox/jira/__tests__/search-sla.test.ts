import { harness } from './harness';

type Search = {
  issues: { key: string; fields: Record<string, unknown>; properties?: Record<string, unknown> }[];
  isLast: boolean;
  nextPageToken?: string;
};

function withEscalations() {
  const h = harness();
  const set = (key: string, state: string, escalatedAt: string) =>
    h.call('app', 'PUT', `/rest/api/3/issue/${key}/properties/escalade`, {
      state,
      level: 1,
      escalatedAt,
      followUps: 1,
    });
  set('SUP-3', 'escalated', '2026-11-25T09:00:00Z');
  set('SUP-4', 'escalated', '2026-11-20T09:00:00Z');
  set('SUP-5', 'acknowledged', '2026-11-22T09:00:00Z');
  set('SUP-6', 'closed', '2026-11-01T09:00:00Z');
  return h;
}

const keys = (r: { body?: unknown }) => (r.body as Search).issues.map((i) => i.key);
const enc = encodeURIComponent;

describe('JQL search on the escalade property', () => {
  it('finds escalated issues ordered by escalatedAt, GET and POST', () => {
    const { call } = withEscalations();
    const jql = 'issue.property[escalade].state = "escalated" ORDER BY issue.property[escalade].escalatedAt ASC';
    expect(keys(call('app', 'GET', `/rest/api/3/search/jql?jql=${enc(jql)}`))).toEqual(['SUP-4', 'SUP-3']);
    expect(keys(call('app', 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'] }))).toEqual([
      'SUP-4',
      'SUP-3',
    ]);
  });

  it('supports IN, AND project = X, the manifest search alias, and DESC', () => {
    const { call } = withEscalations();
    const jql =
      'issue.property[escalade].state in ("escalated", "acknowledged") AND project = SUP ORDER BY issue.property[escalade].escalatedAt DESC';
    expect(keys(call('app', 'POST', '/rest/api/3/search/jql', { jql }))).toEqual(['SUP-3', 'SUP-5', 'SUP-4']);
    expect(
      keys(call('app', 'POST', '/rest/api/3/search/jql', { jql: 'escaladeState = "escalated" AND project = OTHER' })),
    ).toEqual([]);
    expect(
      keys(call('app', 'POST', '/rest/api/3/search/jql', { jql: 'escaladeState = escalated ORDER BY escaladeAt ASC' })),
    ).toEqual(['SUP-4', 'SUP-3']);
  });

  it('pages with maxResults and nextPageToken, and with startAt', () => {
    const { call } = withEscalations();
    const jql =
      'issue.property[escalade].state in (escalated, acknowledged) ORDER BY issue.property[escalade].escalatedAt ASC';
    const p1 = call('app', 'POST', '/rest/api/3/search/jql', { jql, maxResults: 2 }).body as Search;
    expect(p1.issues.map((i) => i.key)).toEqual(['SUP-4', 'SUP-5']);
    expect(p1.isLast).toBe(false);
    const p2 = call('app', 'POST', '/rest/api/3/search/jql', { jql, maxResults: 2, nextPageToken: p1.nextPageToken })
      .body as Search;
    expect(p2.issues.map((i) => i.key)).toEqual(['SUP-3']);
    expect(p2.isLast).toBe(true);
    expect(p2.nextPageToken).toBeUndefined();
    expect(keys(call('app', 'GET', `/rest/api/3/search/jql?jql=${enc(jql)}&startAt=1&maxResults=1`))).toEqual([
      'SUP-5',
    ]);
    expect(call('app', 'POST', '/rest/api/3/search/approximate-count', { jql }).body).toEqual({ count: 3 });
  });

  it('returns only the requested fields (id only by default) and properties', () => {
    const { call } = withEscalations();
    const jql = 'issue.property[escalade].state = "escalated"';
    const bare = call('app', 'POST', '/rest/api/3/search/jql', { jql }).body as Search;
    expect(bare.issues[0].fields).toEqual({});
    const rich = call('app', 'POST', '/rest/api/3/search/jql', {
      jql,
      fields: ['summary', 'assignee'],
      properties: ['escalade'],
    }).body as Search;
    expect(Object.keys(rich.issues[0].fields).sort()).toEqual(['assignee', 'summary']);
    expect(rich.issues[0].properties?.escalade).toMatchObject({ state: 'escalated' });
  });

  it('applies visibility: a customer only finds their own requests', () => {
    const { call } = withEscalations();
    expect(
      keys(
        call('customer-bob', 'POST', '/rest/api/3/search/jql', { jql: 'escaladeState in (escalated, acknowledged)' }),
      ),
    ).toEqual(['SUP-5']);
  });

  it('answers 400 with Jira’s shape for JQL it does not understand', () => {
    const { call } = harness();
    const res = call('app', 'POST', '/rest/api/3/search/jql', { jql: 'text ~ "boom"' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errorMessages: [expect.any(String)] });
    expect(call('app', 'POST', '/rest/api/3/search/jql', { jql: 'project = SUP OR project = X' }).status).toBe(400);
  });
});

describe('SLA "Time to resolution"', () => {
  type Sla = { values: { name: string; ongoingCycle?: Record<string, unknown>; completedCycles: unknown[] }[] };
  const cycle = (r: { body?: unknown }) =>
    (r.body as Sla).values[0].ongoingCycle as {
      breached: boolean;
      paused: boolean;
      withinCalendarHours: boolean;
      breachTime: { epochMillis: number; iso8601: string };
      elapsedTime: { millis: number };
      remainingTime: { millis: number };
    };

  it('is computed from the clock: SUP-2 (Medium, 24 h goal) breaches after a day', () => {
    const { call, clock } = harness();
    const c = cycle(call('app', 'GET', '/rest/servicedeskapi/request/SUP-2/sla'));
    expect(c.breached).toBe(false);
    expect(c.paused).toBe(false);
    expect(c.withinCalendarHours).toBe(true);
    expect(c.breachTime.epochMillis - clock.nowMs()).toBeGreaterThan(23.9 * 3_600_000);
    expect(c.breachTime.iso8601).toMatch(/\+0000$/);
    expect(c.remainingTime.millis + c.elapsedTime.millis).toBe(24 * 3_600_000);
    clock.advanceMinutes(25 * 60);
    const later = cycle(call('app', 'GET', '/rest/servicedeskapi/request/SUP-2/sla'));
    expect(later.breached).toBe(true);
    expect(later.remainingTime.millis).toBeLessThan(0);
  });

  it('is paused while waiting for the customer, and completed once resolved', () => {
    const { call } = harness();
    call('app', 'POST', '/rest/api/3/issue/SUP-2/transitions', { transition: { id: '41' } });
    expect(cycle(call('app', 'GET', '/rest/servicedeskapi/request/SUP-2/sla')).paused).toBe(true);
    const done = call('app', 'GET', '/rest/servicedeskapi/request/SUP-6/sla').body as Sla;
    expect(done.values[0].ongoingCycle).toBeUndefined();
    expect(done.values[0].completedCycles).toHaveLength(1);
  });
});
