/**
 * The "Escalader mon ticket" dialog: reason (radios), details (counter, limits, required for some reasons),
 * a confirmation step, then `escalate`. A refusal is shown in plain words and the typed text is kept.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { PortalState, ResolverError } from '../../../src/contract';
import { isError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { Button } from '../../common/components/button';
import { ErrorBanner } from '../../common/components/error-banner';
import { Modal } from '../../common/components/modal';
import { useT } from '../../common/i18n';
import { validateEscalation, type FormErrors } from './validate-details';

type Step = 'form' | 'confirm';

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
  const bridge = useBridge();
  const ids = { details: useId(), hint: useId(), counter: useId(), detailsError: useId(), reasonError: useId() };
  const [step, setStep] = useState<Step>('form');
  const [reasonId, setReasonId] = useState('');
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [refusal, setRefusal] = useState<ResolverError['error'] | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const detailsRef = useRef<HTMLTextAreaElement>(null);
  const firstRadio = useRef<HTMLInputElement>(null);

  const reason = state.reasons.find((r) => r.id === reasonId);
  const nextLevel = (state.escalation?.level ?? 0) + 1;
  const { min, max } = state.details;
  const tooLong = details.length > max;

  // Keep focus inside the dialog when a step replaces the focused element.
  useEffect(() => {
    if (step === 'confirm') confirmHeading.current?.focus();
  }, [step]);
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  function goToConfirm() {
    const found = validateEscalation(state, reasonId, details, t);
    setErrors(found);
    if (found.reason) {
      firstRadio.current?.focus();
      return;
    }
    if (found.details) {
      detailsRef.current?.focus();
      return;
    }
    setStep('confirm');
  }

  async function submit() {
    if (submitting) return;
    setSubmitting(true);
    const result = await bridge.invoke('escalate', { reasonId, details: details.trim() });
    setSubmitting(false);
    if (isError(result)) {
      const fieldErrors: FormErrors = {};
      for (const f of result.error.fields ?? []) {
        if (f.path === 'details') fieldErrors.details = f.message;
        if (f.path === 'reasonId') fieldErrors.reason = f.message;
      }
      setErrors(fieldErrors);
      setRefusal(result.error);
      setStep('form');
      return;
    }
    onEscalated(result);
  }

  const footer =
    step === 'form' ? (
      <div className="esc-button-row">
        <Button appearance="subtle" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button appearance="primary" onClick={goToConfirm} data-testid="escalate-continue">
          {t('portal.modal.next')}
        </Button>
      </div>
    ) : (
      <div className="esc-button-row">
        <Button appearance="subtle" onClick={() => setStep('form')} disabled={submitting}>
          {t('portal.modal.back')}
        </Button>
        <Button appearance="primary" onClick={submit} loading={submitting} data-testid="escalate-submit">
          {submitting ? t('portal.modal.submitting') : t('portal.modal.submit')}
        </Button>
      </div>
    );

  return (
    <Modal
      title={t('portal.modal.title')}
      closeLabel={t('common.close')}
      onClose={onClose}
      footer={footer}
      testId="escalate-modal"
      inline
    >
      {refusal ? (
        <div ref={refusalRef} tabIndex={-1} className="esc-refusal">
          <ErrorBanner
            error={refusal}
            titleKey="portal.modal.refused"
            testId="escalate-refusal"
            fieldLabels={{ details: t('portal.modal.details'), reasonId: t('portal.modal.reason') }}
          />
        </div>
      ) : null}
      {step === 'form' ? (
        <form
          className="esc-stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            goToConfirm();
          }}
        >
          <fieldset
            className="esc-radio-group"
            aria-describedby={errors.reason ? ids.reasonError : undefined}
            aria-invalid={errors.reason ? true : undefined}
          >
            <legend>{t('portal.modal.reason')}</legend>
            {state.reasons.map((r, i) => (
              <label className="esc-radio" key={r.id}>
                <input
                  ref={i === 0 ? firstRadio : undefined}
                  id={`reason-${r.id}`}
                  type="radio"
                  name="reason"
                  value={r.id}
                  checked={reasonId === r.id}
                  onChange={() => {
                    setReasonId(r.id);
                    setErrors((e) => ({ ...e, reason: undefined }));
                  }}
                />
                <span>{r.label}</span>
              </label>
            ))}
            {errors.reason ? (
              <div id={ids.reasonError} className="esc-field-error">
                {errors.reason}
              </div>
            ) : null}
          </fieldset>
          <div className="esc-field">
            <label className="esc-label" htmlFor={ids.details}>
              {t('portal.modal.details')} (
              {reason?.detailsRequired ? t('portal.modal.required') : t('portal.modal.optional')})
            </label>
            <textarea
              ref={detailsRef}
              id={ids.details}
              className="esc-textarea"
              value={details}
              required={reason?.detailsRequired}
              aria-invalid={errors.details || tooLong ? true : undefined}
              aria-describedby={`${ids.hint} ${ids.counter}${errors.details ? ` ${ids.detailsError}` : ''}`}
              onChange={(e) => {
                setDetails(e.target.value);
                if (errors.details) setErrors((prev) => ({ ...prev, details: undefined }));
              }}
            />
            <div id={ids.hint} className="esc-muted">
              {t('portal.modal.hint', { min, max })}
            </div>
            <div
              id={ids.counter}
              className={`esc-counter${tooLong ? ' esc-counter--bad' : ''}`}
              data-testid="details-counter"
            >
              {t('portal.modal.counter', { count: details.length, max })}
            </div>
            {errors.details ? (
              <div id={ids.detailsError} className="esc-field-error" data-testid="details-error">
                {errors.details}
              </div>
            ) : null}
          </div>
          {/* Enter in a radio submits the form: a hidden submit keeps that keyboard path. */}
          <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
        </form>
      ) : (
        <div className="esc-stack" data-testid="escalate-confirm">
          <h3 ref={confirmHeading} tabIndex={-1}>
            {t('portal.modal.confirmTitle')}
          </h3>
          <p>{t('portal.modal.confirmText', { key: state.requestKey, level: nextLevel })}</p>
          <p>{t('portal.modal.confirmReason', { reason: reason?.label ?? reasonId })}</p>
          {details.trim() ? (
            <p className="esc-pre">{t('portal.modal.confirmDetails', { details: details.trim() })}</p>
          ) : null}
        </div>
      )}
    </Modal>
  );
}
