/** The two steps of the "Escalader mon ticket" dialog: the form (reason, details) and the confirmation. */
import type { PortalState } from '../../../src/contract';
import { useT } from '../../common/i18n';
import type { EscalateForm } from './use-escalate-form';

function ReasonField({ state, form }: { state: PortalState; form: EscalateForm }) {
  const t = useT();
  const { ids, errors } = form;
  return (
    <fieldset
      className="esc-radio-group"
      aria-describedby={errors.reason ? ids.reasonError : undefined}
      aria-invalid={errors.reason ? true : undefined}
    >
      <legend>{t('portal.modal.reason')}</legend>
      {state.reasons.map((r, i) => (
        <label className="esc-radio" key={r.id}>
          <input
            ref={i === 0 ? form.refs.firstRadio : undefined}
            id={`reason-${r.id}`}
            type="radio"
            name="reason"
            value={r.id}
            checked={form.reasonId === r.id}
            onChange={() => form.chooseReason(r.id)}
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
  );
}

function DetailsField({ state, form }: { state: PortalState; form: EscalateForm }) {
  const t = useT();
  const { ids, errors, details } = form;
  const { min, max } = state.details;
  const tooLong = details.length > max;
  return (
    <div className="esc-field">
      <label className="esc-label" htmlFor={ids.details}>
        {t('portal.modal.details')} (
        {form.reason?.detailsRequired ? t('portal.modal.required') : t('portal.modal.optional')})
      </label>
      <textarea
        ref={form.refs.details}
        id={ids.details}
        className="esc-textarea"
        value={details}
        required={form.reason?.detailsRequired}
        aria-invalid={errors.details || tooLong ? true : undefined}
        aria-describedby={`${ids.hint} ${ids.counter}${errors.details ? ` ${ids.detailsError}` : ''}`}
        onChange={(e) => form.typeDetails(e.target.value)}
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
  );
}

export function ReasonStep({ state, form }: { state: PortalState; form: EscalateForm }) {
  return (
    <form
      className="esc-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.goToConfirm();
      }}
    >
      <ReasonField state={state} form={form} />
      <DetailsField state={state} form={form} />
      {/* Enter in a radio submits the form: a hidden submit keeps that keyboard path. */}
      <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
    </form>
  );
}

export function ConfirmStep({ state, form }: { state: PortalState; form: EscalateForm }) {
  const t = useT();
  const nextLevel = (state.escalation?.level ?? 0) + 1;
  const details = form.details.trim();
  return (
    <div className="esc-stack" data-testid="escalate-confirm">
      <h3 ref={form.refs.confirmHeading} tabIndex={-1}>
        {t('portal.modal.confirmTitle')}
      </h3>
      <p>{t('portal.modal.confirmText', { key: state.requestKey, level: nextLevel })}</p>
      <p>{t('portal.modal.confirmReason', { reason: form.reason?.label ?? form.reasonId })}</p>
      {details ? <p className="esc-pre">{t('portal.modal.confirmDetails', { details })}</p> : null}
    </div>
  );
}
