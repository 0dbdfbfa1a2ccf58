/** The admin page's save: versions, refusals at their fields, conflicts; and the page in English. */
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Config } from '../../../src/contract';
import { configFixture } from './test/config-fixture';
import { setup, lastPayload, cell, byId, button } from './test/admin-setup';

describe('admin page: save', () => {
  it('saves with the expected version and shows the new one', async () => {
    const { bridge, user } = await setup({
      saveConfig: (p: Record<string, unknown> | undefined) => ({ config: p?.config, version: 4 }),
    });
    await user.clear(cell());
    await user.type(cell(), '6');
    await user.click(button('Enregistrer'));
    expect(await screen.findByTestId('save-success')).toHaveTextContent('Paramètres enregistrés (version 4).');
    const payload = lastPayload(bridge, 'saveConfig');
    expect(payload.expectedVersion).toBe(3);
    expect((payload.config as Config).matrix.moderate.medium).toBe(6);
    expect(screen.getByTestId('config-version')).toHaveTextContent('Version 4');
    await waitFor(() => expect(screen.queryByTestId('unsaved-indicator')).not.toBeInTheDocument());
  });

  it('shows INVALID_INPUT errors at their fields and in a summary, and keeps the edits', async () => {
    const fields = [
      { path: 'matrix.moderate.medium', message: 'Saisissez un nombre.' },
      { path: 'config.calendar.hours.0.end', message: 'La fin doit suivre le début.' },
      { path: 'config.critical.phone', message: 'Saisissez un numéro de téléphone, par exemple 03 88 64 50 50.' },
      { path: 'projects.0', message: 'Cette clé de projet n’est pas valide.' },
      { path: 'mystery', message: 'Paramètre inconnu : mystery.' },
    ];
    const { bridge, user } = await setup({
      saveConfig: { error: { code: 'INVALID_INPUT', message: 'invalid', fields } },
    });
    await user.clear(cell());
    await user.type(cell(), 'abc');
    await user.click(screen.getByTestId('save-button'));

    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Les paramètres comportent 5 erreurs');
    expect(summary).toHaveTextContent('Rien n’a été enregistré.');
    expect((lastPayload(bridge, 'saveConfig').config as Config).matrix.moderate.medium).toBe('abc');

    // Each error sits next to its control, tied by aria-describedby.
    expect(cell()).toHaveAttribute('aria-invalid', 'true');
    expect(cell()).toHaveAccessibleDescription('Saisissez un nombre.');
    expect(screen.getByTestId('error-matrix.moderate.medium')).toHaveTextContent('Saisissez un nombre.');
    const end = byId('cfg-calendar.hours.0.end');
    expect(end).toHaveAccessibleDescription('La fin doit suivre le début.');
    expect(byId('cfg-critical.phone')).toHaveAccessibleDescription(
      'Saisissez un numéro de téléphone, par exemple 03 88 64 50 50.',
    );
    expect(byId('cfg-projects')).toHaveAccessibleDescription('Cette clé de projet n’est pas valide.');

    // The summary links name the fields and move focus to them; an unknown path is listed as is.
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Délai en heures pour l’impact Modéré et l’urgence Moyenne',
      'Fin de la plage 1 (HH:MM)',
      'Numéro de téléphone du support',
      'Projets de service actifs',
      'mystery',
    ]);
    await user.click(links[1]);
    expect(end).toHaveFocus();

    // Nothing was saved: same version, edits still there and still unsaved.
    expect(screen.getByTestId('config-version')).toHaveTextContent('Version 3');
    expect(screen.getByTestId('unsaved-indicator')).toBeInTheDocument();
    expect(cell()).toHaveValue('abc');

    // Editing a field clears its own error only.
    await user.clear(cell());
    await user.type(cell(), '7');
    expect(cell()).not.toHaveAttribute('aria-invalid');
    expect(end).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers to reload on CONFLICT, and discards edits only after confirming', async () => {
    const newer = configFixture();
    newer.matrix.moderate.medium = 12;
    const { bridge, user } = await setup({
      getConfig: (_p: unknown, call: number) =>
        call === 1 ? { config: configFixture(), version: 3 } : { config: newer, version: 7 },
      saveConfig: { error: { code: 'CONFLICT', message: 'stale' } },
    });
    await user.clear(cell());
    await user.type(cell(), '9');
    await user.click(screen.getByTestId('save-button'));
    const banner = await screen.findByTestId('conflict-banner');
    expect(banner).toHaveTextContent('Quelqu’un d’autre a enregistré les paramètres');

    // Cancelling the confirm keeps the edits.
    await user.click(within(banner).getByRole('button', { name: 'Charger les paramètres les plus récents' }));
    const dialog = screen.getByRole('dialog', { name: 'Abandonner vos modifications\u202f?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(bridge.callsTo('getConfig')).toHaveLength(1);
    expect(cell()).toHaveValue('9');

    await user.click(screen.getByTestId('reload-button'));
    await user.click(screen.getByTestId('reload-confirm-button'));
    expect(await screen.findByTestId('reloaded')).toHaveTextContent('version 7');
    expect(bridge.callsTo('getConfig')).toHaveLength(2);
    expect(cell()).toHaveValue('12');
    expect(screen.getByTestId('config-version')).toHaveTextContent('Version 7');
    expect(screen.queryByTestId('unsaved-indicator')).not.toBeInTheDocument();
    expect(screen.queryByTestId('conflict-banner')).not.toBeInTheDocument();
  });

  it('shows other save failures in plain words', async () => {
    const { user } = await setup({ saveConfig: { error: { code: 'UNAVAILABLE', message: 'down' } } });
    await user.click(screen.getByTestId('save-button'));
    expect(await screen.findByTestId('save-error')).toHaveTextContent('Les paramètres n’ont pas pu être enregistrés');
  });
});

describe('admin page in English', () => {
  it('labels, preview and save errors read in English', async () => {
    const { user } = await setup(
      {
        saveConfig: {
          error: {
            code: 'INVALID_INPUT',
            message: 'invalid',
            fields: [{ path: 'critical.phone', message: 'Enter a phone number.' }],
          },
        },
      },
      'en-US',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Escalade settings' })).toBeInTheDocument();
    const enCell = cell();
    expect(enCell).toHaveAccessibleName('Delay in hours for impact Moderate and urgency Medium');
    expect(enCell).toHaveValue('16');
    await waitFor(() =>
      expect(screen.getByTestId('preview-text')).toHaveTextContent(
        /^A request with impact Moderate and urgency Medium created now can be escalated from 3 Dec( 2025)? at 14:30/,
      ),
    );
    await user.click(button('Save'));
    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('The settings have 1 error');
    expect(within(summary).getByRole('link')).toHaveTextContent('Support phone number');
    await act(async () => undefined);
  });
});
