import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AgentState, Result } from '../../../src/contract';
import { deferred } from '../../common/test/render';
import { JQL, alice, bob, TIMELINE, agentState, renderAgent } from './agent-test-support';

describe('agent panel: display', () => {
  it('loads with one call, then shows state, level, acknowledgement, eligibility and the timeline in order (fr)', async () => {
    const answer = deferred<Result<AgentState>>();
    const bridge = renderAgent({ getAgentState: () => answer.promise });
    expect(screen.getByTestId('loading')).toBeInTheDocument();
    await act(async () => answer.resolve(agentState()));
    expect(bridge.calls).toHaveLength(1);
    expect(screen.getByTestId('agent-state')).toHaveTextContent('Escaladé');
    expect(screen.getByTestId('agent-level')).toHaveTextContent('Niveau 1 sur 2');
    expect(screen.getByTestId('agent-ack')).toHaveTextContent('Non pris en charge');
    expect(screen.getByTestId('agent-eligible-at')).toHaveTextContent(
      /^Le client peut escalader depuis le 2 déc\.( \d{4})? à 16:00\.$/,
    );
    expect(screen.getByTestId('agent-next-level')).toHaveTextContent(
      'Niveau suivant possible à partir du 4 déc. 2099 à 16:00.',
    );
    expect(screen.getByTestId('agent-follow-ups')).toHaveTextContent(/4 relances, la dernière le 2 déc\./);
    expect(screen.queryByTestId('critical-badge')).not.toBeInTheDocument();

    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(items.map((i) => i.dataset.testid)).toEqual([
      'timeline-followUp',
      'timeline-followUp',
      'timeline-followUp',
      'timeline-followUp',
      'timeline-escalation',
    ]);
    expect(items[0]).toHaveTextContent('Relance d’Alice Martin');
    expect(items[0]).toHaveTextContent('Courriel envoyé');
    // One lozenge, one statement: the reason alone, not "Aucun courriel envoyé (aucun courriel : …)".
    expect(within(items[1]).getByTestId('notify').textContent).toBe(
      'Pas de courriel\u202f: délai minimal entre deux courriels',
    );
    expect(within(items[2]).getByTestId('notify').textContent).toBe(
      'Pas de courriel\u202f: demande non assignée, sans destinataire de repli ni responsable de projet',
    );
    expect(items[3]).toHaveTextContent('Échec de l’envoi du courriel');
    expect(items[4]).toHaveTextContent('Escalade au niveau 1 par Alice Martin');
    expect(items[4]).toHaveTextContent('Motif : Autre');
    expect(items[4]).toHaveTextContent('Détails : Tout est bloqué.');
    expect(items[4]).toHaveTextContent('Courriel envoyé à Bob Agent');
  });

  it('critical request: badge and note, in English; future eligibility', async () => {
    renderAgent(
      {
        getAgentState: agentState({
          kind: 'critical',
          critical: true,
          level: 0,
          timeline: [],
          eligibleAt: '2099-01-05T08:00:00Z',
          nextLevelAt: undefined,
        }),
      },
      'en-US',
    );
    expect(await screen.findByTestId('critical-badge')).toHaveTextContent('Critical incident');
    expect(screen.getByTestId('agent-critical')).toHaveTextContent('the customer is asked to phone support');
    // Said once: no "Critical" state lozenge before "Critical incident".
    expect(screen.queryByTestId('agent-state')).not.toBeInTheDocument();
    expect(screen.getByTestId('agent-eligible-at')).toHaveTextContent(
      'The customer can escalate from 5 Jan 2099 at 09:00.',
    );
    expect(screen.getByText('No follow-up or escalation yet.')).toBeInTheDocument();
    expect(screen.queryByTestId('agent-actions')).not.toBeInTheDocument();
  });

  it.each(['waiting', 'eligible', 'resolved', 'inactive'] as const)('%s: no actions', async (kind) => {
    renderAgent({ getAgentState: agentState({ kind, level: 0, timeline: [] }) }, 'en-US');
    expect(await screen.findByTestId('agent-state')).toHaveTextContent(
      { waiting: 'Waiting', eligible: 'Can be escalated', resolved: 'Resolved', inactive: 'Inactive' }[kind],
    );
    expect(screen.queryByTestId('agent-actions')).not.toBeInTheDocument();
  });

  it('acknowledged and closed entries show who and the note (en)', async () => {
    renderAgent(
      {
        getAgentState: agentState({
          acknowledged: true,
          closed: true,
          timeline: [
            ...TIMELINE.slice(0, 1),
            { type: 'acknowledged', at: '2025-12-03T14:00:00Z', by: bob, level: 1, note: 'On regarde.' },
            { type: 'closed', at: '2025-12-03T16:00:00Z', by: bob, level: 1, note: 'Corrigé.' },
          ],
        }),
      },
      'en-US',
    );
    expect(await screen.findByTestId('timeline-acknowledged')).toHaveTextContent('Level 1 acknowledged by Bob Agent');
    expect(screen.getByTestId('timeline-acknowledged')).toHaveTextContent('Note: On regarde.');
    expect(screen.getByTestId('timeline-closed')).toHaveTextContent('Level 1 closed by Bob Agent');
    expect(screen.getByTestId('agent-ack')).toHaveTextContent('Closed');
    expect(screen.queryByTestId('agent-actions')).not.toBeInTheDocument();
  });

  it.each([
    ['FORBIDDEN', 'Vous n’avez pas accès à ces informations.'],
    ['NOT_FOUND', 'Cette demande est introuvable.'],
  ])('a %s refusal is one message, not two', async (code, text) => {
    renderAgent({ getAgentState: { error: { code, message: 'Vous n’avez pas accès à cette ressource.' } } });
    expect(await screen.findByTestId('agent-load-error')).toHaveTextContent(text);
    expect(screen.getByTestId('agent-panel')).not.toHaveTextContent('cette ressource');
    expect(screen.queryByText('L’historique d’escalade n’est pas disponible pour le moment.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Réessayer/ })).not.toBeInTheDocument();
  });

  it('an UNAVAILABLE load error says what is missing, then why', async () => {
    renderAgent({ getAgentState: { error: { code: 'UNAVAILABLE', message: 'x' } } });
    expect(await screen.findByTestId('agent-load-error')).toHaveTextContent(
      'Le service est momentanément indisponible.',
    );
    expect(screen.getByText('L’historique d’escalade n’est pas disponible pour le moment.')).toBeInTheDocument();
  });
});

describe('agent panel: JQL', () => {
  it('copies with the Clipboard API', async () => {
    const user = userEvent.setup();
    renderAgent({ getAgentState: agentState() }, 'en-US');
    await user.click(await screen.findByRole('button', { name: 'Copy JQL' }));
    expect(await navigator.clipboard.readText()).toBe(JQL);
    expect(screen.getByTestId('jql-status')).toHaveTextContent('Copied to the clipboard.');
    expect(screen.getByTestId('jql-text')).toHaveValue(JQL);
  });

  it('falls back to execCommand, and says so when copying is impossible', async () => {
    const user = userEvent.setup();
    renderAgent({ getAgentState: agentState() });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const exec = jest.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    await user.click(await screen.findByRole('button', { name: 'Copier le JQL' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(screen.getByTestId('jql-status')).toHaveTextContent('Copié dans le presse-papiers.');
    exec.mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Copier le JQL' }));
    expect(screen.getByTestId('jql-status')).toHaveTextContent(
      'Copie impossible : sélectionnez le texte et copiez-le à la main.',
    );
  });
});

describe('the timeline says why no email was sent, in words', () => {
  it.each([
    ['notifyOff', "No email: escalation emails are turned off in the app's settings"],
    ['noRecipient', 'No email: nobody to email (unassigned request, no recipient for this level'],
  ] as const)('escalation with reason %s', async (reason, words) => {
    const escalation = {
      type: 'escalation' as const,
      at: '2025-12-03T08:00:00Z',
      by: alice,
      level: 1,
      reasonId: 'other',
      reasonLabel: 'Other',
      details: '',
      notify: { outcome: 'none' as const },
      reason,
      effects: {},
    };
    renderAgent({ getAgentState: agentState({ timeline: [escalation] }) }, 'en-US');
    const entry = await screen.findByTestId('timeline-escalation');
    expect(within(entry).getByTestId('notify')).toHaveTextContent(words);
    expect(entry).not.toHaveTextContent(reason);
  });
});
