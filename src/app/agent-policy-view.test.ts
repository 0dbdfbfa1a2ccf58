/** The agents' panel says which support policy applies and why, with names from the request's own read. */
import { aConfig, aPolicy, aRequest } from '../../test/builders';
import { policyView } from './agent-view';

const config = aConfig({
  policies: [
    aPolicy('mtl', { projects: ['MTL'], requestTypeIds: ['15'] }),
    aPolicy('platinum', { organizationIds: ['2'] }, { name: { fr: 'Contrat Platine', en: 'Platinum contract' } }),
  ],
});

describe('policyView', () => {
  it.each([
    {
      given: 'a request of two organizations, one of them Platinum (fr)',
      request: aRequest({
        organizations: [
          { id: '1', name: 'Transports Martin' },
          { id: '2', name: 'Durand Conseil' },
        ],
      }),
      lang: 'fr' as const,
      then: {
        id: 'platinum',
        name: 'Contrat Platine',
        matchedOn: { organization: { id: '2', name: 'Durand Conseil' } },
      },
    },
    {
      given: 'a Montréal incident (project and request type, the type named from the same read)',
      request: aRequest({ projectKey: 'MTL', requestTypeId: '15', requestTypeName: 'Panne' }),
      lang: 'en' as const,
      then: { id: 'mtl', name: 'Policy mtl', matchedOn: { project: 'MTL', requestType: { id: '15', name: 'Panne' } } },
    },
    {
      given: 'a Montréal incident whose type name was not read',
      request: aRequest({ projectKey: 'MTL', requestTypeId: '15' }),
      lang: 'en' as const,
      then: { id: 'mtl', name: 'Policy mtl', matchedOn: { project: 'MTL', requestType: { id: '15', name: null } } },
    },
    {
      given: 'a Platinum organization whose name was not read',
      request: aRequest({ organizations: [{ id: '2', name: null }] }),
      lang: 'en' as const,
      then: { id: 'platinum', name: 'Platinum contract', matchedOn: { organization: { id: '2', name: null } } },
    },
    {
      given: 'a request no policy matches',
      request: aRequest({ organizations: [{ id: '1', name: 'Transports Martin' }] }),
      lang: 'en' as const,
      then: { id: 'default', name: null, matchedOn: null },
    },
  ])('given $given, then $then.id', ({ request, lang, then }) => {
    expect(policyView(config, request, lang)).toEqual(then);
  });
});
