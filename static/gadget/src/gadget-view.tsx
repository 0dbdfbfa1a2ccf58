/** The gadget: the saved configuration's figures, with a quick switch of the period. */
import { useEffect, useState } from 'react';
import { isError, type GadgetConfiguration, type ResolverError, type StatsResult } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { ErrorBanner } from '../../common/components/error-banner';
import { Loading } from '../../common/components/spinner';
import { useLocale, useT } from '../../common/i18n';
import { DurationsCard, KeyFiguresCard, TopCard, WeeklyCard } from './figures';
import { PERIODS, rangeOf, type Period } from './period';

type State =
  { status: 'loading' } | { status: 'error'; error: ResolverError['error'] } | { status: 'ready'; stats: StatsResult };

export function GadgetView({ config, todayDate }: { config: GadgetConfiguration; todayDate: string }) {
  const t = useT();
  const bridge = useBridge();
  const { locale } = useLocale();
  const [period, setPeriod] = useState<Period>(config.period);
  const [state, setState] = useState<State>({ status: 'loading' });
  const { from, to } = rangeOf({ ...config, period }, todayDate);

  useEffect(() => {
    let alive = true;
    setState({ status: 'loading' });
    const payload = {
      from,
      to,
      locale,
      ...(config.projectKeys ? { projectKeys: config.projectKeys } : {}),
      ...(config.policyId ? { policyId: config.policyId } : {}),
    };
    void bridge.invoke('getStats', payload).then((r) => {
      if (alive) setState(isError(r) ? { status: 'error', error: r.error } : { status: 'ready', stats: r });
    });
    return () => {
      alive = false;
    };
  }, [bridge, from, to, locale, config.projectKeys, config.policyId]);

  const choices = PERIODS.filter((p) => p !== 'custom' || config.period === 'custom');
  return (
    <main className="gadget" data-testid="gadget-view">
      <div className="gadget-periods" role="group" aria-label={t('gadget.period.label')}>
        {choices.map((p) => (
          <button
            key={p}
            type="button"
            className={`esc-button ${p === period ? 'esc-button--primary' : 'esc-button--default'}`}
            aria-pressed={p === period}
            onClick={() => setPeriod(p)}
            data-testid={`period-${p}`}
          >
            <span>{t(`gadget.period.${p}`)}</span>
          </button>
        ))}
        <span className="esc-muted" data-testid="gadget-range">
          {t('gadget.period.range', { from, to })}
        </span>
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ErrorBanner error={state.error} titleKey="gadget.loadFailed" testId="gadget-error" />
      )}
      {state.status === 'ready' && (
        <div className="gadget-grid">
          <KeyFiguresCard stats={state.stats} />
          <WeeklyCard stats={state.stats} />
          <DurationsCard stats={state.stats} />
          <TopCard id="request-types" title={t('gadget.top.requestTypes')} items={state.stats.topRequestTypes} />
          <TopCard id="organizations" title={t('gadget.top.organizations')} items={state.stats.topOrganizations} />
        </div>
      )}
    </main>
  );
}
