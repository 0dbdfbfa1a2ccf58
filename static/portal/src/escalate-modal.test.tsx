import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PortalState, Result } from '../../../src/contract';
import { deferred } from '../../common/test/render';
import { renderPanel } from './test/render-panel';
import { eligible, escalated } from './test/fixtures';

// A user-event flow on a cold module graph can take seconds on a busy machine (the admin tests do the same).
jest.setTimeout(30_000);

describe('portal panel: escalation modal', () => {
  async function openModal(escalate: unknown, locale = 'fr-FR') {
    const user = userEvent.setup();
    const bridge = renderPanel(eligible(), { escalate, locale });
    const link = await screen.findByTestId('escalate-link');
    await user.click(link);
    return { user, bridge, link, dialog: screen.getByRole('dialog') };
  }

  it('validates: a reason is required, details are required for "other", the counter is live', async () => {
    const { user, bridge } = await openModal(escalated());
    expect(screen.getByRole('dialog', { name: 'Escalader mon ticket' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByText('Choisissez un motif.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Pas de réponse' })).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: 'Autre' }));
    expect(screen.queryByText('Choisissez un motif.')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Détails (obligatoire)')).toBeRequired();
    expect(screen.getByTestId('details-counter')).toHaveTextContent('0 / 2000 caractères');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByTestId('details-error')).toHaveTextContent(
      'Ce motif demande des détails : décrivez la situation.',
    );
    expect(screen.getByLabelText('Détails (obligatoire)')).toHaveFocus();

    await user.type(screen.getByLabelText('Détails (obligatoire)'), 'court');
    expect(screen.getByTestId('details-counter')).toHaveTextContent('5 / 2000 caractères');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByTestId('details-error')).toHaveTextContent('Saisissez au moins 10 caractères.');
    expect(bridge.callsTo('escalate')).toHaveLength(0);
  });

  it('rejects details over the maximum', async () => {
    const user = userEvent.setup();
    renderPanel(eligible({ details: { min: 3, max: 12 } }), { locale: 'en-US' });
    await user.click(await screen.findByTestId('escalate-link'));
    await user.click(screen.getByRole('radio', { name: 'Pas de réponse' }));
    expect(screen.getByLabelText('Details (optional)')).not.toBeRequired();
    await user.type(screen.getByLabelText('Details (optional)'), 'thirteen chars');
    expect(screen.getByTestId('details-counter')).toHaveTextContent('14 / 12 characters');
    expect(screen.getByLabelText('Details (optional)')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByTestId('details-error')).toHaveTextContent('Enter at most 12 characters.');
  });

  it('confirms, submits with a spinner, then shows the escalated state and announces it', async () => {
    const answer = deferred<Result<PortalState>>();
    const { user, bridge } = await openModal(() => answer.promise);
    await user.click(screen.getByRole('radio', { name: 'Autre' }));
    await user.type(screen.getByLabelText('Détails (obligatoire)'), '  Le serveur ne répond plus depuis hier.  ');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const confirm = screen.getByTestId('escalate-confirm');
    expect(confirm).toHaveTextContent(
      'La demande SUP-42 sera escaladée et placée dans la file des escalades de l’équipe support.',
    );
    expect(confirm).not.toHaveTextContent(/prévenu/);
    expect(confirm).not.toHaveTextContent(/niveau/);
    expect(confirm).toHaveTextContent('Motif : Autre');
    expect(confirm).toHaveTextContent('Détails : Le serveur ne répond plus depuis hier.');
    expect(screen.getByRole('heading', { name: 'Confirmez l’escalade' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Escalader' }));
    const submit = screen.getByTestId('escalate-submit');
    expect(submit).toBeDisabled();
    expect(submit).toHaveTextContent('Escalade en cours…');
    expect(within(submit).getByRole('progressbar')).toBeInTheDocument();
    await user.click(submit); // a double click makes no second call
    expect(bridge.callsTo('escalate')).toEqual([
      {
        functionKey: 'escalate',
        payload: { reasonId: 'other', details: 'Le serveur ne répond plus depuis hier.', locale: 'fr-FR' },
      },
    ]);

    await act(async () => answer.resolve(escalated()));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('portal-panel')).toHaveAttribute('data-kind', 'escalated');
    expect(screen.getByTestId('escalated-line')).toHaveTextContent('Motif : Autre');
    expect(screen.getByTestId('portal-announce')).toHaveTextContent(
      'Votre demande a été escaladée. L’équipe support a été prévenue par courriel.',
    );
    await waitFor(() => expect(screen.getByTestId('portal-panel')).toHaveFocus());
    expect(bridge.callsTo('getPortalState')).toHaveLength(1);
  });

  it.each([
    [
      'NOT_ELIGIBLE',
      'Cette demande ne peut pas encore être escaladée. Les règles ont peut-être changé : réessayez plus tard.',
    ],
    ['ALREADY_ESCALATED', 'Cette demande est déjà escaladée.'],
    ['CRITICAL', 'Cette demande est un incident critique : appelez le support client au lieu de l’escalader.'],
    ['RESOLVED', 'Cette demande est résolue : elle ne peut plus être escaladée.'],
    ['MAX_LEVEL', 'Cette demande ne peut plus être escaladée davantage.'],
    ['FORBIDDEN', 'Vous n’avez pas accès à ces informations.'],
    ['UNAVAILABLE', 'Le service est momentanément indisponible. Réessayez dans un instant.'],
  ])('a %s refusal is shown in plain words and the form keeps what was typed', async (code, text) => {
    const { user } = await openModal({ error: { code, message: 'refused' } });
    await user.click(screen.getByRole('radio', { name: 'Impact métier accru' }));
    await user.type(screen.getByLabelText('Détails (facultatif)'), 'Toute la compta est bloquée.');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.click(screen.getByRole('button', { name: 'Escalader' }));
    const refusal = await screen.findByTestId('escalate-refusal');
    expect(refusal).toHaveTextContent('Votre demande n’a pas pu être escaladée.');
    expect(refusal).toHaveTextContent(text);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Impact métier accru' })).toBeChecked();
    expect(screen.getByLabelText('Détails (facultatif)')).toHaveValue('Toute la compta est bloquée.');
    expect(screen.getByTestId('portal-panel')).toHaveAttribute('data-kind', 'eligible');
  });

  it('an INVALID_INPUT refusal puts the field error next to the details (en)', async () => {
    const { user } = await openModal(
      {
        error: {
          code: 'INVALID_INPUT',
          message: 'bad',
          fields: [{ path: 'details', message: 'Too short for the server.' }],
        },
      },
      'en-US',
    );
    await user.click(screen.getByRole('radio', { name: 'Autre' }));
    await user.type(screen.getByLabelText('Details (required)'), 'Ten chars!!');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    const refusal = await screen.findByTestId('escalate-refusal');
    expect(refusal).toHaveTextContent('Some of the information is not valid. Correct it and try again.');
    expect(refusal).toHaveTextContent('Details: Too short for the server.');
    expect(screen.getByTestId('details-error')).toHaveTextContent('Too short for the server.');
    expect(screen.getByLabelText('Details (required)')).toHaveValue('Ten chars!!');
  });

  it('traps focus, closes on Escape and returns focus to the link', async () => {
    const { user, link } = await openModal(escalated());
    const dialog = screen.getByRole('dialog');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 12; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    for (let i = 0; i < 5; i++) {
      await user.tab({ shift: true });
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(link).toHaveFocus();
  });

  it('puts the dialog in the flow in place of the panel content, so the auto-sized iframe grows with it', async () => {
    // jsdom has no layout, but it does cascade a real stylesheet: load the shared one to check positions.
    const style = document.createElement('style');
    style.textContent = readFileSync(join(__dirname, '../../common/styles.css'), 'utf8');
    document.head.append(style);
    try {
      const { user, link, dialog } = await openModal(escalated());
      const backdrop = screen.getByTestId('escalate-modal-backdrop');
      expect(backdrop).toHaveClass('esc-modal-backdrop--inline');
      expect(backdrop).toContainElement(dialog);
      expect(screen.getByTestId('portal-panel')).toContainElement(backdrop);
      expect(getComputedStyle(backdrop).position).toBe('static');
      expect(getComputedStyle(dialog).position).not.toMatch(/fixed|absolute/);
      // The panel content is hidden while the dialog stands in for it, and comes back on close.
      expect(screen.getByTestId('portal-content')).not.toBeVisible();
      expect(link).not.toBeVisible();
      await user.keyboard('{Escape}');
      expect(screen.getByTestId('portal-content')).toBeVisible();
      expect(link).toHaveFocus();
    } finally {
      style.remove();
    }
  });

  it('cancel closes and returns focus; the keyboard alone can escalate', async () => {
    const { user, link } = await openModal(escalated());
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(link).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.tab(); // close button → first radio
    await user.keyboard(' '); // select "Pas de réponse"
    expect(screen.getByRole('radio', { name: 'Pas de réponse' })).toBeChecked();
    await user.keyboard('{Enter}'); // submits the form step
    expect(screen.getByTestId('escalate-confirm')).toBeInTheDocument();
    await user.tab(); // heading → Modifier
    await user.tab(); // → Escalader
    expect(screen.getByRole('button', { name: 'Escalader' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('portal-escalated')).toBeInTheDocument();
  });
});
