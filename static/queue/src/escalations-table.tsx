import { formatAgeMinutes } from '../../common/format';
import { useDates, useLocale, useT } from '../../common/i18n';
import type { QueueItem } from '../../../src/contract';

function HeaderRow() {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t('queue.col.key')}</th>
        <th scope="col">{t('queue.col.summary')}</th>
        <th scope="col">{t('queue.col.level')}</th>
        <th scope="col">{t('queue.col.age')}</th>
        <th scope="col">{t('queue.col.acknowledged')}</th>
      </tr>
    </thead>
  );
}

/** One page of escalations as a table; overdue rows first, then oldest first, whatever order they arrive in. */
export function EscalationsTable({ items, openIssue }: { items: QueueItem[]; openIssue?: (key: string) => void }) {
  const t = useT();
  const { lang } = useLocale();
  const { dateTime } = useDates();
  const rows = [...items].sort(
    (a, b) => Number(b.overdue === true) - Number(a.overdue === true) || a.escalatedAt.localeCompare(b.escalatedAt),
  );
  return (
    <table className="queue-table" data-testid="queue-table">
      <caption className="esc-visually-hidden">{t('queue.caption')}</caption>
      <HeaderRow />
      <tbody>
        {rows.map((item) => (
          <tr key={item.key} data-testid={`queue-row-${item.key}`}>
            <td>
              <a
                href={`/browse/${encodeURIComponent(item.key)}`}
                target="_top"
                onClick={(e) => {
                  if (!openIssue) return;
                  e.preventDefault();
                  openIssue(item.key);
                }}
              >
                {item.key}
              </a>
            </td>
            <td>{item.summary}</td>
            <td>{t('queue.level', { level: item.level })}</td>
            <td>
              <time dateTime={item.escalatedAt} title={t('queue.escalatedAt', { date: dateTime(item.escalatedAt) })}>
                {formatAgeMinutes(item.ageMinutes, lang)}
              </time>
            </td>
            <td>
              <span className={`esc-lozenge ${item.acknowledged ? 'esc-lozenge--success' : 'esc-lozenge--warning'}`}>
                {item.acknowledged ? t('queue.ack.yes') : t('queue.ack.no')}
              </span>
              {item.overdue ? (
                <>
                  {' '}
                  <span className="esc-lozenge esc-lozenge--danger" data-testid={`queue-overdue-${item.key}`}>
                    {t('queue.overdue')}
                  </span>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
