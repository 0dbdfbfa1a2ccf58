/** The gadget's tops name request types and organizations from the newest bucket that names them, else null. */
import { applySteps, emptyBucket, type StatsStep } from './bucket';
import { summarize } from './summarize';

const WEEKS = ['2026-11-23', '2026-11-30'];
const escalated = (id: string, requestType: { id: string; name: string | null }): StatsStep => ({
  id,
  kind: 'escalated',
  projectKey: 'SUP',
  at: '2026-11-30T09:00:00Z',
  policyId: 'default',
  level: 1,
  requestType,
  organizations: [{ id: 'o1', name: requestType.name && `Org ${requestType.name}` }],
});

describe('summarize: the names of the tops', () => {
  it.each([
    { given: 'a name read', week1: 'Incident', week2: null, name: 'Incident', org: 'Org Incident' },
    { given: 'no name ever read', week1: null, week2: null, name: null, org: null },
    { given: 'a name, then a newer one', week1: 'Old', week2: 'New', name: 'New', org: 'Org New' },
  ])('given $given, then $name', ({ week1, week2, name, org }) => {
    const buckets = [
      applySteps(emptyBucket('SUP', WEEKS[1]), [escalated('SUP-2#1#e', { id: '10', name: week2 })]),
      applySteps(emptyBucket('SUP', WEEKS[0]), [escalated('SUP-1#1#e', { id: '10', name: week1 })]),
    ];
    const f = summarize(buckets, WEEKS);
    expect(f.topRequestTypes).toStrictEqual([{ id: '10', count: 2, name }]);
    expect(f.topOrganizations).toStrictEqual([{ id: 'o1', count: 2, name: org }]);
  });
});

describe('summarize: the tops hold the 5 most escalated', () => {
  it.each([
    { given: 'exactly 5 request types', counts: [3, 3, 2, 2, 1], then: ['a', 'b', 'c', 'd', 'e'] },
    { given: 'a 6th, less escalated: left out', counts: [3, 3, 2, 2, 2, 1], then: ['a', 'b', 'c', 'd', 'e'] },
    {
      given: 'a 6th, more escalated: in, the least one out',
      counts: [1, 3, 2, 2, 2, 4],
      then: ['f', 'b', 'c', 'd', 'e'],
    },
  ])('given $given, then $then', ({ counts, then }) => {
    const steps = counts.flatMap((count, i) => {
      const id = 'abcdef'[i];
      return Array.from({ length: count }, (_, n) => escalated(`SUP-${id}${n}#1#e`, { id, name: null }));
    });
    const f = summarize([applySteps(emptyBucket('SUP', WEEKS[1]), steps)], WEEKS);
    expect(f.topRequestTypes.map((r) => r.id)).toStrictEqual(then);
  });
});
