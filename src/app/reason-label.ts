import type { Config } from '../domain';
import { translate, type Lang } from '../i18n/translate';

/** Reason ids of the escalations the app makes by itself; the `:` keeps them apart from admin-defined ids. */
export const AUTOMATIC_REASONS = {
  ackTimeout: 'auto:ack-timeout',
  slaBreach: 'auto:sla-breach',
} as const;

const AUTOMATIC_LABEL_KEYS: Record<string, string> = {
  [AUTOMATIC_REASONS.ackTimeout]: 'reason.auto.ackTimeout',
  [AUTOMATIC_REASONS.slaBreach]: 'reason.auto.slaBreach',
};

/** The label of a closing reason (`escalation.closeReasons`), else its id. */
export function closeReasonLabel(config: Config, reasonId: string, lang: Lang): string {
  return config.escalation.closeReasons.find((r) => r.id === reasonId)?.label[lang] ?? reasonId;
}

/** The label of an escalation reason: the configured one, the app's own for automatic escalations, else the id. */
export function reasonLabel(config: Config, reasonId: string, lang: Lang): string {
  const automatic = AUTOMATIC_LABEL_KEYS[reasonId];
  if (automatic) return translate(lang, automatic);
  return config.escalation.reasons.find((r) => r.id === reasonId)?.label[lang] ?? reasonId;
}
