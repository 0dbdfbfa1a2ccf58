/** The admin page's import, export and field detection. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Config } from '../../../src/contract';
import { readText } from './import-export';
import { configFixture } from './test/config-fixture';
import { setup, lastPayload, cell, byId, button, openTab } from './test/admin-setup';

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
    await openTab(user, 'fields');
    await user.click(button('Détecter les champs'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Les champs n’ont pas pu être détectés : Accès refusé');
  });
});
