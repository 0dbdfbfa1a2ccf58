/**
 * "I no longer need this escalation": a button, then a small inline form with an optional note (at most 500
 * characters) and a confirmation. A refusal is shown in plain words and the note is kept.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PortalState, ResolverError } from '../../../src/contract';
import { isError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { useT } from '../../common/i18n';

export const WITHDRAW_NOTE_MAX = 500;

export function WithdrawEscalation({ onWithdrawn }: { onWithdrawn: (next: PortalState) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p>
        <Button appearance="link" onClick={() => setOpen(true)} data-testid="withdraw-link">
          {t('portal.withdraw.link')}
        </Button>
      </p>
    );
  }
  return <WithdrawForm onCancel={() => setOpen(false)} onWithdrawn={onWithdrawn} />;
}

function WithdrawForm({ onCancel, onWithdrawn }: { onCancel: () => void; onWithdrawn: (next: PortalState) => void }) {
  const t = useT();
  const bridge = useBridge();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ResolverError['error'] | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    const trimmed = note.trim();
    const result = await bridge.invoke('withdrawEscalation', trimmed ? { note: trimmed } : {});
    setBusy(false);
    if (isError(result)) setRefusal(result.error);
    else onWithdrawn(result);
  }

  return (
    <form
      className="esc-action-form esc-stack"
      data-testid="withdraw-form"
      noValidate
      onKeyDown={(e) => {
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
          titleKey="portal.withdraw.refused"
          testId="withdraw-refusal"
          fieldLabels={{ note: t('portal.withdraw.note') }}
        />
      ) : null}
      <p>{t('portal.withdraw.confirm')}</p>
      <div className="esc-field">
        <label className="esc-label" htmlFor={noteId}>
          {t('portal.withdraw.note')}
        </label>
        <textarea
          ref={noteRef}
          id={noteId}
          className="esc-textarea"
          value={note}
          maxLength={WITHDRAW_NOTE_MAX}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="esc-button-row">
        <Button appearance="subtle" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" appearance="primary" loading={busy} data-testid="withdraw-submit">
          {t('portal.withdraw.submit')}
        </Button>
      </div>
    </form>
  );
}
