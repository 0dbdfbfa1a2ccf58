/** The agent panel's actions: acknowledge and close, with their notes, refusals and reloads. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bob, TIMELINE, agentState, renderAgent } from './agent-test-support';

describe('agent panel: actions', () => {
  it('acknowledges with an optional note and shows the new state', async () => {
    const user = userEvent.setup();
    const acked = agentState({
      acknowledged: true,
      timeline: [
        ...TIMELINE,
        { type: 'acknowledged', at: '2025-12-03T14:00:00Z', by: bob, level: 1, note: 'Je prends.' },
      ],
    });
    const bridge = renderAgent({ getAgentState: agentState(), acknowledge: acked });
    await user.click(await screen.findByRole('button', { name: 'Prendre en charge' }));
    expect(screen.getByLabelText('Note (facultative)')).toHaveFocus();
    await user.type(screen.getByLabelText('Note (facultative)'), ' Je prends. ');
    await user.click(within(screen.getByTestId('acknowledge-form')).getByRole('button', { name: 'Prendre en charge' }));
    expect(await screen.findByTestId('timeline-acknowledged')).toHaveTextContent(
      'Niveau 1 pris en charge par Bob Agent',
    );
    expect(bridge.callsTo('acknowledge')).toEqual([
      { functionKey: 'acknowledge', payload: { note: 'Je prends.', locale: 'fr-FR' } },
    ]);
    expect(screen.getByTestId('agent-ack')).toHaveTextContent('Pris en charge');
    expect(screen.getByTestId('agent-announce')).toHaveTextContent('L’escalade est prise en charge.');
    expect(screen.queryByRole('button', { name: 'Prendre en charge' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clore l’escalade' })).toBeInTheDocument();
  });

  it('acknowledge without a note sends an empty payload; an answer without a state triggers a reload', async () => {
    const user = userEvent.setup();
    const bridge = renderAgent(
      {
        getAgentState: (_p: unknown, n: number) => (n === 1 ? agentState() : agentState({ acknowledged: true })),
        acknowledge: { ok: true },
      },
      'en-US',
    );
    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    await user.click(within(screen.getByTestId('acknowledge-form')).getByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByText('Acknowledged')).toBeInTheDocument();
    expect(bridge.callsTo('acknowledge')[0].payload).toEqual({ locale: 'en-US' });
    expect(bridge.callsTo('getAgentState')).toHaveLength(2);
  });

  it('a refused acknowledgement is shown in plain words and keeps the note', async () => {
    const user = userEvent.setup();
    renderAgent({ getAgentState: agentState(), acknowledge: { error: { code: 'CONFLICT', message: 'already' } } });
    await user.click(await screen.findByRole('button', { name: 'Prendre en charge' }));
    await user.type(screen.getByLabelText('Note (facultative)'), 'Vu');
    await user.click(within(screen.getByTestId('acknowledge-form')).getByRole('button', { name: 'Prendre en charge' }));
    const refusal = await screen.findByTestId('acknowledge-refusal');
    expect(refusal).toHaveTextContent('L’action n’a pas abouti.');
    expect(refusal).toHaveTextContent('Quelqu’un d’autre a modifié ces données entre-temps.');
    expect(screen.getByLabelText('Note (facultative)')).toHaveValue('Vu');
  });

  it.each([
    ['Prendre en charge', 'acknowledge-form', 'Note (facultative)'],
    ['Clore l’escalade', 'close-form', 'Motif de clôture'],
  ])('the %s form: Escape closes it, Cancel returns focus to its button', async (name, form, label) => {
    const user = userEvent.setup();
    const bridge = renderAgent({ getAgentState: agentState() });
    await user.click(await screen.findByRole('button', { name }));
    expect(screen.getByLabelText(label)).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId(form)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(within(screen.getByTestId(form)).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByTestId(form)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name })).toHaveFocus();
    expect(bridge.callsTo('acknowledge')).toHaveLength(0);
    expect(bridge.callsTo('closeEscalation')).toHaveLength(0);
  });

  it('close requires a reason, and a note for a reason that needs one, then closes', async () => {
    const user = userEvent.setup();
    const closed = agentState({
      closed: true,
      timeline: [
        ...TIMELINE,
        { type: 'closed', at: '2025-12-03T16:00:00Z', by: bob, level: 1, note: 'Corrigé en prod.' },
      ],
    });
    const bridge = renderAgent({ getAgentState: agentState(), closeEscalation: closed });
    await user.click(await screen.findByRole('button', { name: 'Clore l’escalade' }));
    const form = screen.getByTestId('close-form');
    await user.click(within(form).getByRole('button', { name: 'Clore l’escalade' }));
    expect(screen.getByText('Choisissez un motif de clôture.')).toBeInTheDocument();
    expect(screen.getByLabelText('Motif de clôture')).toHaveFocus();
    expect(screen.getByLabelText('Motif de clôture')).toHaveAccessibleDescription('Choisissez un motif de clôture.');
    await user.selectOptions(screen.getByLabelText('Motif de clôture'), 'other');
    await user.click(within(form).getByRole('button', { name: 'Clore l’escalade' }));
    expect(screen.getByText('Saisissez une note pour clore l’escalade.')).toBeInTheDocument();
    expect(screen.getByLabelText('Note de clôture (obligatoire)')).toHaveFocus();
    expect(screen.getByLabelText('Note de clôture (obligatoire)')).toHaveAccessibleDescription(
      'Saisissez une note pour clore l’escalade.',
    );
    expect(bridge.callsTo('closeEscalation')).toHaveLength(0);
    await user.type(screen.getByLabelText('Note de clôture (obligatoire)'), 'Corrigé en prod.');
    await user.click(screen.getByLabelText('Montrer la note au client'));
    await user.click(within(form).getByRole('button', { name: 'Clore l’escalade' }));
    expect(await screen.findByTestId('timeline-closed')).toHaveTextContent('Note : Corrigé en prod.');
    expect(bridge.callsTo('closeEscalation')).toEqual([
      {
        functionKey: 'closeEscalation',
        payload: { reasonId: 'other', note: 'Corrigé en prod.', notePublic: true, locale: 'fr-FR' },
      },
    ]);
    expect(screen.getByTestId('agent-announce')).toHaveTextContent('L’escalade est close.');
    expect(screen.queryByTestId('agent-actions')).not.toBeInTheDocument();
  });

  it('a refused close (en) keeps the note; cancel closes the form', async () => {
    const user = userEvent.setup();
    renderAgent(
      {
        getAgentState: agentState(),
        closeEscalation: {
          error: { code: 'INVALID_INPUT', message: 'bad', fields: [{ path: 'note', message: 'Too long.' }] },
        },
      },
      'en-US',
    );
    await user.click(await screen.findByRole('button', { name: 'Close escalation' }));
    await user.selectOptions(screen.getByLabelText('Closing reason'), 'other');
    await user.type(screen.getByLabelText('Closing note (required)'), 'Done');
    await user.click(within(screen.getByTestId('close-form')).getByRole('button', { name: 'Close escalation' }));
    const refusal = await screen.findByTestId('close-refusal');
    expect(refusal).toHaveTextContent('The action did not go through.');
    expect(refusal).toHaveTextContent('Closing note (required): Too long.');
    expect(screen.getByLabelText('Closing note (required)')).toHaveValue('Done');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('close-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('agent-actions')).toBeInTheDocument();
  });
});
