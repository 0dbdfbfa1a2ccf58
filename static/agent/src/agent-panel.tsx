/** The agent panel in the Jira issue view: state, critical badge, eligibility, timeline, actions and JQL. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgentState, ResolverError } from '../../../src/contract';
import { isError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Banner } from '../../common/components/banner';
import { ErrorBanner, isRefusal } from '../../common/components/error-banner';
import { Loading } from '../../common/components/spinner';
import { useDates, useT } from '../../common/i18n';
import { AgentActions } from './agent-actions';
import { JqlCopy } from './jql-copy';
import { PolicyLine } from './policy-line';
import { Timeline } from './timeline';

type Load =
  { status: 'loading' } | { status: 'error'; error: ResolverError['error'] } | { status: 'ready'; state: AgentState };

function isAgentState(value: unknown): value is AgentState {
  return typeof value === 'object' && value !== null && 'timeline' in value && 'kind' in value;
}

/** The state, the critical badge, the level and whether it was taken in charge, as lozenges. */
function Badges({ s }: { s: AgentState }) {
  const t = useT();
  return (
    <div className="esc-agent__badges">
      {/* A critical request says so once: the "Incident critique" lozenge, not "Critique" before it. */}
      {s.kind === 'critical' && s.critical ? null : (
        <span className="esc-lozenge esc-lozenge--info" data-testid="agent-state">
          {t(`agent.state.${s.kind}`)}
        </span>
      )}{' '}
      {s.critical ? (
        <span className="esc-lozenge esc-lozenge--danger" data-testid="critical-badge">
          {t('agent.criticalBadge')}
        </span>
      ) : null}{' '}
      {s.level > 0 ? (
        <>
          <span className="esc-lozenge" data-testid="agent-level">
            {t('agent.level', { level: s.level, max: s.maxLevel })}
          </span>{' '}
          <span
            className={`esc-lozenge esc-lozenge--${s.closed || s.acknowledged ? 'success' : 'warning'}`}
            data-testid="agent-ack"
          >
            {s.closed ? t('agent.closed') : s.acknowledged ? t('agent.acknowledged') : t('agent.notAcknowledged')}
          </span>
        </>
      ) : null}
    </div>
  );
}

/** The critical note, when the customer may escalate (or the next level), and the follow-ups. */
function StateLines({ s }: { s: AgentState }) {
  const t = useT();
  const { dateTime } = useDates();
  return (
    <>
      {s.critical ? (
        <Banner appearance="error" testId="agent-critical">
          <p>{t('agent.criticalNote')}</p>
        </Banner>
      ) : null}
      {s.eligibleAt ? (
        <p data-testid="agent-eligible-at">
          {Date.parse(s.eligibleAt) > Date.now()
            ? t('agent.eligibleFuture', { date: dateTime(s.eligibleAt) })
            : t('agent.eligiblePast', { date: dateTime(s.eligibleAt) })}
        </p>
      ) : null}
      {s.nextLevelAt && s.level < s.maxLevel ? (
        <p data-testid="agent-next-level">{t('agent.nextLevelAt', { date: dateTime(s.nextLevelAt) })}</p>
      ) : null}
      <PolicyLine policy={s.policy} />
      <p className="esc-muted" data-testid="agent-follow-ups">
        {t('agent.followUps.summary', {
          count: s.followUps.lastAt ? s.followUps.count : 0,
          date: s.followUps.lastAt ? dateTime(s.followUps.lastAt) : '',
        })}
      </p>
    </>
  );
}

export function AgentPanel() {
  const t = useT();
  const bridge = useBridge();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [announce, setAnnounce] = useState('');
  const started = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);

  const fetchState = useCallback(async () => {
    const result = await bridge.invoke('getAgentState');
    setLoad(isError(result) ? { status: 'error', error: result.error } : { status: 'ready', state: result });
  }, [bridge]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void fetchState();
  }, [fetchState]);

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') {
    return (
      <div data-testid="agent-panel" data-kind="error">
        {isRefusal(load.error.code) ? null : <p>{t('agent.loadError')}</p>}
        <ErrorBanner error={load.error} calm testId="agent-load-error" scope="agent" />
      </div>
    );
  }

  const s = load.state;

  async function onDone(action: 'acknowledge' | 'close', result: unknown) {
    // The resolvers answer the new state; if one ever answers something else, read it again.
    if (isAgentState(result)) setLoad({ status: 'ready', state: result });
    else await fetchState();
    setAnnounce(t(action === 'acknowledge' ? 'agent.ack.done' : 'agent.close.done'));
    rootRef.current?.focus();
  }

  return (
    <div ref={rootRef} tabIndex={-1} className="esc-agent esc-stack" data-testid="agent-panel" data-kind={s.kind}>
      <Badges s={s} />
      <StateLines s={s} />
      <AgentActions state={s} onDone={onDone} />
      <div className="esc-visually-hidden" role="status" aria-live="polite" data-testid="agent-announce">
        {announce}
      </div>
      <Timeline entries={s.timeline} />
      <JqlCopy jql={s.jql} />
    </div>
  );
}
