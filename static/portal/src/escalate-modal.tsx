/**
 * The "Escalader mon ticket" dialog: reason (radios), details (counter, limits, required for some reasons),
 * a confirmation step, then `escalate`. A refusal is shown in plain words and the typed text is kept.
 * State and focus: use-escalate-form.ts; the steps: escalate-steps.tsx.
 */
import type { PortalState } from '../../../src/contract';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { Modal } from '../../common/components/modal';
import { useT } from '../../common/i18n';
import { ConfirmStep, ReasonStep } from './escalate-steps';
import { useEscalateForm, type EscalateForm } from './use-escalate-form';

function Footer({ form, onClose }: { form: EscalateForm; onClose: () => void }) {
  const t = useT();
  if (form.step === 'form')
    return (
      <div className="esc-button-row">
        <Button appearance="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button appearance="primary" onClick={form.goToConfirm} data-testid="escalate-continue">
          {t('portal.modal.next')}
        </Button>
      </div>
    );
  return (
    <div className="esc-button-row">
      <Button appearance="subtle" onClick={form.back} disabled={form.submitting}>
        {t('portal.modal.back')}
      </Button>
      <Button appearance="primary" onClick={form.submit} loading={form.submitting} data-testid="escalate-submit">
        {form.submitting ? t('portal.modal.submitting') : t('portal.modal.submit')}
      </Button>
    </div>
  );
}

export function EscalateModal({
  state,
  onClose,
  onEscalated,
}: {
  state: PortalState;
  onClose: () => void;
  onEscalated: (next: PortalState) => void;
}) {
  const t = useT();
  const form = useEscalateForm(state, onEscalated);
  return (
    <Modal
      title={t('portal.modal.title')}
      closeLabel={t('common.close')}
      onClose={onClose}
      footer={<Footer form={form} onClose={onClose} />}
      testId="escalate-modal"
      inline
    >
      {form.refusal ? (
        <div ref={form.refs.refusal} tabIndex={-1} className="esc-refusal">
          <ErrorBanner
            error={form.refusal}
            titleKey="portal.modal.refused"
            testId="escalate-refusal"
            fieldLabels={{ details: t('portal.modal.details'), reasonId: t('portal.modal.reason') }}
          />
        </div>
      ) : null}
      {form.step === 'form' ? <ReasonStep state={state} form={form} /> : <ConfirmStep state={state} form={form} />}
    </Modal>
  );
}
