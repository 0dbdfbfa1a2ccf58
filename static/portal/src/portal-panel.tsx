/**
 * The portal panel (right-hand pane of the request view). One resolver call (`getPortalState`) before the
 * first meaningful paint; every later change comes from the `escalate` answer itself.
 */
import { useEffect, useRef, useState } from 'react';
import type { PortalState, ResolverError } from '../../../src/contract';
import { isError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Banner } from '../../common/components/banner';
import { Button } from '../../common/components/button';
import { errorText, isRefusal } from '../../common/components/error-banner';
import { Loading } from '../../common/components/spinner';
import { useT } from '../../common/i18n';
import { EscalateModal } from './escalate-modal';
import { EscalationHistory } from './escalation-history';
import { WithdrawEscalation } from './withdraw-form';
import { PortalStateView } from './portal-state-view';

type Load =
  { status: 'loading' } | { status: 'error'; error: ResolverError['error'] } | { status: 'ready'; state: PortalState };

/** The state could not be read: a refusal in plain words, anything else as "could not load" plus the reason. */
function LoadError({ error }: { error: ResolverError['error'] }) {
  const t = useT();
  return (
    <div data-testid="portal-panel" data-kind="error">
      <Banner appearance="neutral" testId="portal-load-error" role="status">
        {isRefusal(error.code) ? (
          <p data-error-code={error.code}>{errorText(t, error.code)}</p>
        ) : (
          <>
            <p>{t('portal.loadError')}</p>
            <p className="esc-muted" data-error-code={error.code}>
              {errorText(t, error.code)}
            </p>
          </>
        )}
      </Banner>
    </div>
  );
}

/** The one `getPortalState` call before the first paint; later states come from the actions' answers. */
function usePortalState() {
  const bridge = useBridge();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const started = useRef(false);
  useEffect(() => {
    // Guard against a double effect (StrictMode, remount): the budget is one call before first paint.
    if (started.current) return;
    started.current = true;
    void bridge.invoke('getPortalState').then((result) => {
      setLoad(isError(result) ? { status: 'error', error: result.error } : { status: 'ready', state: result });
    });
  }, [bridge]);
  return { load, show: (state: PortalState) => setLoad({ status: 'ready', state }) };
}

export function PortalPanel() {
  const t = useT();
  const { load, show } = usePortalState();
  const [modalOpen, setModalOpen] = useState(false);
  const [announce, setAnnounce] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Closing the dialog gives focus back to the link, once the content is shown again: the dialog's own
  // return on unmount runs, under Preact, while the link is still hidden, and a hidden element takes no focus.
  useEffect(() => {
    if (wasOpen.current && !modalOpen) linkRef.current?.focus();
    wasOpen.current = modalOpen;
  }, [modalOpen]);

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') return <LoadError error={load.error} />;

  const state = load.state;
  const showLink = state.canEscalate && state.kind !== 'critical';
  const canWithdraw = state.kind === 'escalated' && state.escalation !== undefined && !state.escalation.closedAt;

  function onEscalated(next: PortalState) {
    setModalOpen(false);
    show(next);
    const notice = next.escalation?.notified ? 'portal.escalated.notified' : 'portal.escalated.queued';
    setAnnounce(`${t('portal.escalated.done')} ${t(notice)}`);
    // The link that opened the modal may be gone: keep keyboard users in the panel.
    requestAnimationFrame(() => {
      if (!rootRef.current?.contains(document.activeElement)) rootRef.current?.focus();
    });
  }

  // The dialog is inline (the iframe only grows with in-flow content): it takes the place of the panel's
  // content, which is hidden, not unmounted, so focus can return to the link on close.
  return (
    <div ref={rootRef} tabIndex={-1} className="esc-portal" data-testid="portal-panel" data-kind={state.kind}>
      <div className="esc-stack" hidden={modalOpen} data-testid="portal-content">
        <PortalStateView state={state} />
        {canWithdraw ? (
          <WithdrawEscalation
            onWithdrawn={(next) => {
              show(next);
              setAnnounce(t('portal.withdraw.done'));
            }}
          />
        ) : null}
        {state.history?.length ? <EscalationHistory steps={state.history} /> : null}
        {showLink ? (
          <p>
            <Button ref={linkRef} appearance="link" onClick={() => setModalOpen(true)} data-testid="escalate-link">
              {t('portal.link')}
            </Button>
          </p>
        ) : null}
      </div>
      {modalOpen ? <EscalateModal state={state} onClose={() => setModalOpen(false)} onEscalated={onEscalated} /> : null}
      <div className="esc-visually-hidden" role="status" aria-live="polite" data-testid="portal-announce">
        {announce}
      </div>
    </div>
  );
}
