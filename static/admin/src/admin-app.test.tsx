import { configure, act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { Config, ConfigEnvelope, PreviewDelayResult } from '../../../src/contract';
import { fakeBridge, renderApp, type FakeBridge, type Handler } from '../../common/test/render';
import { AdminApp } from './admin-app';
import { readText } from './import-export';
import { configFixture } from './test/config-fixture';

// The machine running the suite may be busy: give async UI updates room before failing.
configure({ asyncUtilTimeout: 8000 });

// The page is large and jsdom slow with it: controls are found by id and buttons by their text (label and role
// queries resolve every accessible name on the page, ~0.5 s each); the labels are asserted once, in the load test.
jest.setTimeout(30_000);

const ELIGIBLE: PreviewDelayResult = { critical: false, delayHours: 16, eligibleAt: '2025-12-03T13:30:00Z' };

async function setup(handlers: Record<string, Handler | unknown> = {}, locale = 'fr-FR') {
  const bridge = fakeBridge({
    getConfig: { config: configFixture(), version: 3 } satisfies ConfigEnvelope,
    previewDelay: ELIGIBLE,
    ...handlers,
  });
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  renderApp(<AdminApp />, { bridge, locale });
  await screen.findByTestId('admin-page');
  return { bridge, user };
}

const lastPayload = (bridge: FakeBridge, key: string) => {
  const calls = bridge.callsTo(key);
  return calls[calls.length - 1]?.payload as Record<string, unknown>;
};

const CELL_LABEL = 'Délai en heures pour l’impact Modéré et l’urgence Moyenne';
// By test id: getByLabelText costs ~0.5 s per call on this page in jsdom (it resolves every label for every
// control). The label itself is asserted once, in the load test.
const cell = () => screen.getByTestId('matrix-cell-moderate-medium');
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const button = (name: string) => screen.getByText(name, { selector: 'button > span' }).closest('button') as HTMLElement;

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

describe('admin page: import and export', () => {
  it('reports bad JSON plainly and asks nothing of the server', async () => {
    const { bridge, user } = await setup();
    fireEvent.change(byId('import-text'), {
      target: { value: '{ "matrix": ' },
    });
    await user.click(button('Importer'));
    expect(await screen.findByText(/^Ce n’est pas du JSON valide : /)).toBeInTheDocument();
    expect(bridge.callsTo('validateConfig')).toHaveLength(0);
    expect(cell()).toHaveValue('16');
  });

  it('shows the server refusal of an imported config and leaves the editor unchanged', async () => {
    const { bridge, user } = await setup({
      validateConfig: {
        error: {
          code: 'INVALID_INPUT',
          message: 'invalid',
          fields: [{ path: 'config.calendar.timezone', message: 'Fuseau horaire inconnu.' }],
        },
      },
    });
    const imported = { ...configFixture(), calendar: { ...configFixture().calendar, timezone: 'Mars/Olympus' } };
    fireEvent.change(byId('import-text'), {
      target: { value: JSON.stringify(imported) },
    });
    await user.click(button('Importer'));
    const result = screen.getByTestId('import-result');
    await waitFor(() => expect(result).toHaveTextContent('Cette configuration a été refusée ; l’éditeur est inchangé'));
    expect(result).toHaveTextContent('calendar.timezone : Fuseau horaire inconnu.');
    expect((lastPayload(bridge, 'validateConfig').config as Config).calendar.timezone).toBe('Mars/Olympus');
    expect(byId('cfg-calendar.timezone')).toHaveValue('Europe/Paris');
    expect(screen.queryByTestId('unsaved-indicator')).not.toBeInTheDocument();
  });

  it('fills the editor with an accepted import, unsaved until Save', async () => {
    const imported = configFixture();
    imported.matrix.moderate.medium = 3;
    const { bridge, user } = await setup({ validateConfig: { config: imported } });
    const file = new File([JSON.stringify(imported)], 'conf.json', { type: 'application/json' });
    await user.upload(byId('import-file'), file);
    await waitFor(() => expect(cell()).toHaveValue('3'));
    expect(screen.getByTestId('imported')).toHaveTextContent('Configuration importée dans l');
    expect(screen.getByTestId('unsaved-indicator')).toBeInTheDocument();
    expect(bridge.callsTo('saveConfig')).toHaveLength(0);
  });

  it('exports the editor content as a JSON download', async () => {
    const created: Blob[] = [];
    const createObjectURL = jest.fn((b: Blob) => {
      created.push(b);
      return 'blob:config';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const { user } = await setup();
    await user.clear(cell());
    await user.type(cell(), '2');
    await user.click(button('Exporter en JSON'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('escalade-config-v3.json');
    expect(clicked[0].href).toBe('blob:config');
    const text = await readText(created[0]);
    expect(JSON.parse(text).matrix.moderate.medium).toBe(2);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:config');
    click.mockRestore();
  });
});

describe('admin page: detect fields', () => {
  it('lists candidate fields and fills the id and aliases in one click', async () => {
    const { bridge, user } = await setup({
      detectFields: {
        impact: [
          {
            id: 'customfield_10004',
            name: 'Impact',
            options: [
              { id: '10001', value: 'Moderate / Limited' },
              { id: '10002', value: 'Cosmic' },
            ],
          },
        ],
        urgency: [],
      },
    });
    await user.click(button('Détecter les champs'));
    expect(bridge.callsTo('detectFields')).toHaveLength(1);
    const candidate = await screen.findByTestId('candidate-impact-customfield_10004');
    expect(screen.getByText('Aucun champ trouvé.')).toBeInTheDocument();
    await user.click(within(candidate).getByText('Utiliser Impact (customfield_10004)'));
    expect(byId('cfg-fields.impactFieldId')).toHaveValue('customfield_10004');
    expect((byId('cfg-fields.impactAliases.moderate') as HTMLTextAreaElement).value.split('\n')).toContain('10001');
    expect(screen.getByText(/Options sans niveau : Cosmic/)).toBeInTheDocument();
    expect(screen.getByTestId('unsaved-indicator')).toBeInTheDocument();
  });

  it('says so when detection fails', async () => {
    const { user } = await setup({ detectFields: { error: { code: 'FORBIDDEN', message: 'Accès refusé' } } });
    await user.click(button('Détecter les champs'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Les champs n’ont pas pu être détectés : Accès refusé');
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
