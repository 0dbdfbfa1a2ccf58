/** The admin page's support policies tab: list, add, pick by name, override sections, reorder, delete, save. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Config } from '../../../../src/contract';
import { readText } from '../import-export';
import { configFixture } from '../test/config-fixture';
import { lastPayload, openTab, setup } from '../test/admin-setup';

const SITE = {
  listProjects: {
    values: [
      { id: 'SUP', name: 'Support', serviceDeskId: '1' },
      { id: 'INF', name: 'Infogérance', serviceDeskId: '2' },
    ],
    nextStart: null,
  },
  listRequestTypes: (p: Record<string, unknown> | undefined) => ({
    values:
      p?.projectKey === 'INF'
        ? [{ id: '20', name: 'Production outage', serviceDeskId: '2' }]
        : [{ id: '10', name: 'Incident', serviceDeskId: '1' }],
    nextStart: null,
  }),
  listOrganizations: (p: Record<string, unknown> | undefined) =>
    p?.start === 50
      ? { values: [{ id: '2', name: 'Durand Conseil' }], nextStart: null }
      : { values: [{ id: '1', name: 'Transports Martin' }], nextStart: 50 },
};

const policy = (id: string, organizationIds: string[] = []) => ({
  id,
  name: { fr: `Politique ${id}`, en: `Policy ${id}` },
  match: { projects: [], requestTypeIds: [], organizationIds },
});

function withPolicies(...policies: Config['policies']) {
  return { getConfig: { config: { ...configFixture(), policies }, version: 3 } };
}

const editor = () => screen.getByTestId('policy-editor');
const select = (id: string) => document.getElementById(id) as HTMLSelectElement;

describe('admin page: support policies', () => {
  it('adds a policy, picks an organization by name (paged), overrides its delays, and saves it', async () => {
    const saved = { warnings: [{ path: 'config.policies.0.match', message: 'Avertissement du serveur.' }] };
    const { bridge, user } = await setup({
      ...SITE,
      saveConfig: (p: Record<string, unknown> | undefined) => ({ config: p?.config, version: 4, ...saved }),
    });
    await openTab(user, 'policies');
    expect(screen.getByTestId('no-policies')).toHaveTextContent('Aucune politique :');
    await user.click(screen.getByTestId('policy-add'));
    expect(within(editor()).getByTestId('policy-catch-all')).toBeInTheDocument();

    // Organizations: the first page, then the next one when asked; picked by name.
    const orgs = 'cfg-policies.0.match.organizationIds-add';
    await waitFor(() => expect(select(orgs).options).toHaveLength(2));
    await user.click(within(editor()).getByText('Afficher plus'));
    await waitFor(() => expect(select(orgs).options).toHaveLength(3));
    expect(bridge.callsTo('listOrganizations').map((c) => c.payload?.start)).toEqual([0, 50]);
    await user.selectOptions(select(orgs), 'Durand Conseil');
    // Choosing in the select (as arrow keys do) adds nothing until "Ajouter".
    expect(within(editor()).queryByTestId('chosen-organizationIds-2')).not.toBeInTheDocument();
    await user.click(screen.getByTestId(`${orgs}-button`));
    expect(within(editor()).getByTestId('chosen-organizationIds-2')).toHaveTextContent('Durand Conseil');
    expect(within(editor()).queryByTestId('policy-catch-all')).not.toBeInTheDocument();

    // Delays inherit from the default until changed; the first change copies them into the policy.
    const matrix = within(editor()).getByTestId('override-matrix');
    expect(within(matrix).getByTestId('override-matrix-status')).toHaveTextContent('Hérite de la politique par défaut');
    const policyCell = within(matrix).getByTestId('matrix-cell-moderate-medium');
    expect(policyCell).toHaveAttribute('id', 'cfg-policies.0.matrix.moderate.medium');
    expect(policyCell).toHaveValue('16');
    fireEvent.change(policyCell, { target: { value: '2' } });
    expect(within(matrix).getByTestId('override-matrix-status')).toHaveTextContent('Propre à cette politique');
    expect(within(editor()).getByTestId('override-calendar-status')).toHaveTextContent('Hérite');

    await user.click(screen.getByTestId('policy-back'));
    expect(screen.getByTestId('policy-0')).toHaveTextContent('1. Politique 1');
    expect(screen.getByTestId('policy-0')).toHaveTextContent('Organisations : Durand Conseil');

    await user.click(screen.getByTestId('save-button'));
    const sent = lastPayload(bridge, 'saveConfig').config as Config;
    expect(sent.policies).toEqual([
      {
        id: 'politique-1',
        name: { fr: 'Politique 1', en: 'Policy 1' },
        match: { projects: [], requestTypeIds: [], organizationIds: ['2'] },
        matrix: { ...configFixture().matrix, moderate: { ...configFixture().matrix.moderate, medium: 2 } },
      },
    ]);
    expect(sent.matrix.moderate.medium).toBe(16);
    expect(await screen.findByTestId('save-warnings')).toHaveTextContent('Enregistré avec 1 avertissement :');
    expect(screen.getByTestId('save-warnings')).toHaveTextContent('Avertissement du serveur.');
  });

  it('picks request types project by project, and a project by name', async () => {
    const { user } = await setup({ ...SITE, ...withPolicies(policy('gold')) });
    await openTab(user, 'policies');
    await user.click(screen.getByTestId('policy-0-edit'));
    await waitFor(() => expect(select('cfg-policies.0.match.projects-add').options).toHaveLength(3));
    await user.selectOptions(select('cfg-policies.0.match.projects-add'), 'Infogérance');
    await user.click(screen.getByTestId('cfg-policies.0.match.projects-add-button'));
    await user.selectOptions(select('cfg-policies.0.match.requestTypeIds-project'), 'Infogérance');
    await waitFor(() =>
      expect(select('cfg-policies.0.match.requestTypeIds-add')).toHaveTextContent('Production outage'),
    );
    await user.selectOptions(select('cfg-policies.0.match.requestTypeIds-add'), 'Production outage');
    await user.click(screen.getByTestId('cfg-policies.0.match.requestTypeIds-add-button'));
    expect(within(editor()).getByTestId('chosen-projects-INF')).toHaveTextContent('Infogérance');
    expect(within(editor()).getByTestId('chosen-requestTypeIds-20')).toHaveTextContent('Production outage');
    await user.click(within(editor()).getByText('Retirer « Infogérance »'));
    expect(within(editor()).queryByTestId('chosen-projects-INF')).not.toBeInTheDocument();
  });

  it('marks an id the site’s full list does not hold', async () => {
    const { user } = await setup({ ...SITE, ...withPolicies(policy('gold', ['99'])) });
    await openTab(user, 'policies');
    await user.click(screen.getByTestId('policy-0-edit'));
    await user.click(await within(editor()).findByText('Afficher plus'));
    await waitFor(() =>
      expect(within(editor()).getByTestId('chosen-organizationIds-99')).toHaveTextContent('(introuvable sur ce site)'),
    );
  });

  it('goes back to the default’s settings, and shows a policy’s errors at its own fields', async () => {
    const gold = { ...policy('gold', ['1']), defaultDelayHours: 2 };
    const refusal = {
      error: {
        code: 'INVALID_INPUT',
        message: 'invalid',
        fields: [{ path: 'config.policies.0.defaultDelayHours', message: 'Délai hors de portée.' }],
      },
    };
    const { bridge, user } = await setup({ ...SITE, ...withPolicies(gold), saveConfig: refusal });
    await openTab(user, 'policies');
    await user.click(screen.getByTestId('save-button'));
    expect(await screen.findByTestId('policy-0-errors')).toHaveTextContent('1 erreur');
    await user.click(screen.getByTestId('policy-0-edit'));
    const own = await screen.findByTestId('error-defaultDelayHours');
    expect(own).toHaveTextContent('Délai hors de portée.');
    expect(document.getElementById('cfg-policies.0.defaultDelayHours')).toHaveValue('2');
    await user.click(screen.getByTestId('override-matrix-reset'));
    expect(screen.getByTestId('override-matrix-status')).toHaveTextContent('Hérite');
    await user.click(screen.getByTestId('save-button'));
    expect((lastPayload(bridge, 'saveConfig').config as Config).policies[0]).toEqual(policy('gold', ['1']));
  });

  it('reorders and deletes policies', async () => {
    const { bridge, user } = await setup({
      ...SITE,
      ...withPolicies(policy('a', ['1']), policy('b', ['2']), policy('c')),
      saveConfig: (p: Record<string, unknown> | undefined) => ({ config: p?.config, version: 4, warnings: [] }),
    });
    await openTab(user, 'policies');
    expect(screen.getByTestId('policy-2')).toHaveTextContent('Cette politique s’applique à toutes les demandes');
    await user.click(within(screen.getByTestId('policy-1')).getByText('Monter « Politique b »'));
    expect(screen.getByTestId('policy-0')).toHaveTextContent('1. Politique b');
    await user.click(within(screen.getByTestId('policy-1')).getByText('Supprimer « Politique a »'));
    await user.click(screen.getByTestId('save-button'));
    const sent = (lastPayload(bridge, 'saveConfig').config as Config).policies.map((p) => p.id);
    expect(sent).toEqual(['b', 'c']);
  });
});

describe('admin page: import and export carry the policies', () => {
  it('exports the policies with the rest, and an accepted import fills the policies tab', async () => {
    const created: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((b: Blob) => {
        created.push(b);
        return 'blob:config';
      }),
      revokeObjectURL: jest.fn(),
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const imported = { ...configFixture(), policies: [policy('gold', ['2']), policy('silver', ['1'])] };
    const { user } = await setup({ ...SITE, ...withPolicies(policy('bronze')), validateConfig: { config: imported } });
    await openTab(user, 'transfer');
    await user.click(screen.getByTestId('export-button'));
    const exported = JSON.parse(await readText(created[0])) as Config;
    expect(exported.policies.map((p) => p.id)).toEqual(['bronze']);

    fireEvent.change(document.getElementById('import-text') as HTMLElement, {
      target: { value: JSON.stringify(imported) },
    });
    await user.click(screen.getByText('Importer', { selector: 'button > span' }));
    await screen.findByTestId('imported');
    await openTab(user, 'policies');
    expect(screen.getByTestId('policy-0')).toHaveTextContent('1. Politique gold');
    expect(screen.getByTestId('policy-1')).toHaveTextContent('2. Politique silver');
    click.mockRestore();
  });
});
