/**
 * The state of the "Escalader mon ticket" dialog: the step, the chosen reason and details, the field errors and
 * the server's refusal, and the focus moves between steps; `goToConfirm` checks the form, `submit` calls `escalate`.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { PortalState, ResolverError } from '../../../src/contract';
import { isError } from '../../../src/contract';
import { useBridge } from '../../common/bridge';
import { useT } from '../../common/i18n';
import { validateEscalation, type FormErrors } from './validate-details';

export type Step = 'form' | 'confirm';

/** The server's field errors, on the form's fields. */
function fieldErrorsOf(error: ResolverError['error']): FormErrors {
  const fieldErrors: FormErrors = {};
  for (const f of error.fields ?? []) {
    if (f.path === 'details') fieldErrors.details = f.message;
    if (f.path === 'reasonId') fieldErrors.reason = f.message;
  }
  return fieldErrors;
}

interface Refs {
  confirmHeading: RefObject<HTMLHeadingElement>;
  refusal: RefObject<HTMLDivElement>;
}

/** Keeps focus inside the dialog when a step (or the refusal) replaces the focused element. */
function useStepFocus(step: Step, refusal: unknown, refs: Refs): void {
  useEffect(() => {
    if (step === 'confirm') refs.confirmHeading.current?.focus();
  }, [step]);
  useEffect(() => {
    if (refusal) refs.refusal.current?.focus();
  }, [refusal]);
}

export function useEscalateForm(state: PortalState, onEscalated: (next: PortalState) => void) {
  const t = useT();
  const bridge = useBridge();
  const ids = { details: useId(), hint: useId(), counter: useId(), detailsError: useId(), reasonError: useId() };
  const [step, setStep] = useState<Step>('form');
  const [reasonId, setReasonId] = useState('');
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [refusal, setRefusal] = useState<ResolverError['error'] | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const refs = {
    confirmHeading: useRef<HTMLHeadingElement>(null),
    refusal: useRef<HTMLDivElement>(null),
    details: useRef<HTMLTextAreaElement>(null),
    firstRadio: useRef<HTMLInputElement>(null),
  };

  useStepFocus(step, refusal, refs);

  function goToConfirm() {
    const found = validateEscalation(state, reasonId, details, t);
    setErrors(found);
    if (found.reason) refs.firstRadio.current?.focus();
    else if (found.details) refs.details.current?.focus();
    else setStep('confirm');
  }

  async function submit() {
    if (submitting) return;
    setSubmitting(true);
    const result = await bridge.invoke('escalate', { reasonId, details: details.trim() });
    setSubmitting(false);
    if (!isError(result)) return onEscalated(result);
    setErrors(fieldErrorsOf(result.error));
    setRefusal(result.error);
    setStep('form');
  }

  const chooseReason = (id: string) => {
    setReasonId(id);
    setErrors((e) => ({ ...e, reason: undefined }));
  };
  const typeDetails = (text: string) => {
    setDetails(text);
    if (errors.details) setErrors((prev) => ({ ...prev, details: undefined }));
  };

  return {
    ids,
    refs,
    step,
    back: () => setStep('form'),
    reasonId,
    reason: state.reasons.find((r) => r.id === reasonId),
    chooseReason,
    details,
    typeDetails,
    errors,
    refusal,
    submitting,
    goToConfirm,
    submit,
  };
}

export type EscalateForm = ReturnType<typeof useEscalateForm>;
