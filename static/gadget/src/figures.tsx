/** The cards of the gadget's view, each a chart with its table view. */
import type { StatsResult } from '../../../src/contract';
import type { Lang } from '../../../src/i18n/translate';
import { useLocale, useT } from '../../common/i18n';
import { ChartCard, FigureTable } from './chart-card';
import { HorizontalBars, WeeklyStack } from './charts';
import { formatHours, formatNumber, formatPercent } from './numbers';

/** "1er déc." / "1 Dec": the Monday that names a week. */
export function weekLabel(week: string, lang: Lang): string {
  const d = new Date(`${week}T12:00:00Z`);
  const month = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(
    d,
  );
  const day = d.getUTCDate();
  return `${lang === 'fr' && day === 1 ? '1er' : day}\u00a0${month}`;
}

export function WeeklyCard({ stats }: { stats: StatsResult }) {
  const t = useT();
  const { lang } = useLocale();
  const series = stats.byReason.map((r) => ({ key: r.reasonId, label: r.label }));
  const value = (week: string, key: string) => stats.byWeek.find((w) => w.weekStart === week)?.byReason[key] ?? 0;
  return (
    <ChartCard
      id="weekly"
      title={t('gadget.weekly.title')}
      chart={<WeeklyStack weeks={stats.weeks} series={series} values={value} weekLabel={(w) => weekLabel(w, lang)} />}
      table={
        <FigureTable
          caption={t('gadget.weekly.title')}
          head={[t('gadget.weekly.week'), ...series.map((s) => s.label), t('gadget.weekly.total')]}
          rows={stats.byWeek.map((w) => [
            weekLabel(w.weekStart, lang),
            ...series.map((s) => w.byReason[s.key] ?? 0),
            w.escalations,
          ])}
        />
      }
    />
  );
}

export function KeyFiguresCard({ stats }: { stats: StatsResult }) {
  const t = useT();
  const { lang } = useLocale();
  const dash = '—';
  const figures: [string, string][] = [
    [t('gadget.figures.escalations'), String(stats.totals.escalations)],
    [
      t('gadget.figures.rate'),
      stats.rate.rate === null
        ? dash
        : t('gadget.figures.rateValue', {
            rate: formatPercent(stats.rate.rate, lang),
            escalated: stats.rate.escalatedRequests,
            created: stats.rate.createdRequests ?? 0,
          }),
    ],
    [
      t('gadget.figures.inTime'),
      stats.acknowledgedInTime.share === null ? dash : formatPercent(stats.acknowledgedInTime.share, lang),
    ],
    [
      t('gadget.figures.followUps'),
      stats.followUpsPerEscalatedRequest === null ? dash : formatNumber(stats.followUpsPerEscalatedRequest, lang),
    ],
    [t('gadget.figures.acknowledged'), String(stats.totals.acknowledged)],
    [t('gadget.figures.closed'), String(stats.totals.closed)],
    [t('gadget.figures.repeat'), String(stats.totals.repeat)],
    [t('gadget.figures.withdrawn'), String(stats.totals.withdrawn)],
    [t('gadget.figures.automatic'), String(stats.totals.automatic)],
  ];
  return (
    <ChartCard
      id="figures"
      title={t('gadget.figures.title')}
      chart={
        <dl className="gadget-tiles">
          {figures.map(([label, value]) => (
            <div key={label} className="gadget-tile">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      }
      table={
        <FigureTable
          caption={t('gadget.figures.title')}
          head={[t('gadget.figures.measure'), t('gadget.figures.value')]}
          rows={figures}
        />
      }
    />
  );
}

export function DurationsCard({ stats }: { stats: StatsResult }) {
  const t = useT();
  const { lang } = useLocale();
  const h = (m: number | null) => formatHours(m, lang);
  const rows: [string, StatsResult['timeToAcknowledge']][] = [
    [t('gadget.durations.acknowledge'), stats.timeToAcknowledge],
    [t('gadget.durations.close'), stats.timeToClose],
  ];
  const bars = rows.flatMap(([label, d]) => [
    { label: `${label} · ${t('gadget.durations.median')}`, value: (d.medianMinutes ?? 0) / 60, series: 0 },
    { label: `${label} · ${t('gadget.durations.p90')}`, value: (d.p90Minutes ?? 0) / 60, series: 0 },
    { label: `${label} · ${t('gadget.durations.timerMedian')}`, value: (d.timerMedianMinutes ?? 0) / 60, series: 2 },
    { label: `${label} · ${t('gadget.durations.timerP90')}`, value: (d.timerP90Minutes ?? 0) / 60, series: 2 },
  ]);
  return (
    <ChartCard
      id="durations"
      title={t('gadget.durations.title')}
      chart={<HorizontalBars items={bars} format={(v) => `${formatNumber(v, lang)}\u00a0h`} />}
      table={
        <FigureTable
          caption={t('gadget.durations.title')}
          head={[
            '',
            t('gadget.durations.median'),
            t('gadget.durations.p90'),
            t('gadget.durations.timerMedian'),
            t('gadget.durations.timerP90'),
          ]}
          rows={rows.map(([label, d]) => [
            label,
            h(d.medianMinutes),
            h(d.p90Minutes),
            h(d.timerMedianMinutes),
            h(d.timerP90Minutes),
          ])}
        />
      }
    />
  );
}

export function TopCard({ id, title, items }: { id: string; title: string; items: StatsResult['topRequestTypes'] }) {
  const t = useT();
  if (items.length === 0)
    return (
      <section className="gadget-card" data-testid={`card-${id}`}>
        <h2>{title}</h2>
        <p className="esc-muted">{t('gadget.none')}</p>
      </section>
    );
  return (
    <ChartCard
      id={id}
      title={title}
      chart={<HorizontalBars items={items.map((i, n) => ({ label: i.label, value: i.count, series: n }))} />}
      table={
        <FigureTable
          caption={title}
          head={[t('gadget.top.name'), t('gadget.top.escalations')]}
          rows={items.map((i) => [i.label, i.count])}
        />
      }
    />
  );
}
