/**
 * "Prendre en charge" (optional note) and "Clore l'escalade" (a closing reason; a note, required by some reasons,
 * which the agent may show to the customer), each a small inline form.
 * A refusal is shown in plain words and the note is kept.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AgentState, ResolverError } from '../../../src/contract';
import { isError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { useT } from '../../common/i18n';

type Action = 'acknowledge' | 'close';

type CloseReason = AgentState['closeReasons'][number];

function ActionForm({
  action,
  closeReasons,
  onCancel,
  onDone,
}: {
  action: Action;
  closeReasons: CloseReason[];
  onCancel: () => void;
  onDone: (result: unknown) => void;
}) {
  const t = useT();
  const bridge = useBridge();
  const noteId = useId();
  const errorId = useId();
  const reasonId = useId();
  const publicId = useId();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [notePublic, setNotePublic] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const noteRequired = action === 'close' && closeReasons.find((r) => r.id === reason)?.noteRequired === true;
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ResolverError['error'] | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const ns = action === 'acknowledge' ? 'agent.ack' : 'agent.close';

  useEffect(() => (action === 'close' ? reasonRef.current : noteRef.current)?.focus(), [action]);

  async function submit() {
    if (busy) return;
    const trimmed = note.trim();
    if (action === 'close' && !reason) {
      setReasonMissing(true);
      reasonRef.current?.focus();
      return;
    }
    if (noteRequired && !trimmed) {
      setMissing(true);
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    setRefusal(null);
    const result =
      action === 'acknowledge'
        ? await bridge.invoke('acknowledge', trimmed ? { note: trimmed } : {})
        : await bridge.invoke('closeEscalation', {
            reasonId: reason,
            ...(trimmed ? { note: trimmed, notePublic } : {}),
          });
    setBusy(false);
    if (isError(result)) {
      setRefusal(result.error);
      return;
    }
    onDone(result);
  }

  return (
    <form
      className="esc-action-form esc-stack"
      data-testid={`${action}-form`}
      noValidate
      onKeyDown={(e) => {
        // Escape closes the inline form as it would a dialog (unless a request is on its way).
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {refusal ? (
        <ErrorBanner
          error={refusal}
          titleKey="agent.refused"
          testId={`${action}-refusal`}
          fieldLabels={{ note: t(`${ns}.note`), reasonId: t('agent.close.reason') }}
          scope="agent"
        />
      ) : null}
      {action === 'close' ? (
        <div className="esc-field">
          <label className="esc-label" htmlFor={reasonId}>
            {t('agent.close.reason')}
          </label>
          <select
            ref={reasonRef}
            id={reasonId}
            className="esc-select"
            value={reason}
            required
            aria-invalid={reasonMissing || undefined}
            data-testid="close-reason"
            onChange={(e) => {
              setReason(e.target.value);
              setReasonMissing(false);
            }}
          >
            <option value="">{t('agent.close.chooseReason')}</option>
            {closeReasons.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
          {reasonMissing ? <div className="esc-field-error">{t('agent.close.reasonRequired')}</div> : null}
        </div>
      ) : null}
      <div className="esc-field">
        <label className="esc-label" htmlFor={noteId}>
          {action === 'close' && !noteRequired ? t('agent.close.noteOptional') : t(`${ns}.note`)}
        </label>
        <textarea
          ref={noteRef}
          id={noteId}
          className="esc-textarea"
          value={note}
          required={noteRequired}
          maxLength={2000}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
          onChange={(e) => {
            setNote(e.target.value);
            if (missing) setMissing(false);
          }}
        />
        {missing ? (
          <div id={errorId} className="esc-field-error">
            {t('agent.close.noteRequired')}
          </div>
        ) : null}
      </div>
      {action === 'close' ? (
        <div className="esc-field">
          <input
            id={publicId}
            type="checkbox"
            checked={notePublic}
            data-testid="close-note-public"
            onChange={(e) => setNotePublic(e.target.checked)}
          />{' '}
          <label htmlFor={publicId}>{t('agent.close.notePublic')}</label>
        </div>
      ) : null}
      <div className="esc-button-row">
        <Button appearance="subtle" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" appearance={action === 'close' ? 'danger' : 'primary'} loading={busy}>
          {t(`${ns}.submit`)}
        </Button>
      </div>
    </form>
  );
}

export function AgentActions({
  state,
  onDone,
}: {
  state: AgentState;
  onDone: (action: Action, result: unknown) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState<Action | null>(null);
  // Cancel and Escape give focus back to the button that opened the form.
  const returnTo = useRef<Action | null>(null);
  const buttons = { acknowledge: useRef<HTMLButtonElement>(null), close: useRef<HTMLButtonElement>(null) };
  useEffect(() => {
    if (open || !returnTo.current) return;
    buttons[returnTo.current].current?.focus();
    returnTo.current = null;
  });
  const canAct = state.kind === 'escalated' && state.level > 0 && !state.closed;
  if (!canAct) return null;
  if (open) {
    return (
      <ActionForm
        key={open}
        action={open}
        closeReasons={state.closeReasons ?? []}
        onCancel={() => {
          returnTo.current = open;
          setOpen(null);
        }}
        onDone={(result) => {
          setOpen(null);
          onDone(open, result);
        }}
      />
    );
  }
  return (
    <div className="esc-button-row esc-button-row--start" data-testid="agent-actions">
      {!state.acknowledged ? (
        <Button ref={buttons.acknowledge} appearance="primary" onClick={() => setOpen('acknowledge')}>
          {t('agent.actions.acknowledge')}
        </Button>
      ) : null}
      <Button ref={buttons.close} onClick={() => setOpen('close')}>
        {t('agent.actions.close')}
      </Button>
    </div>
  );
}
