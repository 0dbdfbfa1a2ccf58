import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
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
import { PoliciesSection } from './policies/policies-section';
import { PreviewPanel } from './preview-panel';
import { RevealProvider, SectionTabs, TabPanel } from './section-tabs';
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
import { SECTIONS } from './sections/section-map';
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

/** Each tab's content, by section id (see `SECTIONS`). The preview sits beside the matrix it previews. */
function panels(draft: Config, saved: ConfigEnvelope, onImported: (c: Config) => void): Record<string, ReactNode> {
  return {
    general: <GeneralSection />,
    fields: <FieldsSection />,
    matrix: (
      <>
        <MatrixSection />
        <PreviewPanel config={draft} />
      </>
    ),
    timer: <TimerSection />,
    calendar: <CalendarSection />,
    critical: <CriticalSection />,
    portal: <PortalSection />,
    followUp: <FollowUpSection />,
    reasons: <ReasonsSection />,
    levels: <LevelsSection />,
    effects: <EffectsSection />,
    policies: <PoliciesSection />,
    transfer: <ImportExport config={draft} version={saved.version} onImported={onImported} />,
  };
}

/** The selected tab, and `reveal`: select the tab that holds a control, then focus it. */
function useTabs() {
  const [selected, setSelected] = useState(SECTIONS[0].id);
  const reveal = useCallback((el: HTMLElement) => {
    const id = el.closest<HTMLElement>('[role="tabpanel"]')?.dataset.section;
    // Synchronously, so the control is visible (focusable) right after.
    if (id) flushSync(() => setSelected(id));
    el.scrollIntoView?.({ block: 'center' });
    el.focus();
  }, []);
  return { selected, setSelected, reveal };
}

function AdminLayout({ state, saved, draft }: { state: ConfigEditor; saved: ConfigEnvelope; draft: Config }) {
  const [confirmReload, setConfirmReload] = useState(false);
  const { selected, setSelected, reveal } = useTabs();
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
  const content = panels(draft, saved, state.imported);

  return (
    <main className="admin" data-testid="admin-page">
      <AdminHeader saved={saved} draft={draft} state={state} />
      <RevealProvider value={reveal}>
        <div ref={summaryRef} aria-live="polite">
          <Notices notice={state.notice} errors={state.errors} onReload={() => setConfirmReload(true)} />
        </div>
        <div className="admin-body">
          <SectionTabs
            selected={selected}
            onSelect={setSelected}
            errors={state.errors}
            draft={draft}
            saved={saved.config}
          />
          <div className="admin-sections" onBlur={onBlur}>
            {SECTIONS.map((s) => (
              <TabPanel key={s.id} id={s.id} selected={s.id === selected}>
                {content[s.id]}
              </TabPanel>
            ))}
          </div>
        </div>
      </RevealProvider>
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

/** Title, stored version, "unsaved changes" and Save. */
function AdminHeader({ saved, draft, state }: { saved: ConfigEnvelope; draft: Config; state: ConfigEditor }) {
  const t = useT();
  return (
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
