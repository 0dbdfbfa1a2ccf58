import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBridge } from '../../common/bridge';
import { Banner } from '../../common/components/banner';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { Modal } from '../../common/components/modal';
import { Loading } from '../../common/components/spinner';
import { useT } from '../../common/i18n';
import { isError, type Config, type ConfigEnvelope, type FieldError, type ResolverError } from '../../../src/contract';
import { configFieldErrors, sameConfig, setIn, type Path } from './draft';
import { EditorProvider, type Editor } from './editor-context';
import { ErrorSummary } from './error-summary';
import { ImportExport } from './import-export';
import { PreviewPanel } from './preview-panel';
import { CalendarSection } from './sections/calendar-section';
import { CriticalSection } from './sections/critical-section';
import { EffectsSection } from './sections/effects-section';
import { FieldsSection } from './sections/fields-section';
import { FollowUpSection } from './sections/follow-up-section';
import { GeneralSection } from './sections/general-section';
import { LevelsSection } from './sections/levels-section';
import { MatrixSection } from './sections/matrix-section';
import { PortalSection } from './sections/portal-section';
import { ReasonsSection } from './sections/reasons-section';
import { TimerSection } from './sections/timer-section';

type Notice =
  | { kind: 'saved'; version: number }
  | { kind: 'invalid' }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: ResolverError['error'] }
  | { kind: 'imported' }
  | { kind: 'reloaded'; version: number };

/** The admin page: load the stored config, edit a draft of it, preview, save with optimistic concurrency. */
export function AdminApp() {
  const t = useT();
  const bridge = useBridge();
  const [loadError, setLoadError] = useState<ResolverError['error'] | null>(null);
  const [saved, setSaved] = useState<ConfigEnvelope | null>(null);
  const [draft, setDraft] = useState<Config | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmReload, setConfirmReload] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const load = useCallback(
    async (after?: (v: number) => Notice) => {
      const r = await bridge.invoke('getConfig');
      if (isError(r)) {
        setLoadError(r.error);
        return;
      }
      setLoadError(null);
      setSaved(r);
      setDraft(r.config);
      setErrors([]);
      setNotice(after ? after(r.version) : null);
    },
    [bridge],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const update = useCallback((path: Path, value: unknown) => {
    setDraft((prev) => (prev ? setIn(prev, path, value) : prev));
    // An edited field's old error no longer describes it.
    setErrors((prev) => prev.filter((e) => e.path !== path && !e.path.startsWith(`${path}.`)));
  }, []);

  const editor: Editor | null = useMemo(
    () => (draft ? { config: draft, update, errors } : null),
    [draft, update, errors],
  );

  useEffect(() => {
    if (notice?.kind === 'invalid')
      summaryRef.current?.querySelector<HTMLElement>('[data-testid="error-summary"]')?.focus();
  }, [notice]);

  if (loadError) return <ErrorBanner error={loadError} titleKey="admin.loadFailed" testId="load-error" calm />;
  if (!saved || !draft || !editor) return <Loading />;

  const dirty = !sameConfig(draft, saved.config);

  const save = async () => {
    setSaving(true);
    const r = await bridge.invoke('saveConfig', { config: draft, expectedVersion: saved.version });
    setSaving(false);
    if (isError(r)) {
      if (r.error.code === 'INVALID_INPUT') {
        // The resolver reports paths from its payload (`config.matrix…`); the editor's fields are config paths.
        setErrors(configFieldErrors(r.error.fields));
        setNotice({ kind: 'invalid' });
      } else if (r.error.code === 'CONFLICT') {
        setNotice({ kind: 'conflict' });
      } else {
        setNotice({ kind: 'failed', error: r.error });
      }
      return;
    }
    // The server answers the stored envelope; its config may be normalised (trimmed text).
    const config = r.config ?? draft;
    const version = typeof r.version === 'number' ? r.version : saved.version + 1;
    setSaved({ config, version });
    setDraft(config);
    setErrors([]);
    setNotice({ kind: 'saved', version });
  };

  const reload = async () => {
    setConfirmReload(false);
    await load((version) => ({ kind: 'reloaded', version }));
  };

  return (
    <EditorProvider editor={editor}>
      <main className="admin" data-testid="admin-page">
        <header className="admin-header">
          <h1>{t('admin.title')}</h1>
          <div className="admin-status">
            <span data-testid="config-version">{t('admin.version', { version: saved.version })}</span>
            {dirty && (
              <span className="esc-lozenge esc-lozenge--warning" data-testid="unsaved-indicator" role="status">
                {t('admin.unsaved')}
              </span>
            )}
            <Button appearance="primary" onClick={save} loading={saving} data-testid="save-button">
              {t('admin.save.button')}
            </Button>
          </div>
        </header>

        <div ref={summaryRef} aria-live="polite">
          {notice?.kind === 'saved' && (
            <Banner appearance="success" testId="save-success" role="status">
              {t('admin.save.done', { version: notice.version })}
            </Banner>
          )}
          {notice?.kind === 'reloaded' && (
            <Banner appearance="info" testId="reloaded" role="status">
              {t('admin.conflict.reloaded', { version: notice.version })}
            </Banner>
          )}
          {notice?.kind === 'imported' && (
            <Banner appearance="info" testId="imported" role="status">
              {t('admin.transfer.done')}
            </Banner>
          )}
          {notice?.kind === 'conflict' && (
            <Banner appearance="warning" testId="conflict-banner" role="alert" title={t('admin.conflict.title')}>
              <p>{t('admin.conflict.body')}</p>
              <Button onClick={() => setConfirmReload(true)} data-testid="reload-button">
                {t('admin.conflict.reload')}
              </Button>
            </Banner>
          )}
          {notice?.kind === 'failed' && (
            <ErrorBanner error={notice.error} titleKey="admin.save.failed" testId="save-error" />
          )}
          {notice?.kind === 'invalid' && errors.length > 0 && (
            <ErrorSummary title={t('admin.save.invalid', { count: errors.length })} errors={errors} />
          )}
        </div>

        <GeneralSection />
        <FieldsSection />
        <MatrixSection />
        <PreviewPanel config={draft} />
        <TimerSection />
        <CalendarSection />
        <CriticalSection />
        <PortalSection />
        <FollowUpSection />
        <ReasonsSection />
        <LevelsSection />
        <EffectsSection />
        <ImportExport
          config={draft}
          version={saved.version}
          onImported={(config) => {
            setDraft(config);
            setErrors([]);
            setNotice({ kind: 'imported' });
          }}
        />

        {confirmReload && (
          <Modal
            title={t('admin.conflict.confirmTitle')}
            onClose={() => setConfirmReload(false)}
            closeLabel={t('admin.common.close')}
            testId="reload-confirm"
            footer={
              <div className="esc-button-row">
                <Button appearance="subtle" onClick={() => setConfirmReload(false)}>
                  {t('admin.common.cancel')}
                </Button>
                <Button appearance="danger" onClick={reload} data-testid="reload-confirm-button">
                  {t('admin.conflict.confirm')}
                </Button>
              </div>
            }
          >
            <p>{t('admin.conflict.confirmBody')}</p>
          </Modal>
        )}
      </main>
    </EditorProvider>
  );
}
