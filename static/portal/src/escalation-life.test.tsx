/** The customer's side of issue 11 §5: the escalation history, and "I no longer need this escalation". */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PortalState, Result } from '../../../src/contract';
import { fakeBridge, renderApp } from '../../common/test/render';
import { PortalPanel } from './portal-panel';
import { escalated, portalState } from './test/fixtures';

function renderPanel(state: PortalState, withdraw?: Result<PortalState>, locale = 'fr-FR') {
  const bridge = fakeBridge({
    getPortalState: () => state,
    ...(withdraw ? { withdrawEscalation: withdraw } : {}),
  });
  renderApp(<PortalPanel />, { bridge, locale, timezone: 'Europe/Paris' });
  return bridge;
}

const history: PortalState['history'] = [
  { kind: 'escalated', at: '2025-12-01T09:00:00Z', reasonLabel: 'Pas de réponse' },
  { kind: 'acknowledged', at: '2025-12-01T10:00:00Z' },
  { kind: 'closed', at: '2025-12-02T10:00:00Z', reasonLabel: 'Contournement fourni', note: 'Redémarrez le service.' },
];

describe('portal panel: escalation history', () => {
  it('stays after closing: each step with its date and reason, the public note, and when to escalate again', async () => {
    renderPanel(portalState({ kind: 'waiting', eligibleAt: '2025-12-03T13:30:00Z', history }));
    const list = await screen.findByTestId('escalation-history');
    expect(within(list).getByTestId('history-escalated')).toHaveTextContent(
      /^Escaladée le 1er déc\.( \d{4})? à 10:00\. Motif : Pas de réponse$/,
    );
    expect(within(list).getByTestId('history-acknowledged')).toHaveTextContent('Prise en charge par l’équipe support');
    expect(within(list).getByTestId('history-closed')).toHaveTextContent('Motif : Contournement fourni');
    expect(within(list).getByTestId('history-closed')).toHaveTextContent(
      'Note de l’équipe support : Redémarrez le service.',
    );
    expect(screen.getByTestId('eligible-at')).toBeInTheDocument();
    expect(list).not.toHaveTextContent(/niveau/i);
    expect(screen.queryByTestId('withdraw-link')).not.toBeInTheDocument();
  });

  it('reads in English', async () => {
    renderPanel(portalState({ kind: 'waiting', history }), undefined, 'en-US');
    const list = await screen.findByTestId('escalation-history');
    expect(within(list).getByTestId('history-closed')).toHaveTextContent('Reason: Contournement fourni');
  });
});

describe('portal panel: withdraw', () => {
  const open = escalated({ history: [{ kind: 'escalated', at: '2025-12-03T13:30:00Z', reasonLabel: 'Autre' }] });

  it('withdraws with an optional note, then shows the withdrawn history and announces it', async () => {
    const after = portalState({
      kind: 'waiting',
      history: [...(open.history ?? []), { kind: 'withdrawn', at: '2025-12-03T15:00:00Z' }],
    });
    const bridge = renderPanel(open, after);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('withdraw-link'));
    expect(screen.getByLabelText('Note (facultative, 500 caractères au plus)')).toHaveFocus();
    await user.type(screen.getByLabelText('Note (facultative, 500 caractères au plus)'), 'Réglé de notre côté.');
    await user.click(screen.getByRole('button', { name: 'Retirer l’escalade' }));
    expect(await screen.findByTestId('history-withdrawn')).toHaveTextContent('Escalade retirée le');
    expect(bridge.callsTo('withdrawEscalation')).toEqual([
      { functionKey: 'withdrawEscalation', payload: { note: 'Réglé de notre côté.', locale: 'fr-FR' } },
    ]);
    expect(screen.getByTestId('portal-announce')).toHaveTextContent('Votre escalade est retirée.');
    expect(screen.queryByTestId('withdraw-link')).not.toBeInTheDocument();
  });

  it('shows a refusal in plain words and keeps the note; Escape closes the form', async () => {
    renderPanel(open, { error: { code: 'NOTHING_TO_WITHDRAW', message: 'x' } });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('withdraw-link'));
    await user.type(screen.getByLabelText('Note (facultative, 500 caractères au plus)'), 'Merci');
    await user.click(screen.getByRole('button', { name: 'Retirer l’escalade' }));
    const refusal = await screen.findByTestId('withdraw-refusal');
    expect(refusal).toHaveTextContent('Cette demande n’a aucune escalade en cours à retirer.');
    expect(screen.getByLabelText('Note (facultative, 500 caractères au plus)')).toHaveValue('Merci');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('withdraw-form')).not.toBeInTheDocument();
  });
});
