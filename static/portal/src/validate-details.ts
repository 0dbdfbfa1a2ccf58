/** Client-side checks of the escalation form; the server checks again and has the last word. */
import type { PortalState } from '../../../src/contract';

export type FormErrors = { reason?: string; details?: string };
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function validateEscalation(
  state: Pick<PortalState, 'reasons' | 'details'>,
  reasonId: string,
  details: string,
  t: Translate,
): FormErrors {
  const errors: FormErrors = {};
  const reason = state.reasons.find((r) => r.id === reasonId);
  if (!reason) errors.reason = t('portal.modal.errors.reason');
  const length = details.trim().length;
  const { min, max } = state.details;
  if (length === 0) {
    if (reason?.detailsRequired) errors.details = t('portal.modal.errors.detailsRequired');
  } else if (length < min) {
    errors.details = t('portal.modal.errors.tooShort', { min });
  } else if (details.length > max) {
    errors.details = t('portal.modal.errors.tooLong', { max });
  }
  return errors;
}
