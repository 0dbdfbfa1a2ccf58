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
