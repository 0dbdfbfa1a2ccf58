/**
 * A small inline form (the agent's acknowledge and close, the customer's withdrawal): a refusal banner, its fields,
 * Cancel and a submit button. Escape cancels as it would close a dialog, unless a request is on its way. The caller
 * sends through `useInlineSubmit`, which keeps the fields on a refusal and guards against double submits.
 */
import { forwardRef, useId, useState, type ReactNode } from 'react';
import { isError, type ResolverError, type Result } from '../../../src/contract';
import { useT } from '../i18n';
import { Button } from './button';

export function useInlineSubmit() {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ResolverError['error'] | null>(null);
  async function send<T>(call: () => Promise<Result<T>>, onDone: (result: T) => void): Promise<void> {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    const result = await call();
    setBusy(false);
    if (isError(result)) setRefusal(result.error);
    else onDone(result);
  }
  return { busy, refusal, send };
}

export function InlineForm({
  testId,
  busy,
  banner,
  submit,
  onSubmit,
  onCancel,
  children,
}: {
  testId: string;
  busy: boolean;
  /** The refusal banner, when the last submit was refused. */
  banner: ReactNode;
  submit: { label: string; appearance: 'primary' | 'danger'; testId?: string };
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form
      className="esc-action-form esc-stack"
      data-testid={testId}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {banner}
      {children}
      <div className="esc-button-row">
        <Button appearance="subtle" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" appearance={submit.appearance} loading={busy} data-testid={submit.testId}>
          {submit.label}
        </Button>
      </div>
    </form>
  );
}

/** A labelled control with its error message under it; the control names `errorId` in aria-describedby. */
export function LabelledField({
  id,
  label,
  error,
  errorId,
  children,
}: {
  id: string;
  label: string;
  error: string | null;
  errorId: string;
  children: ReactNode;
}) {
  return (
    <div className="esc-field">
      <label className="esc-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <div id={errorId} className="esc-field-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}

/** A note: its label, the text area, and the "required" message under it while the note is missing. */
export const NoteField = forwardRef<
  HTMLTextAreaElement,
  {
    label: string;
    value: string;
    maxLength: number;
    onChange: (value: string) => void;
    required?: boolean;
    /** Shown (and the field marked invalid) while set. */
    missingText?: string | null;
  }
>(function NoteField({ label, value, maxLength, onChange, required = false, missingText = null }, ref) {
  const id = useId();
  const errorId = useId();
  return (
    <LabelledField id={id} label={label} error={missingText} errorId={errorId}>
      <textarea
        ref={ref}
        id={id}
        className="esc-textarea"
        value={value}
        required={required}
        maxLength={maxLength}
        aria-invalid={missingText ? true : undefined}
        aria-describedby={missingText ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </LabelledField>
  );
});
