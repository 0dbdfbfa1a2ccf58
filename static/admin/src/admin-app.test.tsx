import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Config, PreviewDelayResult } from '../../../src/contract';
import { fakeBridge, renderApp } from '../../common/test/render';
import { AdminApp } from './admin-app';
import { ELIGIBLE, setup, lastPayload, CELL_LABEL, cell, byId, button } from './test/admin-setup';

describe('admin page: load and edit', () => {
  it('loads the stored configuration into every section (French)', async () => {
    const { bridge } = await setup();
    expect(bridge.callsTo('getConfig')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Paramètres d’Escalade' })).toBeInTheDocument();
    expect(screen.getByTestId('config-version')).toHaveTextContent('Version 3');
    expect(cell()).toHaveValue('16');
    expect(screen.getByLabelText(CELL_LABEL)).toBe(cell());
    expect(screen.getByTestId('matrix-critical-extensive-critical')).toBeChecked();
    expect(screen.getByLabelText('Projets de service actifs')).toHaveValue('SUP');
    expect(screen.getByLabelText('Fuseau horaire')).toHaveValue('Europe/Paris');
    expect(screen.getByLabelText('Lundi')).toBeChecked();
    expect(screen.getByLabelText('Samedi')).not.toBeChecked();
    expect(screen.getByLabelText('Fin de la plage 1 (HH:MM)')).toHaveValue('18:00');
    expect(screen.getByLabelText('Numéro de téléphone du support')).toHaveValue('03 88 64 50 50');
    expect(screen.getByLabelText('Horaires d’ouverture (précisez le fuseau horaire) (anglais)')).toHaveValue(
      'Monday to Friday, 8:30 am to 6 pm',
    );
    expect(screen.getByLabelText('Identifiant du motif 2')).toHaveValue('other');
    expect(
      screen.getByLabelText('Groupes Jira', { selector: '#cfg-escalation\\.levels\\.1\\.recipients\\.groups' }),
    ).toHaveValue('support-leads');
    expect(screen.getByLabelText('Nom de l’étiquette')).toHaveValue('escalade');
    expect(screen.queryByTestId('unsaved-indicator')).not.toBeInTheDocument();
  });

  it('shows a calm error when the configuration cannot be loaded', async () => {
    renderApp(<AdminApp />, { bridge: fakeBridge({ getConfig: { error: { code: 'FORBIDDEN', message: 'no' } } }) });
    expect(await screen.findByTestId('load-error')).toHaveTextContent('Les paramètres n’ont pas pu être chargés');
  });

  it('previews the delay with the edited, unsaved matrix cell', async () => {
    const { bridge, user } = await setup({
      previewDelay: (p: Record<string, unknown> | undefined) =>
        ({ ...ELIGIBLE, delayHours: (p?.config as Config).matrix.moderate.medium }) as PreviewDelayResult,
    });
    await waitFor(() => expect(screen.getByTestId('preview-text')).toHaveAttribute('data-status', 'done'));
    await user.clear(cell());
    await user.type(cell(), '5');
    expect(screen.getByTestId('unsaved-indicator')).toHaveTextContent('Modifications non enregistrées');
    await waitFor(() => expect(screen.getByTestId('preview-text')).toHaveTextContent('(5 h de délai)'));
    const payload = lastPayload(bridge, 'previewDelay');
    expect(payload).toMatchObject({ impact: 'moderate', urgency: 'medium', requestTypeId: null });
    expect((payload.config as Config).matrix.moderate.medium).toBe(5);
    expect(screen.getByTestId('preview-text')).toHaveTextContent(
      /^Une demande d’impact Modéré et d’urgence Moyenne créée maintenant pourra être escaladée à partir du 3 déc\.( 2025)? à 14:30/,
    );
    // The stored config is untouched until Save.
    expect(bridge.callsTo('saveConfig')).toHaveLength(0);
  });

  it('debounces the preview: typing several characters makes one call', async () => {
    const { bridge, user } = await setup();
    await waitFor(() => expect(bridge.callsTo('previewDelay')).toHaveLength(1));
    await user.clear(cell());
    await user.type(cell(), '123');
    await waitFor(() =>
      expect((lastPayload(bridge, 'previewDelay').config as Config).matrix.moderate.medium).toBe(123),
    );
    expect(bridge.callsTo('previewDelay').length).toBeLessThanOrEqual(3);
  });

  it('marks a cell critical and previews "phone only"', async () => {
    const { bridge, user } = await setup({
      previewDelay: (p: Record<string, unknown> | undefined) =>
        (p?.config as Config).matrix.moderate.medium === 'critical' ? { critical: true } : ELIGIBLE,
    });
    const critical = screen.getByTestId('matrix-critical-moderate-medium');
    expect(critical).toHaveAccessibleName('Critique (téléphone uniquement) pour l’impact Modéré et l’urgence Moyenne');
    await user.click(critical);
    expect(screen.queryByTestId('matrix-cell-moderate-medium')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('preview-text')).toHaveTextContent(
        'Une demande d’impact Modéré et d’urgence Moyenne est critique : téléphone uniquement.',
      ),
    );
    expect((lastPayload(bridge, 'previewDelay').config as Config).matrix.moderate.medium).toBe('critical');
    // Unticking gives the cell back a number (the default delay).
    await user.click(screen.getByTestId('matrix-critical-moderate-medium'));
    expect(screen.getByTestId('matrix-cell-moderate-medium')).toHaveValue('24');
  });

  it('previews an SLA timer as a delay, and an invalid draft as errors', async () => {
    const { user } = await setup({
      previewDelay: (p: Record<string, unknown> | undefined) => {
        const c = p?.config as Config;
        if (c.matrix.moderate.medium === ('x' as unknown as number))
          return {
            error: {
              code: 'INVALID_INPUT',
              message: 'invalid',
              fields: [{ path: 'matrix.moderate.medium', message: 'n' }],
            },
          };
        return c.timer.mode === 'sla' ? { critical: false, delayHours: 16 } : ELIGIBLE;
      },
    });
    await user.click(byId('timer-mode-sla'));
    await user.click(byId('cfg-timer.slaName'));
    await user.paste('Time to resolution');
    await waitFor(() =>
      expect(screen.getByTestId('preview-text')).toHaveTextContent(
        'Une demande d’impact Modéré et d’urgence Moyenne pourra être escaladée après 16 h du SLA « Time to resolution ».',
      ),
    );
    fireEvent.change(cell(), { target: { value: 'x' } });
    await waitFor(() =>
      expect(screen.getByTestId('preview-text')).toHaveTextContent(
        'Pas d’aperçu tant que ce champ n’est pas valide : Délai en heures pour l’impact Modéré et l’urgence Moyenne.',
      ),
    );
  });

  it('previews another impact, urgency and request type', async () => {
    const { bridge, user } = await setup();
    await user.selectOptions(byId('preview-impact'), 'minor');
    await user.selectOptions(byId('preview-urgency'), 'low');
    await user.type(byId('preview-request-type'), '12');
    await waitFor(() =>
      expect(lastPayload(bridge, 'previewDelay')).toMatchObject({
        impact: 'minor',
        urgency: 'low',
        requestTypeId: '12',
      }),
    );
  });

  it('edits lists, hour ranges, closed dates, reasons and levels', async () => {
    const { bridge, user } = await setup({
      saveConfig: (p: Record<string, unknown> | undefined) => ({ config: p?.config, version: 4 }),
    });
    await user.type(byId('cfg-projects'), '{Enter}OPS');
    await user.click(byId('day-6'));
    await user.click(button('Ajouter une plage'));
    await user.click(button('Supprimer le 2025-12-26'));
    fireEvent.change(byId('closed-date-new'), { target: { value: '2026-01-02' } });
    await user.click(button('Ajouter la date'));
    await user.click(button('Monter other'));
    await user.click(button('Ajouter un motif'));
    await user.click(button('Supprimer le niveau 2'));
    await user.click(byId('timer-mode-sla'));
    await user.click(byId('cfg-timer.slaName'));
    await user.paste('Time to resolution');
    await user.click(byId('cfg-escalation.effects.transition'));
    await user.type(byId('cfg-escalation.effects.transitionId'), '31');
    await user.click(screen.getByTestId('save-button'));
    await screen.findByTestId('save-success');
    const saved = lastPayload(bridge, 'saveConfig').config as Config;
    expect(saved.projects).toEqual(['SUP', 'OPS']);
    expect(saved.calendar.workingDays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(saved.calendar.hours).toHaveLength(2);
    expect(saved.calendar.closedDates).toEqual(['2026-01-02']);
    expect(saved.escalation.reasons.map((r) => r.id)).toEqual(['other', 'no-answer', 'reason-3']);
    expect(saved.escalation.levels).toHaveLength(1);
    expect(saved.timer).toEqual({ mode: 'sla', slaName: 'Time to resolution' });
    expect(saved.escalation.effects).toMatchObject({ transition: true, transitionId: '31' });
  });
});
