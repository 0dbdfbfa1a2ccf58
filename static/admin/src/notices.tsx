import { Banner } from '../../common/components/banner';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { useT } from '../../common/i18n';
import type { ConfigWarning, FieldError } from '../../../src/contract';
import type { Notice } from './editor-state';
import { ErrorSummary } from './error-summary';

/** What the server warns of about a saved configuration: a catch-all policy, ids the site does not list. */
function SaveWarnings({ warnings }: { warnings: ConfigWarning[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <Banner appearance="warning" testId="save-warnings" role="status">
      <p>{t('admin.save.warnings', { count: warnings.length })}</p>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{w.message}</li>
        ))}
      </ul>
    </Banner>
  );
}

/** The one message that follows an action: saved, reloaded, imported, conflict, failure or the error summary. */
export function Notices({
  notice,
  errors,
  onReload,
}: {
  notice: Notice | null;
  errors: FieldError[];
  onReload: () => void;
}) {
  const t = useT();
  switch (notice?.kind) {
    case 'saved':
      return (
        <>
          <Banner appearance="success" testId="save-success" role="status">
            {t('admin.save.done', { version: notice.version })}
          </Banner>
          <SaveWarnings warnings={notice.warnings ?? []} />
        </>
      );
    case 'reloaded':
      return (
        <Banner appearance="info" testId="reloaded" role="status">
          {t('admin.conflict.reloaded', { version: notice.version })}
        </Banner>
      );
    case 'imported':
      return (
        <Banner appearance="info" testId="imported" role="status">
          {t('admin.transfer.done')}
        </Banner>
      );
    case 'conflict':
      return (
        <Banner appearance="warning" testId="conflict-banner" role="alert" title={t('admin.conflict.title')}>
          <p>{t('admin.conflict.body')}</p>
          <Button onClick={onReload} data-testid="reload-button">
            {t('admin.conflict.reload')}
          </Button>
        </Banner>
      );
    case 'failed':
      return <ErrorBanner error={notice.error} titleKey="admin.save.failed" testId="save-error" />;
    case 'invalid':
      return errors.length > 0 ? (
        <ErrorSummary title={t('admin.save.invalid', { count: errors.length })} errors={errors} />
      ) : null;
    default:
      return null;
  }
}
