/** Why a policy matched (issue 12), as the mutation run found unheld: only the lists that decided are named. */
import type { Policy } from '../config/schema';
import { matchOf, policyFactsOf } from './select-policy';

const policy = (match: Partial<Policy['match']>): Policy =>
  ({ match: { projects: [], requestTypeIds: [], organizationIds: [], ...match } }) as unknown as Policy;
const FACTS = { projectKey: 'SUP', requestTypeId: '12', organizationIds: ['org-1', 'org-2'] };

describe('matchOf names exactly the non-empty lists that matched', () => {
  it.each([
    ['every list empty: matches, nothing named', {}, []],
    ['projects only', { projects: ['SUP'] }, ['project']],
    ['request types only', { requestTypeIds: ['12'] }, ['requestTypeId']],
    ['organizations only (the second one)', { organizationIds: ['org-2'] }, ['organizationId']],
    [
      'all three',
      { projects: ['SUP'], requestTypeIds: ['12'], organizationIds: ['org-1'] },
      ['project', 'requestTypeId', 'organizationId'],
    ],
  ])('%s', (_name, match, keys) => {
    const matched = matchOf(policy(match), FACTS);
    expect(Object.keys(matched ?? { none: true })).toEqual(keys);
  });

  it('a preview with no project and no request type: a policy listing them does not match', () => {
    const none = { projectKey: null, requestTypeId: null, organizationIds: [] };
    expect(matchOf(policy({ projects: ['SUP'] }), none)).toBeNull();
    expect(matchOf(policy({ requestTypeIds: ['12'] }), none)).toBeNull();
    expect(matchOf(policy({}), none)).toStrictEqual({});
  });
});

describe('policyFactsOf', () => {
  it.each([
    ['organizations not read: none', undefined, []],
    ['no organization', [], []],
    [
      'two organizations: their ids',
      [
        { id: 'o1', name: 'Acme' },
        { id: 'o2', name: null },
      ],
      ['o1', 'o2'],
    ],
  ])('%s', (_name, organizations, ids) => {
    expect(policyFactsOf({ projectKey: 'SUP', requestTypeId: null, organizations })).toStrictEqual({
      projectKey: 'SUP',
      requestTypeId: null,
      organizationIds: ids,
    });
  });
});
