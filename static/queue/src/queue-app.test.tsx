import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueueItem, QueuePage } from '../../../src/contract';
import { fakeBridge, renderApp } from '../../common/test/render';
import { PAGE_SIZE, QueueApp } from './queue-app';

// The machine running the suite may be busy: give async UI updates room before failing.
configure({ asyncUtilTimeout: 8000 });

function item(n: number, over: Partial<QueueItem> = {}): QueueItem {
  return {
    key: `SUP-${n}`,
    summary: `Request ${n}`,
    level: 1,
    escalatedAt: new Date(Date.UTC(2025, 10, 1, 8, n)).toISOString(),
    ageMinutes: 600 - n,
    acknowledged: false,
    overdue: false,
    ...over,
  };
}

/** A fake listEscalations over `total` escalations, oldest first, paged like the server: by opaque tokens. */
function pages(total: number) {
  const all = Array.from({ length: total }, (_, i) => item(i + 1));
  return (p: Record<string, unknown> | undefined): QueuePage => {
    const token = typeof p?.pageToken === 'string' ? p.pageToken : null;
    const startAt = token ? Number(token.slice('after-'.length)) : 0;
    const pageSize = Number(p?.pageSize ?? PAGE_SIZE);
    const end = startAt + pageSize;
    return {
      items: all.slice(startAt, end),
      total,
      startAt,
      pageSize,
      nextPageToken: end < total ? `after-${end}` : null,
    };
  };
}

