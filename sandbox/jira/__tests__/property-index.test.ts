/** The fake Jira indexes entity properties as the manifest declares them, checking each value's type and format. */
import { indexedDateMs, indexedValue, indexedValues, manifestPropertyIndex, propertyIndexOf } from '../property-index';
import { harness } from './harness';

type Search = { issues: { key: string }[] };
const keys = (r: { status: number; body?: unknown }) => {
  expect(r.status).toBe(200);
  return (r.body as Search).issues.map((i) => i.key);
};

describe('indexed date values (manifest-reference/modules/jira-entity-property)', () => {
  it.each([
    ['2021-05-15', Date.UTC(2021, 4, 15)],
    ['2021-05-15T13:44:11Z', Date.UTC(2021, 4, 15, 13, 44, 11)],
    ['2021-05-15T13:44:11+02:00', Date.UTC(2021, 4, 15, 11, 44, 11)],
    ['2021-05-15T13:44:11-05:30', Date.UTC(2021, 4, 15, 19, 14, 11)],
  ])('indexes the documented format %s', (raw, ms) => {
    expect(indexedDateMs(raw)).toBe(ms);
  });

  it.each([
    '2021-05-15T13:44:11.000Z', // toISOString(): milliseconds are not in the documented format
    '2021-05-15T13:44:11', // no zone
    '2021-05-15T13:44Z', // no seconds
    '2021-02-30', // no such day
    '2021-13-01T00:00:00Z',
    '15/05/2021',
    1621086251000,
    null,
  ])('does not index %s', (raw) => {
    expect(indexedDateMs(raw)).toBeUndefined();
  });

  it('checks numbers and strings by type too', () => {
    expect(indexedValue('number', 2)).toBe(2);
    expect(indexedValue('number', '2')).toBeUndefined();
    expect(indexedValue('string', 'escalated')).toBe('escalated');
    expect(indexedValue('string', 3)).toBeUndefined();
    // A JSON boolean under `string` (the app's `overdue` flag): its text, the docs being silent (sandbox/README.md).
    expect(indexedValue('string', true)).toBe('true');
    expect(indexedValue('string', false)).toBe('false');
    expect(indexedValue('number', true)).toBeUndefined();
    expect(indexedValue('user', 'agent-dave')).toBe('agent-dave');
  });

  it('reads the real manifest: every indexed path of the escalade property and its type', () => {
    const index = manifestPropertyIndex();
    expect(index.types).toEqual({
      'issue.property[escalade].state': 'string',
      'issue.property[escalade].level': 'number',
      'issue.property[escalade].escalatedAt': 'date',
      'issue.property[escalade].followUps': 'number',
      'issue.property[escalade].overdue': 'string',
      'issue.property[escalade].policy': 'string',
    });
    expect(index.aliases.escaladeAt).toBe('issue.property[escalade].escalatedAt');
    expect(index.aliases.escaladePolicy).toBe('issue.property[escalade].policy');
  });

  it('indexes only declared paths, and the elements of an array', () => {
    const index = propertyIndexOf({
      modules: { 'jira:entityProperty': [{ propertyKey: 'p', values: [{ path: 'when', type: 'date' }] }] },
    });
    expect(indexedValues(index, 'p', 'when', { when: ['2021-05-15', 'bad'] })).toEqual([Date.UTC(2021, 4, 15)]);
    expect(indexedValues(index, 'p', 'other', { other: 'x' })).toEqual([]);
  });
});

describe('JQL over a badly formatted date', () => {
  function site(format: (iso: string) => string) {
    const h = harness();
    // SUP-5 escalated first, SUP-3 later: issue ids run the other way.
    for (const [key, at] of [
      ['SUP-5', '2026-11-20T09:00:00.000Z'],
      ['SUP-3', '2026-11-25T09:00:00.000Z'],
    ])
      h.call('app', 'PUT', `/rest/api/3/issue/${key}/properties/escalade`, {
        state: 'escalated',
        level: 1,
        escalatedAt: format(at),
        followUps: 0,
      });
    const search = (jql: string) => keys(h.call('app', 'POST', '/rest/api/3/search/jql', { jql }));
    return search;
  }
  const documented = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');
  const withMilliseconds = (iso: string) => iso;
  /** The app's queue order: oldest escalation first. */
  const ORDERED = 'escaladeState = escalated ORDER BY escaladeAt ASC';

  it('orders and range-searches dates in the documented format', () => {
    const search = site(documented);
    expect(search(ORDERED)).toEqual(['SUP-5', 'SUP-3']);
    expect(search('escaladeState = escalated ORDER BY escaladeAt DESC')).toEqual(['SUP-3', 'SUP-5']);
    expect(search('escaladeAt >= "2026-11-22"')).toEqual(['SUP-3']);
    expect(search('escaladeAt < "2026-11-22T00:00:00Z" AND project = SUP')).toEqual(['SUP-5']);
  });

  it('cannot order by, nor find by, dates written with milliseconds: they are not indexed', () => {
    const search = site(withMilliseconds);
    // Still found by state, but ORDER BY the date falls back to the tie-break (issue id): the oldest is not first.
    expect(search(ORDERED)).toEqual(['SUP-3', 'SUP-5']);
    expect(search('escaladeAt >= "2026-11-22"')).toEqual([]);
    expect(search('escaladeAt is not EMPTY AND project = SUP')).toEqual([]);
  });
});
