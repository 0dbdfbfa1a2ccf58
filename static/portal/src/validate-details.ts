/** Client-side checks of the escalation form; the server checks again and has the last word. */
import type { PortalState } from '../../../src/contract';
import { visibleLength } from '../../../src/domain/text/visible-text';

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
  // The server's rule (src/domain/text): visible characters of the trimmed text.
  const trimmed = details.trim();
  const length = visibleLength(trimmed);
  const { min, max } = state.details;
  if (length === 0 && trimmed.length > 0) {
    errors.details = t('portal.modal.errors.tooShort', { min });
  } else if (length === 0) {
    if (reason?.detailsRequired) errors.details = t('portal.modal.errors.detailsRequired');
  } else if (length < min) {
    errors.details = t('portal.modal.errors.tooShort', { min });
  } else if (trimmed.length > max) {
    errors.details = t('portal.modal.errors.tooLong', { max });
  }
  return errors;
}
