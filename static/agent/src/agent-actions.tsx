/**
 * "Prendre en charge" (optional note) and "Clore l'escalade" (note required), each a small inline form.
 * A refusal is shown in plain words and the note is kept.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { AgentState, ResolverError } from '../../../src/contract';
import { isError } from '../../../src/contract';
import { useBridge, type Bridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { useT } from '../../common/i18n';

type Action = 'acknowledge' | 'close';

/** The note: optional to acknowledge, required to close (its error says so). */
function NoteField(props: {
  label: string;
  noteRef: RefObject<HTMLTextAreaElement>;
  note: string;
  required: boolean;
  missing: boolean;
  onChange: (text: string) => void;
}) {
  const t = useT();
  const noteId = useId();
  const errorId = useId();
  return (
    <div className="esc-field">
      <label className="esc-label" htmlFor={noteId}>
        {props.label}
      </label>
      <textarea
        ref={props.noteRef}
        id={noteId}
        className="esc-textarea"
        value={props.note}
        required={props.required}
        maxLength={2000}
        aria-invalid={props.missing || undefined}
        aria-describedby={props.missing ? errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.missing ? (
        <div id={errorId} className="esc-field-error">
          {t('agent.close.noteRequired')}
        </div>
      ) : null}
    </div>
  );
}

const send = (bridge: Bridge, action: Action, note: string) =>
  action === 'acknowledge'
    ? bridge.invoke('acknowledge', note ? { note } : {})
    : bridge.invoke('closeEscalation', { note });

/** The note, its check (required to close), the call and its refusal; focus starts in the note. */
function useActionForm(action: Action, onDone: (result: unknown) => void) {
  const bridge = useBridge();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ResolverError['error'] | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => noteRef.current?.focus(), []);

  async function submit() {
    if (busy) return;
    const trimmed = note.trim();
    if (action === 'close' && !trimmed) {
      setMissing(true);
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    setRefusal(null);
    const result = await send(bridge, action, trimmed);
    setBusy(false);
    if (isError(result)) {
      setRefusal(result.error);
      return;
    }
    onDone(result);
  }

  return { note, setNote, missing, setMissing, busy, refusal, noteRef, submit };
}

function ActionForm({
  action,
  onCancel,
  onDone,
}: {
  action: Action;
  onCancel: () => void;
  onDone: (result: unknown) => void;
}) {
  const t = useT();
  const { note, setNote, missing, setMissing, busy, refusal, noteRef, submit } = useActionForm(action, onDone);
  const ns = action === 'acknowledge' ? 'agent.ack' : 'agent.close';

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
          fieldLabels={{ note: t(`${ns}.note`) }}
        />
      ) : null}
      <NoteField
        label={t(`${ns}.note`)}
        noteRef={noteRef}
        note={note}
        required={action === 'close'}
        missing={missing}
        onChange={(text) => {
          setNote(text);
          if (missing) setMissing(false);
        }}
      />
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
