/** The request's history for agents: follow-ups, escalations, reminders, acknowledgements and closes, with email outcomes. */
import type { TimelineEntry, TimelineNotify } from '../../../src/contract';
import { useDates, useT } from '../../common/i18n';

/** One lozenge, one statement: the reason when there is one ("Pas de courriel : …"), else the outcome. */
function notifyText(
  t: (k: string, p?: Record<string, string | number>) => string,
  notify: TimelineNotify,
  reason?: string,
): string {
  if (reason && notify.outcome === 'none') return t(`agent.notify.${reason}`);
  if (notify.outcome === 'sent') {
    return notify.recipients?.length
      ? t('agent.notify.sentTo', { names: notify.recipients.join(', ') })
      : t('agent.notify.sent');
  }
  return t(`agent.notify.${notify.outcome}`);
}

const LOZENGE: Record<TimelineNotify['outcome'], string> = {
  sent: 'success',
  failed: 'danger',
  mailDisabled: 'warning',
  // Notify got no answer: the email may be out, and is never sent again.
  unknown: 'warning',
  none: 'info',
};

function Entry({ entry }: { entry: TimelineEntry }) {
  const t = useT();
  const { dateTime } = useDates();
  const who = entry.by.displayName;
  let title: string;
  const lines: string[] = [];
  let notify: { notify: TimelineNotify; reason?: string } | undefined;
  switch (entry.type) {
    case 'followUp':
      title = t('agent.timeline.followUp', { who });
      notify = { notify: entry.notify, reason: entry.reason };
      break;
    case 'escalation':
      title = t('agent.timeline.escalation', { who, level: entry.level });
      lines.push(t('agent.timeline.reason', { reason: entry.reasonLabel }));
      if (entry.details) lines.push(t('agent.timeline.details', { details: entry.details }));
      if (entry.notify) notify = { notify: entry.notify, reason: entry.reason };
      break;
    case 'acknowledged':
      title = t('agent.timeline.acknowledged', { who, level: entry.level });
      if (entry.note) lines.push(t('agent.timeline.note', { note: entry.note }));
      break;
    case 'overdue':
      title = t('agent.timeline.overdue', { level: entry.level });
      if (entry.notify) notify = { notify: entry.notify };
      break;
    case 'closed':
      title = t('agent.timeline.closed', { who, level: entry.level });
      if (entry.reasonLabel) lines.push(t('agent.timeline.closeReason', { reason: entry.reasonLabel }));
      if (entry.note) lines.push(t('agent.timeline.note', { note: entry.note }));
      if (entry.note && entry.notePublic) lines.push(t('agent.timeline.notePublic'));
      break;
    case 'withdrawn':
      title = t('agent.timeline.withdrawn', { who, level: entry.level });
      if (entry.note) lines.push(t('agent.timeline.note', { note: entry.note }));
      break;
  }
  return (
    <li className={`esc-timeline__item esc-timeline__item--${entry.type}`} data-testid={`timeline-${entry.type}`}>
      <div className="esc-timeline__head">
        <strong>{title}</strong>{' '}
        <time dateTime={entry.at} className="esc-muted">
          {dateTime(entry.at)}
        </time>
      </div>
      {lines.map((line) => (
        <p key={line} className="esc-pre">
          {line}
        </p>
      ))}
      {notify ? (
        <p>
          <span className={`esc-lozenge esc-lozenge--${LOZENGE[notify.notify.outcome]}`} data-testid="notify">
            {notifyText(t, notify.notify, notify.reason)}
          </span>
        </p>
      ) : null}
    </li>
  );
}

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useT();
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section aria-labelledby="esc-timeline-title">
      <h3 id="esc-timeline-title">{t('agent.timeline.title')}</h3>
      {sorted.length === 0 ? (
        <p className="esc-muted">{t('agent.timeline.empty')}</p>
      ) : (
        <ol className="esc-timeline" data-testid="timeline">
          {sorted.map((entry, i) => (
            <Entry key={`${entry.type}-${entry.at}-${i}`} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
