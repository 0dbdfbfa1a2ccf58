/** What the customer reads for each state; no actions here (the link lives in the panel). */
import type { PortalEscalation, PortalState } from '../../../src/contract';
import { Banner } from '../../common/components/banner';
import { telHref } from '../../common/format';
import { useDates, useT } from '../../common/i18n';

function FollowUpsLine({ state }: { state: PortalState }) {
  const t = useT();
  const { dateTime } = useDates();
  const { lastAt } = state.followUps;
  const count = lastAt ? state.followUps.count : 0;
  return (
    <p className="esc-muted" data-testid={count ? 'follow-ups' : undefined}>
      {t('portal.followUps.summary', { count, date: lastAt ? dateTime(lastAt) : '' })}
    </p>
  );
}

function CriticalView({ state }: { state: PortalState }) {
  const t = useT();
  const phone = state.critical?.phone ?? '';
  return (
    <Banner appearance="error" title={t('portal.critical.title')} testId="portal-critical">
      {state.critical?.message ? <p>{state.critical.message}</p> : null}
      <p>
        {t('portal.critical.call')}{' '}
        <a href={telHref(phone)} className="esc-phone" data-testid="critical-phone">
          <strong>{phone}</strong>
        </a>
      </p>
      {state.critical?.openingHours ? (
        <p>{t('portal.critical.hours', { hours: state.critical.openingHours })}</p>
      ) : null}
      <p>
        <strong>{t('portal.critical.quote', { key: state.requestKey })}</strong>
      </p>
    </Banner>
  );
}

function WaitingView({ state }: { state: PortalState }) {
  const t = useT();
  const { dateTime } = useDates();
  return (
    <div className="esc-stack" data-testid="portal-waiting">
      <p>{t('portal.waiting.howTo')}</p>
      <FollowUpsLine state={state} />
      {state.followUpRequired ? (
        <Banner appearance="info" testId="follow-up-required">
          <p>{t('portal.followUpRequired')}</p>
        </Banner>
      ) : null}
      {state.eligibleAt ? (
        <p data-testid="eligible-at">
          <strong>{t('portal.eligibleAt', { date: dateTime(state.eligibleAt) })}</strong>
        </p>
      ) : null}
    </div>
  );
}

function EscalatedLine({ state, e }: { state: PortalState; e: PortalEscalation }) {
  const t = useT();
  const { dateTime } = useDates();
  return (
    <Banner appearance="success" testId="escalated-line">
      <p>
        <strong>{t('portal.escalated.line', { date: dateTime(e.at), reason: e.reasonLabel })}</strong>
      </p>
      {/* Once closed, the closing says it all: no "taken in charge" line with the same date before it. */}
      {e.closedAt ? (
        <p data-testid="escalated-closed">{t('portal.escalated.closed', { date: dateTime(e.closedAt) })}</p>
      ) : (
        <>
          <p data-testid="escalated-notice">
            {e.notified ? t('portal.escalated.notified') : t('portal.escalated.queued')}
          </p>
          <p data-testid="escalated-ack">
            {e.acknowledgedAt
              ? t('portal.escalated.acknowledged', { date: dateTime(e.acknowledgedAt) })
              : t('portal.escalated.notAcknowledged')}
          </p>
        </>
      )}
      {e.level >= state.maxLevel ? (
        <p className="esc-muted">{t('portal.escalated.maxLevel')}</p>
      ) : e.nextLevelAt && !state.canEscalate ? (
        <p data-testid="next-level-at">{t('portal.escalated.nextLevel', { date: dateTime(e.nextLevelAt) })}</p>
      ) : null}
      {state.canEscalate ? <p>{t('portal.escalated.again')}</p> : null}
    </Banner>
  );
}

export function PortalStateView({ state }: { state: PortalState }) {
  const t = useT();
  switch (state.kind) {
    case 'critical':
      return <CriticalView state={state} />;
    case 'waiting':
      return <WaitingView state={state} />;
    case 'eligible':
      return (
        <div className="esc-stack" data-testid="portal-eligible">
          <p>{t('portal.eligible.intro')}</p>
          <FollowUpsLine state={state} />
        </div>
      );
    case 'escalated':
      return (
        <div className="esc-stack" data-testid="portal-escalated">
          {state.escalation ? <EscalatedLine state={state} e={state.escalation} /> : null}
          <FollowUpsLine state={state} />
        </div>
      );
    case 'resolved':
      return (
        <p className="esc-muted" data-testid="portal-resolved">
          {t('portal.resolved')}
        </p>
      );
    case 'inactive':
    default:
      return (
        <p className="esc-muted" data-testid="portal-inactive">
          {t('portal.inactive')}
        </p>
      );
  }
}
