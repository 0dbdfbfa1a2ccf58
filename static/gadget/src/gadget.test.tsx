import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StatsResult } from '../../../src/contract';
import { fakeBridge, renderApp } from '../../common/test/render';
import { GadgetEdit } from './gadget-edit';
import { GadgetView } from './gadget-view';
import { rangeOf, readConfiguration } from './period';

configure({ asyncUtilTimeout: 8000 });

const durations = { medianMinutes: 90, p90Minutes: 150, timerMedianMinutes: 60, timerP90Minutes: 120 };
function stats(over: Partial<StatsResult> = {}): StatsResult {
  return {
    from: '2026-11-04',
    to: '2026-12-01',
    weeks: ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'],
    projectKeys: ['SUP'],
    policyId: null,
    totals: {
      escalations: 7,
      acknowledged: 5,
      closed: 3,
      withdrawn: 1,
      followUps: 12,
      automatic: 2,
      repeat: 1,
      escalatedRequests: 6,
    },
    byReason: [
      { reasonId: 'no-answer', label: 'Pas de réponse', count: 4 },
      { reasonId: 'too-slow', label: 'Résolution trop longue', count: 3 },
    ],
    byWeek: [
      { weekStart: '2026-11-02', escalations: 0, byReason: {} },
      { weekStart: '2026-11-09', escalations: 2, byReason: { 'no-answer': 2 } },
      { weekStart: '2026-11-16', escalations: 0, byReason: {} },
      { weekStart: '2026-11-23', escalations: 1, byReason: { 'too-slow': 1 } },
      { weekStart: '2026-11-30', escalations: 4, byReason: { 'no-answer': 2, 'too-slow': 2 } },
    ],
    timeToAcknowledge: durations,
    timeToClose: { ...durations, medianMinutes: 1440 },
    acknowledgedInTime: { within: 0, withDeadline: 0, share: null },
    rate: { escalatedRequests: 6, createdRequests: 48, rate: 0.125 },
    topRequestTypes: [{ id: '10', label: 'Demande informatique', count: 5 }],
    topOrganizations: [],
    followUpsPerEscalatedRequest: 1.5,
    ...over,
  };
}

