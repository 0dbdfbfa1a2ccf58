import { useCallback, useEffect, useState } from 'react';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner, isRetryable } from '../../common/components/error-banner';
import { Loading } from '../../common/components/spinner';
import { useT } from '../../common/i18n';
import { isError, type QueuePage, type ResolverError } from '../../../src/contract';
import { EscalationsTable } from './escalations-table';
import { ExportCsv, type FileUrl } from './export-csv';

export const PAGE_SIZE = 20;

type State =
  { status: 'loading' } | { status: 'error'; error: ResolverError['error'] } | { status: 'ready'; page: QueuePage };

/** Open escalations of the service project, oldest first, a page at a time. */
const isoToday = () => new Date().toISOString().slice(0, 10);

export function QueueApp({ openIssue, fileUrl }: { openIssue?: (key: string) => void; fileUrl?: FileUrl }) {
  const t = useT();
  const bridge = useBridge();
  const [startAt, setStartAt] = useState(0);
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(
    async (at: number) => {
      setState({ status: 'loading' });
      const r = await bridge.invoke('listEscalations', { startAt: at, pageSize: PAGE_SIZE });
      setState(isError(r) ? { status: 'error', error: r.error } : { status: 'ready', page: r });
    },
    [bridge],
  );

  useEffect(() => {
    void load(startAt);
  }, [load, startAt]);

  return (
    <main className="queue" data-testid="queue-page">
      <header className="queue-header">
        <div>
          <h1>{t('queue.title')}</h1>
          <p className="esc-muted">{t('queue.intro')}</p>
        </div>
        <div className="queue-actions">
          <ExportCsv fileUrl={fileUrl} today={isoToday} />
          <Button onClick={() => load(startAt)} disabled={state.status === 'loading'} data-testid="queue-refresh">
            {t('queue.refresh')}
          </Button>
        </div>
      </header>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <>
          <ErrorBanner error={state.error} titleKey="queue.loadFailed" testId="queue-error" />
          {isRetryable(state.error.code) ? (
            <Button onClick={() => load(startAt)} data-testid="queue-retry">
              {t('queue.retry')}
            </Button>
          ) : null}
        </>
      )}
      {state.status === 'ready' && state.page.items.length === 0 && startAt === 0 && (
        <p className="queue-empty" data-testid="queue-empty">
          {t('queue.empty')}
        </p>
      )}
      {state.status === 'ready' && (state.page.items.length > 0 || startAt > 0) && (
        <>
          <EscalationsTable items={state.page.items} openIssue={openIssue} />
          <Pager page={state.page} onMove={setStartAt} />
        </>
      )}
    </main>
  );
}

function Pager({ page, onMove }: { page: QueuePage; onMove: (startAt: number) => void }) {
  const t = useT();
  const size = page.pageSize || PAGE_SIZE;
  const from = page.items.length === 0 ? page.startAt : page.startAt + 1;
  const to = page.startAt + page.items.length;
  return (
    <nav className="queue-pager" aria-label={t('queue.caption')}>
      <Button
        onClick={() => onMove(Math.max(0, page.startAt - size))}
        disabled={page.startAt === 0}
        data-testid="queue-previous"
      >
        {t('queue.previous')}
      </Button>
      <span data-testid="queue-range" aria-live="polite">
        {t('queue.range', { from, to, total: page.total })}
      </span>
      <Button onClick={() => onMove(page.startAt + size)} disabled={to >= page.total} data-testid="queue-next">
        {t('queue.next')}
      </Button>
    </nav>
  );
}
