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

/** Where a page is: Jira's token for it (null = the first) and the rank of its first row. */
interface PageRef {
  token: string | null;
  startAt: number;
}
const FIRST: PageRef = { token: null, startAt: 0 };

/** Open escalations of the service project, oldest first, a page at a time. */
const isoToday = () => new Date().toISOString().slice(0, 10);

/**
 * The pages visited, the current one last: Next pushes the next page's token (from the server's answer), Previous
 * pops. Each page is one search, whatever its rank.
 */
function usePageTrail() {
  const [trail, setTrail] = useState<PageRef[]>([FIRST]);
  const next = (page: QueuePage) => {
    const token = page.nextPageToken;
    if (token) setTrail((t) => [...t, { token, startAt: page.startAt + page.items.length }]);
  };
  const previous = () => setTrail((t) => (t.length > 1 ? t.slice(0, -1) : t));
  return { current: trail[trail.length - 1] ?? FIRST, next, previous };
}

export function QueueApp({ openIssue, fileUrl }: { openIssue?: (key: string) => void; fileUrl?: FileUrl }) {
  const t = useT();
  const bridge = useBridge();
  const { current, next, previous } = usePageTrail();
  const startAt = current.startAt;
  const [state, setState] = useState<State>({ status: 'loading' });

  const load = useCallback(
    async (at: PageRef) => {
      setState({ status: 'loading' });
      const where = at.token ? { pageToken: at.token, startAt: at.startAt } : {};
      const r = await bridge.invoke('listEscalations', { ...where, pageSize: PAGE_SIZE });
      setState(isError(r) ? { status: 'error', error: r.error } : { status: 'ready', page: r });
    },
    [bridge],
  );

  useEffect(() => {
    void load(current);
  }, [load, current]);

  return (
    <main className="queue" data-testid="queue-page">
      <header className="queue-header">
        <div>
          <h1>{t('queue.title')}</h1>
          <p className="esc-muted">{t('queue.intro')}</p>
        </div>
        <div className="queue-actions">
          <ExportCsv fileUrl={fileUrl} today={isoToday} />
          <Button onClick={() => load(current)} disabled={state.status === 'loading'} data-testid="queue-refresh">
            {t('queue.refresh')}
          </Button>
        </div>
      </header>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <>
          <ErrorBanner error={state.error} titleKey="queue.loadFailed" testId="queue-error" />
          {isRetryable(state.error.code) ? (
            <Button onClick={() => load(current)} data-testid="queue-retry">
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
          <Pager page={state.page} onNext={() => next(state.page)} onPrevious={previous} />
        </>
      )}
    </main>
  );
}

function Pager({ page, onNext, onPrevious }: { page: QueuePage; onNext: () => void; onPrevious: () => void }) {
  const t = useT();
  const from = page.items.length === 0 ? page.startAt : page.startAt + 1;
  const to = page.startAt + page.items.length;
  return (
    <nav className="queue-pager" aria-label={t('queue.caption')}>
      <Button onClick={onPrevious} disabled={page.startAt === 0} data-testid="queue-previous">
        {t('queue.previous')}
      </Button>
      <span data-testid="queue-range" aria-live="polite">
        {t('queue.range', { from, to, total: Math.max(page.total, to) })}
      </span>
      <Button onClick={onNext} disabled={!page.nextPageToken} data-testid="queue-next">
        {t('queue.next')}
      </Button>
    </nav>
  );
}