describe('periods', () => {
  it.each([
    ['4w', '2026-11-04'],
    ['12w', '2026-09-09'],
    ['12m', '2025-12-02'],
  ] as const)('%s up to 1 December 2026 starts on %s', (period, from) => {
    expect(rangeOf({ period }, '2026-12-01')).toEqual({ from, to: '2026-12-01' });
  });

  it('a custom range is kept; an unreadable configuration falls back to 4 weeks', () => {
    expect(rangeOf({ period: 'custom', from: '2026-01-01', to: '2026-03-31' }, '2026-12-01')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(readConfiguration({ period: 'forever', projectKeys: 'SUP' })).toEqual({ period: '4w' });
    expect(readConfiguration(null)).toEqual({ period: '4w' });
  });
});

describe('gadget view', () => {
  it('asks getStats for the period, in the viewer language, and shows each chart as a table too', async () => {
    const bridge = fakeBridge({ getStats: stats() });
    renderApp(<GadgetView config={{ period: '4w', projectKeys: ['SUP'] }} todayDate="2026-12-01" />, { bridge });
    await screen.findByTestId('card-figures');
    expect(bridge.callsTo('getStats')[0].payload).toEqual({
      from: '2026-11-04',
      to: '2026-12-01',
      locale: 'fr-FR',
      projectKeys: ['SUP'],
    });
    await userEvent.click(screen.getByTestId('toggle-figures'));
    const figures = within(screen.getByTestId('table-figures'));
    expect(figures.getByRole('row', { name: /Taux d’escalade/ })).toHaveTextContent('12,5 % (6 demandes sur 48)');
    expect(figures.getByRole('row', { name: /Relances par demande escaladée/ })).toHaveTextContent('1,5');

    await userEvent.click(screen.getByTestId('toggle-weekly'));
    const weekly = within(screen.getByTestId('table-weekly'));
    expect(weekly.getAllByRole('row')).toHaveLength(6);
    expect(weekly.getByRole('row', { name: /30\snov/ })).toHaveTextContent(/2\s*2\s*4/);

    await userEvent.click(screen.getByTestId('toggle-durations'));
    expect(within(screen.getByTestId('table-durations')).getByRole('row', { name: /Clôture/ })).toHaveTextContent(
      /24\s*h/,
    );
    expect(screen.getByTestId('card-organizations')).toHaveTextContent('Aucune escalade sur cette période.');
  });

  it('colours every chart with design tokens only (light and dark themes come from the host)', async () => {
    const bridge = fakeBridge({
      getStats: stats({ topOrganizations: [{ id: '1', label: 'Transports Martin', count: 3 }] }),
    });
    const { container } = renderApp(<GadgetView config={{ period: '4w' }} todayDate="2026-12-01" />, { bridge });
    await screen.findByTestId('card-figures');
    const painted = [...container.querySelectorAll('svg *')].flatMap((el) =>
      ['fill', 'stroke']
        .map((a) => el.getAttribute(a))
        .filter((v): v is string => !!v && v !== 'none' && v !== 'transparent'),
    );
    expect(painted.length).toBeGreaterThan(10);
    for (const colour of painted) expect(colour).toMatch(/^var\(--ds-[a-z0-9-]+(, ?#[0-9a-f]{3,8})?\)$/i);
    // The organizations chart shows its figure, and its table view too.
    expect(screen.getByTestId('card-organizations')).toHaveTextContent('Transports Martin');
  });

  it('switching the period asks again for the new range', async () => {
    const bridge = fakeBridge({ getStats: stats() });
    renderApp(<GadgetView config={{ period: '4w' }} todayDate="2026-12-01" />, { bridge });
    await screen.findByTestId('card-figures');
    await userEvent.click(screen.getByTestId('period-12m'));
    await waitFor(() => expect(bridge.callsTo('getStats')).toHaveLength(2));
    expect(bridge.callsTo('getStats')[1].payload).toMatchObject({ from: '2025-12-02', to: '2026-12-01' });
    expect(screen.getByTestId('period-12m')).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows a refusal as an error banner', async () => {
    const bridge = fakeBridge({ getStats: { error: { code: 'FORBIDDEN', message: 'Accès refusé.' } } });
    renderApp(<GadgetView config={{ period: '4w' }} todayDate="2026-12-01" />, { bridge });
    expect(await screen.findByTestId('gadget-error')).toHaveTextContent('Vous n’avez pas accès à ces informations.');
  });
});

describe('gadget edit mode', () => {
  const options = {
    projects: ['HR', 'SUP'],
    policies: [{ id: 'default', label: 'Politique par défaut' }],
    canRebuild: false,
  };

  it('submits the period, the ticked projects and the policy', async () => {
    const submitted: unknown[] = [];
    const bridge = fakeBridge({ getGadgetOptions: options });
    renderApp(<GadgetEdit config={{ period: '4w' }} onSubmit={async (c) => void submitted.push(c)} />, { bridge });
    await userEvent.click(await screen.findByTestId('edit-period-12w'));
    await userEvent.click(screen.getByTestId('edit-project-SUP'));
    await userEvent.selectOptions(screen.getByTestId('edit-policy'), 'default');
    await userEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(submitted).toEqual([{ period: '12w', projectKeys: ['SUP'], policyId: 'default' }]));
  });

  it('refuses a custom range that ends before it starts, and submits nothing', async () => {
    const submitted: unknown[] = [];
    const bridge = fakeBridge({ getGadgetOptions: options });
    renderApp(<GadgetEdit config={{ period: 'custom' }} onSubmit={async (c) => void submitted.push(c)} />, { bridge });
    await userEvent.type(await screen.findByTestId('edit-from'), '2026-05-01');
    await userEvent.type(screen.getByTestId('edit-to'), '2026-04-01');
    await userEvent.click(screen.getByTestId('edit-save'));
    expect(await screen.findByTestId('edit-problem')).toHaveTextContent('Indiquez une date de début');
    expect(submitted).toEqual([]);
  });
});

describe('rebuild (Jira admins)', () => {
  it('calls rebuildStats until done, resuming (or starting) on the first call, and shows the progress', async () => {
    const runs = [
      { done: false, records: 25, steps: 60, startedAt: 'x', updatedAt: 'x' },
      { done: true, records: 40, steps: 90, startedAt: 'x', updatedAt: 'y' },
    ];
    const bridge = fakeBridge({
      getGadgetOptions: { projects: ['SUP'], policies: [], canRebuild: true },
      rebuildStats: (_p: unknown, n: number) => runs[n - 1],
    });
    renderApp(<GadgetEdit config={{ period: '4w' }} onSubmit={async () => undefined} />, { bridge });
    await userEvent.click(await screen.findByTestId('rebuild-run'));
    expect(await screen.findByTestId('rebuild-progress')).toHaveTextContent('40');
    const payloads = bridge.callsTo('rebuildStats').map((c) => c.payload);
    expect(payloads.map((p) => p?.resume)).toEqual([true, undefined]);
    // Never a restart from the button: a rebuild left unfinished goes on where it stopped.
    expect(payloads.map((p) => p?.restart)).toEqual([undefined, undefined]);
  });

  it('is not offered to other users', async () => {
    const bridge = fakeBridge({ getGadgetOptions: { projects: ['SUP'], policies: [], canRebuild: false } });
    renderApp(<GadgetEdit config={{ period: '4w' }} onSubmit={async () => undefined} />, { bridge });
    await screen.findByTestId('edit-save');
    expect(screen.queryByTestId('rebuild')).toBeNull();
  });
});
