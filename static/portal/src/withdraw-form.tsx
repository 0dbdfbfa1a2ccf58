/**
 * "I no longer need this escalation": a button, then a small inline form with an optional note (at most 500
 * characters) and a confirmation. A refusal is shown in plain words and the note is kept.
 */
import { useEffect, useRef, useState } from 'react';
import type { PortalState } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { InlineForm, NoteField, useInlineSubmit } from '../../common/components/inline-form';
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
  const [note, setNote] = useState('');
  const { busy, refusal, send } = useInlineSubmit();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);
  const submit = () => {
    const trimmed = note.trim();
    void send(() => bridge.invoke('withdrawEscalation', trimmed ? { note: trimmed } : {}), onWithdrawn);
  };
  const banner = refusal ? (
    <ErrorBanner
      error={refusal}
      titleKey="portal.withdraw.refused"
      testId="withdraw-refusal"
      fieldLabels={{ note: t('portal.withdraw.note') }}
    />
  ) : null;
  return (
    <InlineForm
      testId="withdraw-form"
      busy={busy}
      banner={banner}
      submit={{ label: t('portal.withdraw.submit'), appearance: 'primary', testId: 'withdraw-submit' }}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <p>{t('portal.withdraw.confirm')}</p>
      <NoteField
        ref={noteRef}
        label={t('portal.withdraw.note')}
        value={note}
        maxLength={WITHDRAW_NOTE_MAX}
        onChange={setNote}
      />
    </InlineForm>
  );
}
