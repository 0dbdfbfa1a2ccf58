/** What the analytics keep of an escalated request (its facets), and a follow-up counted only when recorded. */
import { a24x7Config, aFollowUp, aPolicy, aRecord, aRequest } from '../../../test/builders';
import { fakeStats } from '../../../test/support/fake-ports';
import { countFollowUp, facetsOf } from './count-steps';

describe('facetsOf: the request type, organizations, policy and follow-ups before the escalation', () => {
  it.each([
    {
      given: 'a request type with its name',
      request: { requestTypeId: '12', requestTypeName: 'Incident' },
      requestType: { id: '12', name: 'Incident' },
    },
    {
      given: 'a request type whose name was not read',
      request: { requestTypeId: '12' },
      requestType: { id: '12', name: null },
    },
    {
      given: 'no request type (an issue created outside the portal)',
      request: { requestTypeId: null },
      requestType: null,
    },
  ])('given $given, then requestType $requestType', ({ request, requestType }) => {
    const config = a24x7Config({ policies: [aPolicy('gold', { projects: ['SUP'] })] });
    const record = aRecord({ followUps: [aFollowUp(), aFollowUp({ commentId: '20000' })] });
    expect(facetsOf(aRequest(request), record, config)).toEqual({
      requestType,
      organizations: [],
      policyId: 'gold',
      followUpsBefore: 2,
    });
  });
});

describe('countFollowUp: one recorded follow-up in its week', () => {
  it.each([
    { given: 'the record holds the comment', commentId: '19999', buckets: 1 },
    { given: 'the record does not hold the comment (ignored, not recorded)', commentId: '30000', buckets: 0 },
  ])('given $given, then $buckets bucket(s) written', async ({ commentId, buckets }) => {
    const stats = fakeStats();
    await countFollowUp({ stats }, a24x7Config(), aRecord({ followUps: [aFollowUp()] }), commentId);
    expect(stats.buckets.size).toBe(buckets);
  });
});

describe('countSteps: each step in its project × week bucket, and nothing else there', () => {
  const record = aRecord({
    followUps: [
      aFollowUp({ commentId: '19999', at: '2025-03-10T12:00:00.000Z' }),
      aFollowUp({ commentId: '20000', at: '2025-03-14T12:00:00.000Z' }),
      aFollowUp({ commentId: '20001', at: '2025-03-17T12:00:00.000Z' }),
    ],
  });
  it.each([
    { given: 'one follow-up', counted: ['19999'], then: { 'SUP:2025-03-10': ['SUP-1#f#19999'] } },
    {
      given: 'two in the week of Monday 10 March: one bucket with both',
      counted: ['19999', '20000'],
      then: { 'SUP:2025-03-10': ['SUP-1#f#19999', 'SUP-1#f#20000'] },
    },
    {
      given: 'one on the next Monday: a bucket of its own',
      counted: ['19999', '20001'],
      then: { 'SUP:2025-03-10': ['SUP-1#f#19999'], 'SUP:2025-03-17': ['SUP-1#f#20001'] },
    },
  ])('given $given', async ({ counted, then }) => {
    const stats = fakeStats();
    for (const commentId of counted) await countFollowUp({ stats }, a24x7Config(), record, commentId);
    const buckets = [...stats.buckets.entries()];
    expect(Object.fromEntries(buckets.map(([id, b]) => [id, b.steps]))).toStrictEqual(then);
    for (const [, b] of buckets)
      expect(b.slices).toStrictEqual({ default: expect.objectContaining({ counts: { followUp: b.steps.length } }) });
  });
});
