/** Numbers for people, in the viewer's language: hours from minutes, percentages, ratios. */
import type { Lang } from '../../../src/i18n/translate';

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** Minutes as hours with one decimal ("2,5 h"), or a dash when there is no data. */
export function formatHours(minutes: number | null, lang: Lang): string {
  if (minutes === null) return '—';
  return `${formatNumber(minutes / 60, lang)}\u00a0h`;
}
