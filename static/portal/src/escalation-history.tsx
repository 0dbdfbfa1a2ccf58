/** The whole life of the request's escalations, for the customer: each step with its date, no level numbers. */
import type { PortalHistoryStep } from '../../../src/contract';
import { useDates, useT } from '../../common/i18n';

function stepText(t: (k: string, p?: Record<string, string>) => string, step: PortalHistoryStep, date: string) {
  switch (step.kind) {
    case 'escalated':
      return t('portal.history.escalated', { date, reason: step.reasonLabel ?? '' });
    case 'acknowledged':
      return t('portal.history.acknowledged', { date });
    case 'closed':
      return step.reasonLabel
        ? t('portal.history.closedReason', { date, reason: step.reasonLabel })
        : t('portal.history.closed', { date });
    case 'withdrawn':
      return t('portal.history.withdrawn', { date });
  }
}

export function EscalationHistory({ steps }: { steps: PortalHistoryStep[] }) {
  const t = useT();
  const { dateTime } = useDates();
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="esc-history-title" data-testid="escalation-history">
      <h3 id="esc-history-title" className="esc-label">
        {t('portal.history.title')}
      </h3>
      <ol className="esc-timeline">
        {steps.map((step, i) => (
          <li key={`${step.kind}-${step.at}-${i}`} data-testid={`history-${step.kind}`}>
            <span>{stepText(t, step, dateTime(step.at))}</span>
            {step.note ? <p className="esc-pre">{t('portal.history.note', { note: step.note })}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
