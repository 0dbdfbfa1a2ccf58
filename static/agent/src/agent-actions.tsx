/**
 * "Prendre en charge" (optional note) and "Clore l'escalade" (a closing reason; a note, required by some reasons,
 * which the agent may show to the customer), each a small inline form.
 * A refusal is shown in plain words and the note is kept.
 */
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import type { AgentState } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { InlineForm, LabelledField, NoteField, useInlineSubmit } from '../../common/components/inline-form';
import { useT } from '../../common/i18n';

type Action = 'acknowledge' | 'close';

type CloseReason = AgentState['closeReasons'][number];

/** The closing reason: required; its options are the configured reasons, in their order. */
const ReasonField = forwardRef<
  HTMLSelectElement,
  { reasons: CloseReason[]; value: string; missing: boolean; onChange: (id: string) => void }
>(function ReasonField({ reasons, value, missing, onChange }, ref) {
  const t = useT();
  const id = useId();
  const errorId = useId();
  const error = missing ? t('agent.close.reasonRequired') : null;
  return (
    <LabelledField id={id} label={t('agent.close.reason')} error={error} errorId={errorId}>
      <select
        ref={ref}
        id={id}
        className="esc-select"
        value={value}
        required
        aria-invalid={missing || undefined}
        aria-describedby={missing ? errorId : undefined}
        data-testid="close-reason"
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('agent.close.chooseReason')}</option>
        {reasons.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
});

function PublicNoteField({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="esc-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        data-testid="close-note-public"
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      <label htmlFor={id}>{t('agent.close.notePublic')}</label>
    </div>
  );
}

/** The form's draft and its checks: a close needs a reason, and a note when its reason says so. */
function useActionDraft(action: Action, closeReasons: CloseReason[], onDone: (result: unknown) => void) {
  const bridge = useBridge();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [notePublic, setNotePublic] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  const [noteMissing, setNoteMissing] = useState(false);
  const { busy, refusal, send } = useInlineSubmit();
  const reasonRef = useRef<HTMLSelectElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const noteRequired = action === 'close' && closeReasons.find((r) => r.id === reason)?.noteRequired === true;

  useEffect(() => (action === 'close' ? reasonRef.current : noteRef.current)?.focus(), [action]);

  function submit() {
    const trimmed = note.trim();
    if (action === 'close' && !reason) {
      setReasonMissing(true);
      reasonRef.current?.focus();
    } else if (noteRequired && !trimmed) {
      setNoteMissing(true);
      noteRef.current?.focus();
    } else if (action === 'acknowledge') {
      void send(() => bridge.invoke('acknowledge', trimmed ? { note: trimmed } : {}), onDone);
    } else {
      const payload = { reasonId: reason, ...(trimmed ? { note: trimmed, notePublic } : {}) };
      void send(() => bridge.invoke('closeEscalation', payload), onDone);
    }
  }
  const editNote = (value: string) => {
    setNote(value);
    setNoteMissing(false);
  };
  const chooseReason = (id: string) => {
    setReason(id);
    setReasonMissing(false);
  };
  return {
    note,
    editNote,
    reason,
    chooseReason,
    notePublic,
    setNotePublic,
    reasonMissing,
    noteMissing,
    noteRequired,
    busy,
    refusal,
    reasonRef,
    noteRef,
    submit,
  };
}

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
  const d = useActionDraft(action, closeReasons, onDone);
  const ns = action === 'acknowledge' ? 'agent.ack' : 'agent.close';
  const banner = d.refusal ? (
    <ErrorBanner
      error={d.refusal}
      titleKey="agent.refused"
      testId={`${action}-refusal`}
      fieldLabels={{ note: t(`${ns}.note`), reasonId: t('agent.close.reason') }}
    />
  ) : null;
  return (
    <InlineForm
      testId={`${action}-form`}
      busy={d.busy}
      banner={banner}
      submit={{ label: t(`${ns}.submit`), appearance: action === 'close' ? 'danger' : 'primary' }}
      onSubmit={d.submit}
      onCancel={onCancel}
    >
      {action === 'close' ? (
        <ReasonField
          ref={d.reasonRef}
          reasons={closeReasons}
          value={d.reason}
          missing={d.reasonMissing}
          onChange={d.chooseReason}
        />
      ) : null}
      <NoteField
        ref={d.noteRef}
        label={action === 'close' && !d.noteRequired ? t('agent.close.noteOptional') : t(`${ns}.note`)}
        value={d.note}
        maxLength={2000}
        required={d.noteRequired}
        missingText={d.noteMissing ? t('agent.close.noteRequired') : null}
        onChange={d.editNote}
      />
      {action === 'close' ? <PublicNoteField checked={d.notePublic} onChange={d.setNotePublic} /> : null}
    </InlineForm>
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
