import { useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { Modal } from '../../common/components/modal';
import { Loading } from '../../common/components/spinner';
import { useT } from '../../common/i18n';
import type { Config, ConfigEnvelope } from '../../../src/contract';
import { sameConfig } from './draft';
import { EditorProvider, type Editor } from './editor-context';
import { ImportExport } from './import-export';
import { Notices } from './notices';
import { PreviewPanel } from './preview-panel';
import { SectionNav } from './section-nav';
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
import { useConfigEditor, type ConfigEditor } from './use-config-editor';

const FIELD_ID = /^cfg-(.+)$/;

/** The admin page: load the stored config, edit a draft of it, preview, save with optimistic concurrency. */
export function AdminApp() {
  const state = useConfigEditor();
  const { draft, saved, errors, update } = state;
  const editor: Editor | null = useMemo(
    () => (draft ? { config: draft, update, errors } : null),
    [draft, update, errors],
  );
  if (state.loadError)
    return <ErrorBanner error={state.loadError} titleKey="admin.loadFailed" testId="load-error" calm />;
  if (!saved || !draft || !editor) return <Loading />;
  return (
    <EditorProvider editor={editor}>
      <AdminLayout state={state} saved={saved} draft={draft} />
    </EditorProvider>
  );
}

function AdminLayout({ state, saved, draft }: { state: ConfigEditor; saved: ConfigEnvelope; draft: Config }) {
  const t = useT();
  const [confirmReload, setConfirmReload] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.notice?.kind === 'invalid')
      summaryRef.current?.querySelector<HTMLElement>('[data-testid="error-summary"]')?.focus();
  }, [state.notice]);

  // Every control that edits a config value has the id `cfg-<path>`, or sits in a group that has one (the
  // working days): leaving it checks that value.
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const owner = FIELD_ID.test(e.target.id) ? e.target : e.target.closest<HTMLElement>('fieldset[id^="cfg-"]');
    const path = owner ? FIELD_ID.exec(owner.id)?.[1] : undefined;
    if (path) void state.validateField(path);
  };

  return (
    <main className="admin" data-testid="admin-page">
      <header className="admin-header">
        <h1>{t('admin.title')}</h1>
        <div className="admin-status">
          <span data-testid="config-version">{t('admin.version', { version: saved.version })}</span>
          {!sameConfig(draft, saved.config) && (
            <span className="esc-lozenge esc-lozenge--warning" data-testid="unsaved-indicator" role="status">
              {t('admin.unsaved')}
            </span>
          )}
          <Button appearance="primary" onClick={state.save} loading={state.saving} data-testid="save-button">
            {t('admin.save.button')}
          </Button>
        </div>
      </header>
      <div className="admin-body">
        <SectionNav errors={state.errors} draft={draft} saved={saved.config} />
        <div className="admin-sections" onBlur={onBlur}>
          <div ref={summaryRef} aria-live="polite">
            <Notices notice={state.notice} errors={state.errors} onReload={() => setConfirmReload(true)} />
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
          <ImportExport config={draft} version={saved.version} onImported={state.imported} />
        </div>
      </div>
      {confirmReload && (
        <ReloadConfirm
          onCancel={() => setConfirmReload(false)}
          onConfirm={() => {
            setConfirmReload(false);
            void state.reload();
          }}
        />
      )}
    </main>
  );
}

/** "Discard your changes?" before loading the newer stored configuration over the draft. */
function ReloadConfirm({ onCancel, onConfirm }: { onCancel: () => void; onConfirm: () => void }) {
  const t = useT();
  return (
    <Modal
      title={t('admin.conflict.confirmTitle')}
      onClose={onCancel}
      closeLabel={t('admin.common.close')}
      testId="reload-confirm"
      footer={
        <div className="esc-button-row">
          <Button appearance="subtle" onClick={onCancel}>
            {t('admin.common.cancel')}
          </Button>
          <Button appearance="danger" onClick={onConfirm} data-testid="reload-confirm-button">
            {t('admin.conflict.confirm')}
          </Button>
        </div>
      }
    >
      <p>{t('admin.conflict.confirmBody')}</p>
    </Modal>
  );
}