const rowKeys = () =>
  within(screen.getByTestId('queue-table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('link').textContent);

describe('escalations queue', () => {
  it('lists open escalations oldest first with key link, summary, level, age and acknowledgement (French)', async () => {
    const bridge = fakeBridge({
      listEscalations: {
        // Deliberately out of order: the table still shows the oldest first.
        items: [
          item(2, { level: 2, acknowledged: true, ageMinutes: 90 }),
          item(1, { ageMinutes: 3000, summary: 'Imprimante en panne' }),
        ],
        total: 2,
        startAt: 0,
        pageSize: PAGE_SIZE,
        nextPageToken: null,
      } satisfies QueuePage,
    });
    const openIssue = jest.fn();
    const user = userEvent.setup();
    renderApp(<QueueApp openIssue={openIssue} />, { bridge });
    await screen.findByTestId('queue-table');
    expect(bridge.callsTo('listEscalations')[0].payload).toEqual({ pageSize: PAGE_SIZE, locale: 'fr-FR' });
    expect(screen.getByRole('heading', { name: 'Escalades ouvertes' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Prise en charge' })).toBeInTheDocument();
    expect(rowKeys()).toEqual(['SUP-1', 'SUP-2']);

    const first = screen.getByTestId('queue-row-SUP-1');
    expect(within(first).getByRole('link', { name: 'SUP-1' })).toHaveAttribute('href', '/browse/SUP-1');
    expect(first).toHaveTextContent('Imprimante en panne');
    expect(first).toHaveTextContent('Niveau 1');
    expect(first).toHaveTextContent('2 j');
    expect(first).toHaveTextContent('Non prise en charge');
    const second = screen.getByTestId('queue-row-SUP-2');
    expect(second).toHaveTextContent('Niveau 2');
    expect(second).toHaveTextContent('1 h');
    expect(second).toHaveTextContent('Prise en charge');

    await user.click(within(first).getByRole('link'));
    expect(openIssue).toHaveBeenCalledWith('SUP-1');
  });

  it('lists overdue escalations first, with an "En retard" lozenge', async () => {
    const bridge = fakeBridge({
      listEscalations: {
        items: [item(1), item(2, { overdue: true })],
        total: 2,
        startAt: 0,
        pageSize: PAGE_SIZE,
        nextPageToken: null,
      } satisfies QueuePage,
    });
    renderApp(<QueueApp />, { bridge });
    await screen.findByTestId('queue-table');
    expect(rowKeys()).toEqual(['SUP-2', 'SUP-1']);
    expect(screen.getByTestId('queue-overdue-SUP-2')).toHaveTextContent('En retard');
    expect(screen.queryByTestId('queue-overdue-SUP-1')).toBeNull();
  });

  it('pages forward with the page token the server handed over, and back', async () => {
    const bridge = fakeBridge({ listEscalations: pages(45) });
    const user = userEvent.setup();
    renderApp(<QueueApp />, { bridge });
    await screen.findByTestId('queue-table');
    expect(screen.getByTestId('queue-range')).toHaveTextContent('1 à 20 sur 45');
    expect(screen.getByRole('button', { name: 'Page précédente' })).toBeDisabled();
    expect(rowKeys()[0]).toBe('SUP-1');

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));
    await waitFor(() => expect(screen.getByTestId('queue-range')).toHaveTextContent('21 à 40 sur 45'));
    expect(bridge.callsTo('listEscalations')[1].payload).toEqual({
      pageToken: 'after-20',
      startAt: 20,
      pageSize: PAGE_SIZE,
      locale: 'fr-FR',
    });
    expect(rowKeys()[0]).toBe('SUP-21');

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));
    await waitFor(() => expect(screen.getByTestId('queue-range')).toHaveTextContent('41 à 45 sur 45'));
    expect(rowKeys()).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Page suivante' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Page précédente' }));
    await waitFor(() => expect(screen.getByTestId('queue-range')).toHaveTextContent('21 à 40 sur 45'));
    expect(bridge.callsTo('listEscalations')[3].payload).toEqual({
      pageToken: 'after-20',
      startAt: 20,
      pageSize: PAGE_SIZE,
      locale: 'fr-FR',
    });
    await user.click(screen.getByRole('button', { name: 'Page précédente' }));
    await waitFor(() => expect(screen.getByTestId('queue-range')).toHaveTextContent('1 à 20 sur 45'));
    expect(bridge.callsTo('listEscalations')[4].payload).toEqual({ pageSize: PAGE_SIZE, locale: 'fr-FR' });
  });

  it('says when there is no open escalation', async () => {
    renderApp(<QueueApp />, { bridge: fakeBridge({ listEscalations: pages(0) }) });
    expect(await screen.findByTestId('queue-empty')).toHaveTextContent('Aucune escalade ouverte.');
    expect(screen.queryByTestId('queue-table')).not.toBeInTheDocument();
  });

  it('shows an error in plain words and retries', async () => {
    const bridge = fakeBridge({
      listEscalations: (p: Record<string, unknown> | undefined, call: number) =>
        call === 1 ? { error: { code: 'UNAVAILABLE', message: 'Jira search failed' } } : pages(3)(p),
    });
    const user = userEvent.setup();
    renderApp(<QueueApp />, { bridge });
    expect(await screen.findByTestId('queue-error')).toHaveTextContent('Les escalades n’ont pas pu être chargées');
    expect(screen.queryByTestId('queue-table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    await screen.findByTestId('queue-table');
    expect(rowKeys()).toEqual(['SUP-1', 'SUP-2', 'SUP-3']);
    expect(bridge.callsTo('listEscalations')).toHaveLength(2);
  });

  it('a permission refusal is one message and offers no retry', async () => {
    const bridge = fakeBridge({
      listEscalations: { error: { code: 'FORBIDDEN', message: 'Vous n’avez pas accès à cette ressource.' } },
    });
    renderApp(<QueueApp />, { bridge });
    const banner = await screen.findByTestId('queue-error');
    expect(banner).toHaveTextContent('Vous n’avez pas accès à ces informations.');
    expect(banner).not.toHaveTextContent('cette ressource');
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
  });

  it('refreshes the current page', async () => {
    const bridge = fakeBridge({ listEscalations: pages(3) });
    const user = userEvent.setup();
    renderApp(<QueueApp />, { bridge });
    await screen.findByTestId('queue-table');
    await user.click(screen.getByRole('button', { name: 'Actualiser' }));
    await screen.findByTestId('queue-table');
    expect(bridge.callsTo('listEscalations')).toHaveLength(2);
  });

  it('reads in English', async () => {
    renderApp(<QueueApp />, {
      bridge: fakeBridge({
        listEscalations: {
          items: [item(1, { acknowledged: true, level: 2, ageMinutes: 45 })],
          total: 1,
          startAt: 0,
          pageSize: PAGE_SIZE,
          nextPageToken: null,
        },
      }),
      locale: 'en-US',
    });
    const row = await screen.findByTestId('queue-row-SUP-1');
    expect(screen.getByRole('heading', { name: 'Open escalations' })).toBeInTheDocument();
    expect(row).toHaveTextContent('Level 2');
    expect(row).toHaveTextContent('45 min');
    expect(row).toHaveTextContent('Acknowledged');
    expect(screen.getByTestId('queue-range')).toHaveTextContent('1–1 of 1');
  });

  it('reads the empty state in English', async () => {
    renderApp(<QueueApp />, { bridge: fakeBridge({ listEscalations: pages(0) }), locale: 'en-US' });
    expect(await screen.findByTestId('queue-empty')).toHaveTextContent('No open escalation.');
  });
});
