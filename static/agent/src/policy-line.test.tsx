/** The agent panel says which support policy applies to the request, and why (which values its match found). */
import { screen } from '@testing-library/react';
import type { AgentState } from '../../../src/contract';
import { agentState, renderAgent } from './agent-test-support';

const platinum: AgentState['policy'] = {
  id: 'platinum',
  name: 'Contrat Platine',
  matchedOn: { project: 'SUP', organization: { id: '2', name: 'Durand Conseil' } },
};

describe('agent panel: the support policy', () => {
  it.each([
    {
      given: 'a policy matched on project and organization (fr)',
      policy: platinum,
      locale: 'fr-FR',
      line: 'Politique de support\u202f: Contrat Platine Retenue pour\u202f: projet SUP, organisation Durand Conseil.',
    },
    {
      given: 'a request type with no name known (en)',
      policy: { id: 'outage', name: 'Outages', matchedOn: { requestType: { id: '15', name: null } } },
      locale: 'en-US',
      line: 'Support policy: Outages Chosen for: request type 15.',
    },
    {
      given: 'a catch-all policy (en)',
      policy: { id: 'everyone', name: 'Everyone', matchedOn: {} },
      locale: 'en-US',
      line: 'Support policy: Everyone It applies to every request.',
    },
    {
      given: 'the default policy (fr)',
      policy: { id: 'default', name: null, matchedOn: null },
      locale: 'fr-FR',
      line: 'Politique de support\u202f: par défaut (aucune politique ne correspond à cette demande)',
    },
  ])('given $given, then it says "$line"', async ({ policy, locale, line }) => {
    renderAgent({ getAgentState: () => agentState({ policy }) }, locale);
    const shown = await screen.findByTestId('agent-policy');
    expect(shown.textContent).toBe(line);
    expect(shown.dataset.policy).toBe(policy.id);
  });
});
