/** The searches of the admin's SLA picker: newest requests first, by project or bounded by creation date. */
import { parseJql, UNBOUNDED_JQL } from '../jql';
import { harness } from './harness';

type Search = { issues: { key: string; fields: Record<string, unknown> }[]; errorMessages?: string[] };

const search = (h: ReturnType<typeof harness>, jql: string, maxResults?: number) =>
  h.call('app', 'POST', '/rest/api/3/search/jql', { jql, fields: ['project'], maxResults });
const keys = (r: { body?: unknown }) => (r.body as Search).issues.map((i) => i.key);

// Seed ages: SUP-2 now, SUP-1 and SUP-7 1 h, SUP-5 10 d, SUP-3 14 d, SUP-4 21 d, SUP-6 30 d.
const NEWEST_FIRST = ['SUP-2', 'SUP-1', 'SUP-7', 'SUP-5', 'SUP-3', 'SUP-4', 'SUP-6'];

describe('JQL: newest requests of some projects', () => {
  it('orders by created DESC under project in (...) and project = X', () => {
    const h = harness();
    expect(keys(search(h, 'project in ("SUP", "OPS") ORDER BY created DESC'))).toEqual(NEWEST_FIRST);
    expect(keys(search(h, 'project in (SUP) ORDER BY created DESC', 1))).toEqual(['SUP-2']);
    expect(keys(search(h, 'project = SUP ORDER BY created DESC', 3))).toEqual(['SUP-2', 'SUP-1', 'SUP-7']);
    expect(keys(search(h, 'project = SUP ORDER BY created ASC', 1))).toEqual(['SUP-6']);
    expect(keys(search(h, 'project in (OPS) ORDER BY created DESC'))).toEqual([]);
  });

  it('returns the project field when asked', () => {
    const h = harness();
    const issue = (search(h, 'project = SUP ORDER BY created DESC', 1).body as Search).issues[0];
    expect(issue.fields.project).toMatchObject({ key: 'SUP' });
  });

  it('resolves relative dates from the sandbox clock', () => {
    const h = harness();
    expect(keys(search(h, 'created >= -365d ORDER BY created DESC'))).toEqual(NEWEST_FIRST);
    expect(keys(search(h, 'created >= -12d ORDER BY created DESC'))).toEqual(['SUP-2', 'SUP-1', 'SUP-7', 'SUP-5']);
    expect(keys(search(h, 'created < -15d ORDER BY created DESC'))).toEqual(['SUP-4', 'SUP-6']);
    expect(keys(search(h, 'created >= -1w ORDER BY created DESC'))).toEqual(['SUP-2', 'SUP-1', 'SUP-7']);
    expect(keys(search(h, 'created >= -90m ORDER BY created DESC'))).toEqual(['SUP-2', 'SUP-1', 'SUP-7']);
    // Time moves: a day later, nothing was created in the last 12 hours.
    h.clock.advanceMinutes(24 * 60);
    expect(keys(search(h, 'created >= -12h'))).toEqual([]);
  });

  it('refuses an unbounded query, as the enhanced search does', () => {
    const h = harness();
    for (const jql of ['ORDER BY created DESC', '']) {
      const res = search(h, jql);
      expect(res.status).toBe(400);
      expect((res.body as Search).errorMessages).toEqual([UNBOUNDED_JQL]);
    }
    const get = h.call('app', 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('ORDER BY created DESC')}`);
    expect(get.status).toBe(400);
  });

  it('parses without a clock or the bound check for other callers', () => {
    expect(parseJql('ORDER BY created DESC')).toEqual({ clauses: [], sort: [{ field: 'created', dir: 'DESC' }] });
    expect((parseJql('created >= -1d').clauses[0] as { values: unknown[] }).values).toEqual(['-1d']);
    expect((parseJql('created >= -1d', {}, { nowMs: 86_400_000 }).clauses[0] as { values: unknown[] }).values).toEqual([
      0,
    ]);
  });
});
